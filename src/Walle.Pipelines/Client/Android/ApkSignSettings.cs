namespace Walle.Pipelines.Client.Android;

/// <summary>An <c>apksigner sign</c> run. Passwords reach apksigner through its environment, never its command line.</summary>
/// <param name="Input">The aligned, unsigned (or to be re-signed) APK.</param>
/// <param name="Output">The signed APK to write (replaced only when signing succeeds).</param>
/// <param name="Keystore">The keystore file (JKS or PKCS12).</param>
/// <param name="KeyAlias">The key's alias in the keystore.</param>
/// <param name="StorePassword">The keystore password.</param>
public sealed record ApkSignSettings(string Input, string Output, string Keystore, string KeyAlias, string StorePassword)
{
    /// <summary>The key's password; null: the keystore password (PKCS12 keystores have only one).</summary>
    public string? KeyPassword { get; init; }

    /// <summary>The schemes to sign with (v4 writes <c>&lt;output&gt;.idsig</c> beside the APK).</summary>
    public ApkSigningSchemes Schemes { get; init; } = ApkSigningSchemes.V1 | ApkSigningSchemes.V2 | ApkSigningSchemes.V3;

    /// <summary>The lowest Android API level the APK supports, when apksigner should not read it from the manifest.</summary>
    public int? MinSdkVersion { get; init; }

    /// <summary>The apksigner executable.</summary>
    public string Executable { get; init; } = "apksigner";
}
