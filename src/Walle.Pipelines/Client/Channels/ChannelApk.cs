namespace Walle.Pipelines.Client.Channels;

/// <summary>One channel APK written by <see cref="ChannelApks.WriteAsync"/>.</summary>
/// <param name="Path">The APK file.</param>
/// <param name="Channel">The channel it carries.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">SHA-256 of the whole file, lower-case hex.</param>
/// <param name="ReplacedChannel">The channel id the input APK already carried and this one replaced, or null.</param>
public sealed record ChannelApk(string Path, string Channel, long Size, string Sha256, string? ReplacedChannel);
