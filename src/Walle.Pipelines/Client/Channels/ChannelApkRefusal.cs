namespace Walle.Pipelines.Client.Channels;

/// <summary>Why an APK was refused for channel writing.</summary>
public enum ChannelApkRefusal
{
    /// <summary>No APK Signing Block, or one without a v2/v3 signature: unsigned or signed with v1 (JAR) only.</summary>
    NotSigned,

    /// <summary>An Android App Bundle, not an APK.</summary>
    Bundle,

    /// <summary>The ZIP structure or the signing block is inconsistent (sizes disagree, magic missing, truncated).</summary>
    Malformed,

    /// <summary>A ZIP64 archive: apksigner does not sign those and channels are not written into them.</summary>
    Zip64,

    /// <summary>The APK is signed with v4 (an <c>.idsig</c> next to it or requested): see docs/channels.md.</summary>
    V4Signature,

    /// <summary>The APK changed while channel APKs were written from it.</summary>
    Changed,
}
