namespace Walle.Pipelines.Client.Channels;

/// <summary>An APK refused for channel writing; nothing was written from it.</summary>
public sealed class ChannelApkRefusedException(ChannelApkRefusal reason, string apk, string message) : InvalidOperationException(message)
{
    /// <summary>Why it was refused.</summary>
    public ChannelApkRefusal Reason { get; } = reason;

    /// <summary>The APK file.</summary>
    public string Apk { get; } = apk;
}
