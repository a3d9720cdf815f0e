using Walle.Pipelines.Client.Ios;
using Walle.Pipelines.Client.Packaging;
using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Components;

/// <summary>
/// iOS packages on macOS agents: <c>IosArchive</c> (Info.plist stamped with the client version, <c>xcodebuild archive</c>),
/// <c>IosExport</c> (<c>-exportArchive</c> with an <c>ExportOptions.plist</c> made from parameters, the <c>.ipa</c> and its
/// client manifest in <c>artifacts/client/ios</c>) and <c>IosUpload</c> (App Store Connect with an API key). Every target
/// runs on the <c>macos</c> agent label.
/// </summary>
public interface IIosPackage : IClientPackage
{
    /// <summary>The Xcode workspace or project.</summary>
    [Parameter("Xcode workspace or project, e.g. ios/Vega.xcworkspace")]
    string? IosProject => TryGetValue<string>(nameof(IosProject));

    /// <summary>The scheme.</summary>
    [Parameter("Xcode scheme to archive")]
    string? IosScheme => TryGetValue<string>(nameof(IosScheme));

    /// <summary>The app's Info.plist.</summary>
    [Parameter("The app's Info.plist the version is written into")]
    string? IosInfoPlist => TryGetValue<string>(nameof(IosInfoPlist));

    /// <summary>The team id.</summary>
    [Parameter("Apple developer team id (10 characters)")]
    string? IosTeamId => TryGetValue<string>(nameof(IosTeamId));

    /// <summary>The export method.</summary>
    [Parameter("Export method: app-store-connect, release-testing, enterprise, debugging (default app-store-connect)")]
    string? IosExportMethod => TryGetValue<string>(nameof(IosExportMethod));

    /// <summary>Provisioning profiles for manual signing.</summary>
    [Parameter("Provisioning profiles for manual signing: bundle-id=profile name, comma-separated (none: automatic signing)")]
    string[] IosProvisioningProfiles => TryGetValue<string[]>(nameof(IosProvisioningProfiles)) ?? [];

    /// <summary>The App Store Connect API key id.</summary>
    [Parameter("App Store Connect API key id")]
    string? AppStoreKeyId => TryGetValue<string>(nameof(AppStoreKeyId));

    /// <summary>The key's issuer.</summary>
    [Parameter("App Store Connect API issuer id")]
    string? AppStoreIssuerId => TryGetValue<string>(nameof(AppStoreIssuerId));

    /// <summary>The key's <c>.p8</c> text.</summary>
    [Parameter("App Store Connect API private key (.p8 text)"), Secret]
    string? AppStorePrivateKey => TryGetValue<string>(nameof(AppStorePrivateKey));

    /// <summary>Customises the export options (e.g. a signing certificate).</summary>
    ExportOptions ConfigureExportOptions(ExportOptions options) => options;

    /// <summary>The archive's path.</summary>
    string IosArchivePath => Path.Combine(TemporaryDirectory, "client", "ios", ClientGame + ".xcarchive");

    /// <summary>The export options from parameters.</summary>
    ExportOptions IosExportOptions()
    {
        var profiles = IosProvisioningProfiles.Select(p => p.Split('=', 2)).ToList();
        if (profiles.FirstOrDefault(p => p.Length != 2 || p[0].Length == 0 || p[1].Length == 0) is { } bad)
            throw new InvalidOperationException($"--ios-provisioning-profiles entry '{string.Join('=', bad)}' is not bundle-id=profile (e.g. com.studio.vega=Vega App Store).");
        var options = new ExportOptions(IosTeamId!)
        {
            SigningStyle = profiles.Count == 0 ? "automatic" : "manual",
            ProvisioningProfiles = profiles.ToDictionary(p => p[0], p => p[1]),
        };
        return ConfigureExportOptions(IosExportMethod is { } method ? options with { Method = method } : options);
    }

    /// <summary>Stamps Info.plist and archives.</summary>
    Target IosArchive => _ => _
        .Description("Writes the client version into Info.plist and archives the app with xcodebuild (macOS)")
        .RunsOn("macos")
        .DependsOn(ClientVersion)
        .DependsOn<IPatchPublish>(x => x.PatchManifest)
        .Requires(() => IosProject, () => IosScheme, () => IosInfoPlist)
        .Executes(async ct =>
        {
            var version = ClientAppVersion();
            ClientErrors.Explain(() => InfoPlistStamp.Apply(IosInfoPlist!, version));
            await Xcode.ArchiveAsync(new XcodeArchiveSettings(IosProject!, IosScheme!, IosArchivePath)
            {
                DerivedDataPath = Path.Combine(TemporaryDirectory, "client", "ios", "DerivedData"),
            }, Context, ct);
        });

    /// <summary>Exports the <c>.ipa</c> and writes its client manifest.</summary>
    Target IosExport => _ => _
        .Description("Exports the archive to an .ipa with an ExportOptions.plist made from parameters (macOS)")
        .RunsOn("macos")
        .DependsOn(IosArchive)
        .Requires(() => IosTeamId)
        .Produces("artifacts/client/ios/*")
        .Executes(async ct =>
        {
            var version = ClientAppVersion();
            var folder = Path.Combine(ClientArtifacts, "ios");
            var export = Path.Combine(TemporaryDirectory, "client", "ios", "export");
            await Xcode.ExportAsync(new XcodeExportSettings(IosArchivePath, export, IosExportOptions()), Context, ct);
            var ipa = Directory.GetFiles(export, "*.ipa").SingleOrDefault()
                ?? throw new InvalidOperationException($"xcodebuild -exportArchive wrote no single .ipa into {export}.");
            Directory.CreateDirectory(folder);
            var target = Path.Combine(folder, $"{ClientGame}-{version.Name}.ipa");
            File.Copy(ipa, target, overwrite: true);
            var package = await ClientPackage.OfFileAsync(target, null, [], ct);
            var manifest = new ClientManifest
            {
                Game = ClientGame, Platform = "ios", VersionName = version.Name, VersionCode = version.Code, GitSha = version.GitSha,
                PatchVersion = PatchVersion, Packages = [package],
            };
            await File.WriteAllBytesAsync(Path.Combine(folder, ClientManifest.FileName), manifest.ToJson(), ct);
        });

    /// <summary>Uploads the <c>.ipa</c> to App Store Connect.</summary>
    Target IosUpload => _ => _
        .Description("Uploads the .ipa to App Store Connect with an API key (macOS)")
        .RunsOn("macos")
        .DependsOn(IosExport)
        .Requires(() => AppStoreKeyId, () => AppStoreIssuerId, () => AppStorePrivateKey)
        .Executes(async ct =>
        {
            var version = ClientAppVersion();
            var ipa = Path.Combine(ClientArtifacts, "ios", $"{ClientGame}-{version.Name}.ipa");
            await AppStoreUpload.UploadAsync(new AppStoreUploadSettings(ipa, AppStoreKeyId!, AppStoreIssuerId!, AppStorePrivateKey!), Context, ct);
        });
}
