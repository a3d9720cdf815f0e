using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>What a notification says about a run, whatever the channel.</summary>
/// <param name="Status">succeeded, failed or cancelled.</param>
/// <param name="Duration">The whole run.</param>
/// <param name="Failed">The targets that failed or were aborted, in plan order.</param>
/// <param name="Succeeded">The targets that ran and succeeded or were up to date.</param>
/// <param name="FailedNote">The first failed target's note (its error), or null.</param>
/// <param name="LogTail">The first failed target's last log lines, or none.</param>
public sealed record BuildNotice(
    string Status,
    TimeSpan Duration,
    IReadOnlyList<string> Failed,
    IReadOnlyList<string> Succeeded,
    string? FailedNote,
    IReadOnlyList<string> LogTail)
{
    /// <summary>The notice for <paramref name="outcome"/>, quoting the failed target's log from <paramref name="settings"/>' log file.</summary>
    public static BuildNotice From(BuildOutcome outcome, NotificationSettings settings)
    {
        var failed = outcome.Targets.Where(t => t.Status is TargetStatus.Failed or TargetStatus.Aborted).ToList();
        var tail = failed.Count > 0 && settings.LogFile is { } log ? TargetLog.LastLines(log, failed[0].Name, settings.LogLines) : [];
        return new BuildNotice(
            outcome.Status,
            outcome.Duration,
            [.. failed.Select(t => t.Name)],
            [.. outcome.Targets.Where(t => t.Status is TargetStatus.Succeeded or TargetStatus.UpToDate).Select(t => t.Name)],
            failed.FirstOrDefault()?.Note,
            tail);
    }

    /// <summary>The run failed (not cancelled).</summary>
    public bool IsFailure => Status == "failed";

    /// <summary>The duration as people read it: 42s, 3m 05s, 1h 02m.</summary>
    public string DurationText => Duration.TotalHours >= 1 ? $"{(int)Duration.TotalHours}h {Duration.Minutes:00}m"
        : Duration.TotalMinutes >= 1 ? $"{(int)Duration.TotalMinutes}m {Duration.Seconds:00}s"
        : $"{Math.Round(Duration.TotalSeconds)}s";
}
