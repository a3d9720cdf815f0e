namespace Walle.Pipelines.Client.Android;

/// <summary>APK signature schemes (apksigner's <c>--vN-signing-enabled</c>).</summary>
[Flags]
public enum ApkSigningSchemes
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>JAR signing: needed by Android 6 and older.</summary>
    V1 = 1,

    /// <summary>APK Signature Scheme v2 (Android 7+): the whole file is signed; channel pairs live in its signing block.</summary>
    V2 = 2,

    /// <summary>APK Signature Scheme v3 (Android 9+): v2 plus key rotation.</summary>
    V3 = 4,

    /// <summary>APK Signature Scheme v4 (Android 11+ incremental installs): a separate <c>.idsig</c> file.</summary>
    V4 = 8,
}
