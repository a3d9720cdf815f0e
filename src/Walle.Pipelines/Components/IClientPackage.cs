using Walle.Pipelines.Client.Android;
using Walle.Pipelines.Client.Packaging;
using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Patch;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>
/// Client packages ("出包"): <c>ClientVersion</c>, <c>ClientBuild</c> (the unsigned Android package with the hot-update
/// content it ships), <c>ClientSign</c>, <c>ClientChannels</c>, <c>ClientUpload</c> and <c>Package</c>: the signed,
/// verified packages of this version, recorded in the store. The iOS targets are in <see cref="IIosPackage"/>.
/// </summary>
public interface IClientPackage : IPatchPublish, IHazClientVersion
{
    /// <summary>The game's name in package file names.</summary>
    [Parameter("Game name package files start with (default: the root folder's name in lower case)")]
    string ClientGame => TryGetValue<string>(nameof(ClientGame)) ?? new DirectoryInfo(RootDirectory).Name.ToLowerInvariant();





    /// <summary>The Android project: <c>AndroidManifest.xml</c>, <c>res/</c>, <c>libs/&lt;abi&gt;/</c>, <c>channels.txt</c>.</summary>
    [Parameter("Android project folder with AndroidManifest.xml, res/, libs/<abi>/ and channels.txt (default android/)")]
    string AndroidProject => TryGetValue<string>(nameof(AndroidProject)) ?? Path.Combine(RootDirectory, "android");

    /// <summary>The framework aapt links against.</summary>
    [Parameter("Android framework aapt links against: android.jar of an SDK platform (default: the newest under ANDROID_HOME, else Debian's framework-res.apk)")]
    string? AndroidFramework => TryGetValue<string>(nameof(AndroidFramework));

    /// <summary>The release keystore; unset: a test keystore made on first use.</summary>
    [Parameter("Signing keystore (default: a test keystore made with keytool on first use in .nuke/keys, never for release)")]
    string? AndroidKeystore => TryGetValue<string>(nameof(AndroidKeystore));

    /// <summary>The key's alias.</summary>
    [Parameter("Alias of the signing key in the keystore")]
    string? AndroidKeyAlias => TryGetValue<string>(nameof(AndroidKeyAlias));

    /// <summary>The keystore password.</summary>
    [Parameter("Keystore password"), Secret]
    string? AndroidKeystorePassword => TryGetValue<string>(nameof(AndroidKeystorePassword));

    /// <summary>The key password.</summary>
    [Parameter("Key password (default: the keystore password)"), Secret]
    string? AndroidKeyPassword => TryGetValue<string>(nameof(AndroidKeyPassword));

    /// <summary>The signature schemes.</summary>
    [Parameter("APK signature schemes, e.g. v1,v2,v3 (default v1,v2,v3; channels need v2 or later)")]
    string[]? AndroidSigningSchemes => TryGetValue<string[]>(nameof(AndroidSigningSchemes));

    /// <summary>The channels file.</summary>
    [Parameter("Channels file: one channel per line with optional key=value extras (default channels.txt in the Android project)")]
    string AndroidChannels => TryGetValue<string>(nameof(AndroidChannels)) ?? Path.Combine(AndroidProject, "channels.txt");

    /// <summary>Where packages and their client manifest go: <c>artifacts/client/&lt;platform&gt;/</c>.</summary>
    string ClientArtifacts => Path.Combine(RootDirectory, "artifacts", "client");


    /// <summary>Customises the Android signing (e.g. a minimum SDK level).</summary>
    ApkSignSettings ConfigureApkSign(ApkSignSettings settings) => settings;


    /// <summary>Decides the version and checks the store has no newer code.</summary>
    Target ClientVersion => _ => _
        .Description("Decides the client version (name and code) and checks it is newer than the store's last build")
        .Executes(async ct =>
        {
            var version = ClientAppVersion();
            var records = new ClientRecords(OpenStore(), ClientAndroid.Platform);
            var (last, _) = await ClientErrors.ExplainAsync(() => records.ReadLastAsync(ct));
            ClientErrors.Explain(() => ClientRecords.RequireNewer(last, version, records.Store.Of(records.LastKey)));
            Context.Logger.Information("Client version {Name}, code {Code}{Sha}", version.Name, version.Code, version.GitSha is { } sha ? $", commit {sha[..10]}" : "");
        });

    /// <summary>The unsigned, aligned Android package with this version's hot-update content.</summary>
    Target ClientBuild => _ => _
        .Description("Packages the Android app with aapt: the stamped manifest, resources and the hot-update content with its manifest")
        .DependsOn(ClientVersion)
        .DependsOn<IPatchPublish>(x => x.PatchManifest)
        .Executes(async ct =>
        {
            var android = ClientAndroid.Of(this);
            var version = ClientAppVersion();
            var staged = Path.Combine(android.Staging, "AndroidManifest.xml");
            Directory.CreateDirectory(android.Staging);
            File.Copy(ClientErrors.RequireFile(Path.Combine(AndroidProject, "AndroidManifest.xml"), nameof(AndroidProject)), staged, overwrite: true);
            ClientErrors.Explain(() => AndroidManifestStamp.Apply(staged, version));
            var assets = Path.Combine(android.Staging, "assets");
            var bundled = await ClientAssets.StageAsync(new ClientAssetsSettings(PatchSource, PatchOutput, assets,
                new BundledVersion(version.Name, version.Code, PatchVersion)), Context, ct);
            var framework = AndroidFramework ?? Client.Android.AndroidFramework.Find(Context.Environment)
                ?? throw new InvalidOperationException("No Android framework for aapt: set --android-framework to an SDK's platforms/android-N/android.jar, set ANDROID_HOME, or install Debian's android-framework-res.");
            var resources = Path.Combine(AndroidProject, "res");
            var libraries = Path.Combine(AndroidProject, "libs");
            await Aapt.PackageAsync(new AaptPackageSettings(staged, framework, android.BaseApk)
            {
                Resources = Directory.Exists(resources) ? resources : null,
                Assets = assets,
                NativeLibraries = Directory.Exists(libraries) ? libraries : null,
            }, Context, ct);
            await ZipAlign.AlignAsync(android.BaseApk, android.AlignedApk, Context, cancellationToken: ct);
            Context.Logger.Information("Packaged {Apk}: {Version} with hot-update {Patch} ({Files} files)", android.AlignedApk, version, bundled.Version, bundled.Assets.Count);
        });

    /// <summary>Signs the package and verifies it.</summary>
    Target ClientSign => _ => _
        .Description("Signs the Android package with apksigner and verifies it")
        .DependsOn(ClientBuild)
        .Executes(async ct =>
        {
            var android = ClientAndroid.Of(this);
            var version = ClientAppVersion();
            // The folder holds this version's packages only: a channel dropped from the channels file leaves no package behind.
            if (Directory.Exists(android.Artifacts)) Directory.Delete(android.Artifacts, recursive: true);
            var sign = await ApkSignSettingsAsync(android, version, ct);
            await ClientErrors.ExplainAsync(() => ApkSigner.SignAsync(sign, Context, ct));
            var verified = await ApkSigner.VerifyAsync(sign.Output, Context, cancellationToken: ct);
            Context.Logger.Information("Signed {Apk} ({Schemes})", sign.Output, string.Join(", ", verified.SchemeNames));
        });

    /// <summary>The signing settings from parameters: the studio's keystore, or a test keystore made on first use.</summary>
    async Task<ApkSignSettings> ApkSignSettingsAsync(ClientAndroid android, AppVersion version, CancellationToken cancellationToken)
    {
        var keystore = AndroidKeystore;
        var alias = AndroidKeyAlias;
        var password = AndroidKeystorePassword;
        if (keystore is null)
        {
            var test = ClientAndroid.TestKeystore(RootDirectory);
            if (await Keystores.EnsureAsync(test, Context, cancellationToken))
                Context.Logger.Warning("Made a test signing key {Keystore}: fine for testing, never for release (set --android-keystore)", test.Path);
            (keystore, alias, password) = (test.Path, alias ?? test.KeyAlias, password ?? test.Password);
        }
        if (alias is null) throw new InvalidOperationException($"--android-key-alias is not set: name the key in {keystore} to sign with (keytool -list -keystore {keystore}).");
        if (password is null) throw new InvalidOperationException($"--android-keystore-password is not set for {keystore} (pass it from the CI's credentials, e.g. ANDROID_KEYSTORE_PASSWORD).");
        var settings = new ApkSignSettings(android.AlignedApk, android.SignedApk(version), Path.GetFullPath(keystore), alias, password) { KeyPassword = AndroidKeyPassword };
        if (AndroidSigningSchemes is { } schemes)
        {
            try
            {
                settings = settings with { Schemes = ClientAndroid.ParseSchemes(schemes) };
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException(e.Message + " Fix --android-signing-schemes.", e);
            }
        }
        return ConfigureApkSign(settings);
    }

    /// <summary>Writes the client manifest of the Android packages in the artifacts folder.</summary>
    Target ClientChannels => _ => _
        .Description("Writes one package per channel of the channels file into the signed package's signing block (no re-signing) and verifies each")
        .DependsOn(ClientSign)
        .Produces("artifacts/client/android/*")
        .Executes(async ct =>
        {
            var android = ClientAndroid.Of(this);
            var version = ClientAppVersion();
            var manifest = await ClientErrors.ExplainAsync(() => android.PackageChannelsAsync(version, PatchVersion, AndroidChannels, Context, ct));
            Context.Logger.Information("{Count} Android packages of {Version} in {Folder}", manifest.Packages.Count, version, android.Artifacts);
        });

    /// <summary>Records the packages in the store, where <c>ReviewSubmit</c> finds them.</summary>
    Target ClientUpload => _ => _
        .Description("Uploads the packages and their client manifest to builds/<platform>/<version>/ in the store")
        .Consumes(ClientChannels)
        .After(PatchPublish)
        .Executes(async ct =>
        {
            var platforms = Directory.Exists(ClientArtifacts)
                ? Directory.GetDirectories(ClientArtifacts).Where(d => File.Exists(Path.Combine(d, ClientManifest.FileName))).Order(StringComparer.Ordinal).ToList()
                : [];
            if (platforms.Count == 0)
                throw new InvalidOperationException($"No client packages in {ClientArtifacts}: run ClientChannels (or Package) first.");
            var store = OpenStore();
            foreach (var folder in platforms)
            {
                var manifest = ClientManifest.Parse(await File.ReadAllBytesAsync(Path.Combine(folder, ClientManifest.FileName), ct), Path.Combine(folder, ClientManifest.FileName));
                var record = await ClientErrors.ExplainAsync(() => Client.Packaging.ClientUpload.UploadAsync(new ClientRecords(store, manifest.Platform), new ClientUploadSettings(folder, manifest), Context, ct));
                Context.Logger.Information("Recorded {Platform} {Version} ({Count} packages): {Record}", manifest.Platform, manifest.VersionName, manifest.Packages.Count, store.Of(record));
                if (manifest.PatchVersion is { } patch && await store.HeadAsync(GameStaticLayout.Root(patch) + GameStaticLayout.ProjectManifest, ct) is null)
                    Context.Logger.Warning("The package ships hot-update {Patch}, which is not published in {Store}: publish it (PatchPublish) before players install this package", patch, store.Location);
            }
        });

    /// <summary>The signed, verified packages of this version, recorded in the store.</summary>
    Target Package => _ => _
        .Description("The signed, verified client packages of this version (every channel), recorded in the store")
        .DependsOn(ClientChannels)
        .DependsOn(ClientUpload);
}
