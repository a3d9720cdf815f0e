namespace Walle.Pipelines.Client.Channels;

/// <summary>How <see cref="ChannelApks"/> writes one APK per channel from a signed APK.</summary>
/// <param name="Apk">The signed APK (v2 or later, zipaligned); it is only read.</param>
/// <param name="OutputDirectory">Where the channel APKs are written (created if missing).</param>
/// <param name="Channels">The channels, e.g. from <see cref="ChannelsFile.Parse(string)"/>.</param>
public sealed record ChannelApkSettings(string Apk, string OutputDirectory, IReadOnlyList<ChannelInfo> Channels)
{
    /// <summary>The <c>{name}</c> of <see cref="FileNamePattern"/> (e.g. <c>vega-1.6.0</c>); null: the APK's file name without extension.</summary>
    public string? BaseName { get; init; }

    /// <summary>Each channel APK's file name; <c>{name}</c> is <see cref="BaseName"/>, <c>{channel}</c> the channel id (required).</summary>
    public string FileNamePattern { get; init; } = "{name}-{channel}.apk";

    /// <summary>How many channel APKs are written at once (the copies are disk-bound; more rarely helps).</summary>
    public int MaxParallelism { get; init; } = 4;

    /// <summary>
    /// True when the build signs with APK Signature Scheme v4: refused (<see cref="ChannelApkRefusal.V4Signature"/>), as is an
    /// APK with an <c>.idsig</c> next to it. A v4 signature covers every byte of the file, so each channel APK would need
    /// the signing key again; see docs/channels.md.
    /// </summary>
    public bool V4Signing { get; init; }
}
