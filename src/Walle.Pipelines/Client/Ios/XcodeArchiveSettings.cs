namespace Walle.Pipelines.Client.Ios;

/// <summary>An <c>xcodebuild archive</c> run.</summary>
/// <param name="Project">The <c>.xcworkspace</c> or <c>.xcodeproj</c>.</param>
/// <param name="Scheme">The scheme to archive.</param>
/// <param name="ArchivePath">The <c>.xcarchive</c> to write.</param>
public sealed record XcodeArchiveSettings(string Project, string Scheme, string ArchivePath)
{
    /// <summary>The build configuration.</summary>
    public string Configuration { get; init; } = "Release";

    /// <summary>The destination.</summary>
    public string Destination { get; init; } = "generic/platform=iOS";

    /// <summary>Build settings set on the command line (<c>NAME=value</c>), e.g. <c>CURRENT_PROJECT_VERSION</c>.</summary>
    public IReadOnlyDictionary<string, string> BuildSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Where intermediate files go (per agent workspace, so parallel jobs do not share them).</summary>
    public string? DerivedDataPath { get; init; }

    /// <summary>Let xcodebuild fetch or update profiles with the App Store Connect key (automatic signing).</summary>
    public bool AllowProvisioningUpdates { get; init; }
}
