namespace Walle.Pipelines.Ci;

/// <summary>How sending to one service went.</summary>
/// <param name="Channel">The service (PagerDuty, WeCom, DingTalk, Feishu, Slack).</param>
/// <param name="Delivered">The service accepted it.</param>
/// <param name="Attempts">How many times it was sent.</param>
/// <param name="Problem">Why it was not delivered, or null.</param>
public sealed record NotificationResult(string Channel, bool Delivered, int Attempts, string? Problem);
