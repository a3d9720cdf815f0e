namespace Walle.Pipelines.Client.Ios;

/// <summary>The settings of <c>xcodebuild -exportArchive</c>, written as its <c>ExportOptions.plist</c>.</summary>
/// <param name="TeamId">The Apple developer team id (10 characters).</param>
public sealed record ExportOptions(string TeamId)
{
    /// <summary>How the app is distributed: <c>app-store-connect</c>, <c>release-testing</c>, <c>enterprise</c>, <c>debugging</c> (older Xcode: <c>app-store</c>, <c>ad-hoc</c>, <c>development</c>).</summary>
    public string Method { get; init; } = "app-store-connect";

    /// <summary><c>manual</c> (profiles named here) or <c>automatic</c> (Xcode manages them).</summary>
    public string SigningStyle { get; init; } = "manual";

    /// <summary>The signing certificate, e.g. <c>Apple Distribution</c>, for manual signing.</summary>
    public string? SigningCertificate { get; init; }

    /// <summary>Provisioning profile name or UUID by bundle id, for manual signing.</summary>
    public IReadOnlyDictionary<string, string> ProvisioningProfiles { get; init; } = new Dictionary<string, string>();

    /// <summary>Upload the app's symbols so App Store Connect symbolicates crashes.</summary>
    public bool UploadSymbols { get; init; } = true;

    /// <summary>Let App Store Connect manage the build number (Walle sets it, so off).</summary>
    public bool ManageAppVersionAndBuildNumber { get; init; }
}
