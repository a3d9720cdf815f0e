namespace Walle.Pipelines.Client.Ios;

/// <summary>
/// An upload to App Store Connect with an API key (Users and Access → Integrations → App Store Connect API), never an
/// Apple ID password: the key's id, its issuer and the <c>.p8</c> private key's text.
/// </summary>
/// <param name="Ipa">The exported <c>.ipa</c>.</param>
/// <param name="KeyId">The API key id, e.g. <c>2X9R4HXF34</c>.</param>
/// <param name="IssuerId">The issuer id (a UUID).</param>
/// <param name="PrivateKey">The <c>.p8</c> file's text (a secret).</param>
public sealed record AppStoreUploadSettings(string Ipa, string KeyId, string IssuerId, string PrivateKey)
{
    /// <summary>The platform: <c>ios</c>, <c>appletvos</c>, <c>macos</c>.</summary>
    public string Platform { get; init; } = "ios";
}
