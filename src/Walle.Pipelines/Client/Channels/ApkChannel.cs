namespace Walle.Pipelines.Client.Channels;

/// <summary>Reads the channel a channel APK carries, as the game's Walle reader does on the device.</summary>
public static class ApkChannel
{
    /// <summary>The channel and extras of <paramref name="apk"/>, or null when it has no channel pair (or no signing block).</summary>
    /// <exception cref="ChannelApkRefusedException">The ZIP, the signing block or the channel pair is malformed, or the file is ZIP64.</exception>
    /// <exception cref="FileNotFoundException">No such file.</exception>
    public static ChannelInfo? Read(string apk)
    {
        var layout = ApkLayout.Read(apk);
        return layout.Block?.Find(SigningBlockIds.Channel) is { } pair ? ChannelInfo.FromJson(pair.Value.Span, apk) : null;
    }

    /// <summary>The signing block of <paramref name="apk"/>, or null when it has none (unsigned or v1-only); for tests and tools.</summary>
    /// <exception cref="ChannelApkRefusedException">The ZIP or the signing block is malformed, or the file is ZIP64.</exception>
    public static ApkSigningBlock? ReadSigningBlock(string apk) => ApkLayout.Read(apk).Block;
}
