namespace Walle.Pipelines.Client.Android;

/// <summary>A new signing key made with the JDK's <c>keytool</c> (a test key: a studio's release key is made once, kept safe, never by a build).</summary>
/// <param name="Path">The PKCS12 keystore to create.</param>
/// <param name="KeyAlias">The key's alias.</param>
/// <param name="Password">The keystore (and key) password.</param>
public sealed record KeystoreSettings(string Path, string KeyAlias, string Password)
{
    /// <summary>The certificate's subject.</summary>
    public string DistinguishedName { get; init; } = "CN=Walle test key, O=Walle.Pipelines";

    /// <summary>How long the certificate is valid (Google Play asks for past 2033).</summary>
    public int ValidityDays { get; init; } = 10000;

    /// <summary>The keytool executable.</summary>
    public string Executable { get; init; } = "keytool";
}
