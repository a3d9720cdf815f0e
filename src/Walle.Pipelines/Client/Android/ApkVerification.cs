namespace Walle.Pipelines.Client.Android;

/// <summary>What <c>apksigner verify</c> confirmed about an APK.</summary>
/// <param name="Schemes">The schemes it verified with.</param>
/// <param name="CertificateSha256">Each signer's certificate SHA-256 digest (lowercase hex).</param>
public sealed record ApkVerification(ApkSigningSchemes Schemes, IReadOnlyList<string> CertificateSha256)
{
    /// <summary>The schemes as names, e.g. <c>v1, v2, v3</c>.</summary>
    public IReadOnlyList<string> SchemeNames =>
        Enum.GetValues<ApkSigningSchemes>().Where(s => s != ApkSigningSchemes.None && Schemes.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant()).ToList();
}
