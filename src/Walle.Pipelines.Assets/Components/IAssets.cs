using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Components;

/// <summary>
/// Game assets. Target <see cref="Sheets"/> packs every sub-folder of <see cref="SheetSourceDirectory"/> into a
/// cocos2d-x sprite sheet with TexturePacker or Walle's built-in packer, in parallel, skipping unchanged sheets and
/// reusing sheets from the local and remote build caches.
/// </summary>
public interface IAssets : IWalleBuild
{
    /// <summary>
    /// The packer; null picks TexturePacker where it is installed when the target runs, else the built-in packer.
    /// Only <c>texturepacker</c> places the target on the licensed agents (<c>RunsOn("texturepacker")</c>): the plan
    /// comes from parameters, never from what the machine computing it has installed.
    /// </summary>
    [Parameter("Sprite sheet packer: builtin or texturepacker (default: TexturePacker where installed when it runs, else built-in; texturepacker also runs the target on the 'texturepacker' agents)")]
    SheetPackerKind? SheetPacker => TryGetValue<SheetPackerKind?>(nameof(SheetPacker));

    /// <summary>Folder of sheet folders, relative to the root.</summary>
    [Parameter("Folder holding one sub-folder of images per sprite sheet, relative to the root (default: art)")]
    string SheetSourceDirectory => TryGetValue<string>(nameof(SheetSourceDirectory)) ?? "art";

    /// <summary>Where sheets are written, relative to the root.</summary>
    [Parameter("Folder the sprite sheets are written to, relative to the root (default: Resources/sheets)")]
    string SheetOutputDirectory => TryGetValue<string>(nameof(SheetOutputDirectory)) ?? Path.Combine("Resources", "sheets");

    /// <summary>The TexturePacker version the studio pins.</summary>
    [Parameter("TexturePacker version the studio pins; part of the cache key (default: 7.1.0)")]
    string SheetTexturePackerVersion => TryGetValue<string>(nameof(SheetTexturePackerVersion)) ?? "7.1.0";

    /// <summary>Where TexturePacker is licensed, quoted in error messages.</summary>
    [Parameter("Where TexturePacker is licensed, quoted when it is missing (default: the Jenkins agents labelled 'texturepacker')")]
    string SheetTexturePackerHosts => TryGetValue<string>(nameof(SheetTexturePackerHosts)) ?? "the Jenkins agents labelled 'texturepacker'";

    /// <summary>TexturePacker floating licence key (environment <c>TP_FLOATING_LICENSE</c>).</summary>
    [Parameter("TexturePacker floating licence key"), Secret]
    string? TpFloatingLicense => TryGetValue<string>(nameof(TpFloatingLicense));

    /// <summary>Where TexturePacker runs: on this machine, or in a container on a Docker engine (e.g. the licensed host's).</summary>
    [Parameter("Where TexturePacker runs: local (default) or docker (a container from --sheet-docker-image on --sheet-docker-host)")]
    ToolRunnerKind SheetToolRunner => TryGetValue<ToolRunnerKind?>(nameof(SheetToolRunner)) ?? ToolRunnerKind.Local;

    /// <summary>The TexturePacker image for <see cref="ToolRunnerKind.Docker"/>.</summary>
    [Parameter("TexturePacker image the docker tool runner uses (e.g. registry.vega.example.com/tools/texturepacker:7.1.0)")]
    string? SheetDockerImage => TryGetValue<string>(nameof(SheetDockerImage));

    /// <summary>The engine TexturePacker containers run on; default: <c>--docker-host</c> / <c>DOCKER_HOST</c>, else the local socket.</summary>
    [Parameter("Docker engine TexturePacker containers run on, e.g. tcp://licensed-host:2376 (default: --docker-host / DOCKER_HOST, else the local socket)")]
    string? SheetDockerHost => TryGetValue<string>(nameof(SheetDockerHost)) ?? TryGetValue<string>("DockerHost");

    /// <summary>TLS client certificates for a <c>tcp://</c> engine.</summary>
    [Parameter("Folder with ca.pem, cert.pem and key.pem for a tcp:// engine (default: --docker-cert-path / DOCKER_CERT_PATH)")]
    string? SheetDockerCertPath => TryGetValue<string>(nameof(SheetDockerCertPath)) ?? TryGetValue<string>("DockerCertPath");

    /// <summary>TexturePacker containers running at once on that engine.</summary>
    [Parameter("TexturePacker containers running at once on the Docker engine (default 2)")]
    int SheetDockerCapacity => TryGetValue<int?>(nameof(SheetDockerCapacity)) ?? 2;

    /// <summary>The container runner for TexturePacker, or null to run it locally.</summary>
    IToolRunner? SheetToolRunnerInstance => SheetToolRunner == ToolRunnerKind.Docker
        ? new DockerToolRunner(new DockerToolRunnerSettings(SheetDockerImage
            ?? throw new InvalidOperationException("--sheet-tool-runner docker needs the TexturePacker image: pass --sheet-docker-image (e.g. registry.vega.example.com/tools/texturepacker:7.1.0)."))
        {
            Engine = DockerEngineSettings.FromDockerCli(SheetDockerHost, SheetDockerCertPath, TryGetValue<bool?>("DockerTlsVerify")),
            Capacity = SheetDockerCapacity,
            Executable = "TexturePacker",
            SecretEnvironment = TpFloatingLicense is { Length: > 0 } key ? new Dictionary<string, string> { ["TP_FLOATING_LICENSE"] = key } : new Dictionary<string, string>(),
        }, Context)
        : null;

    /// <summary>How many sheets are packed at once.</summary>
    [Parameter("Sprite sheets packed at once (default: number of cores)")]
    int? SheetParallelism => TryGetValue<int?>(nameof(SheetParallelism));

    /// <summary>The shared remote cache; null keeps the cache local. Override to return the studio's object store.</summary>
    IObjectStore? SheetRemoteCache => null;

    /// <summary>Customises one sheet (e.g. <c>s.Name == "ui" ? s with { Extrude = 1 } : s</c>).</summary>
    SpriteSheetSettings ConfigureSheet(SpriteSheetSettings sheet) => sheet;

    /// <summary>Customises the whole sheet build (packer, cache, parallelism).</summary>
    SheetBuildSettings ConfigureSheetBuild(SheetBuildSettings settings) => settings;

    /// <summary>Packs sprite sheets.</summary>
    Target Sheets => _ =>
    {
        var definition = _
            .Description("Packs sprite sheets (cocos2d-x plist) from the art folders, incrementally and cached")
            .Produces(Path.Combine(SheetOutputDirectory, "**"))
            // Sheets are content of the hot-update patch: when both are planned, pack first.
            .TryBefore<IPatchPublish>(x => x.PatchManifest, x => x.PatchDiff, x => x.PatchPublish)
            .Executes(BuildSheetsAsync);
        // In containers on a licensed host's engine, any agent can pack: only local TexturePacker needs a licensed agent.
        return SheetPacker == SheetPackerKind.TexturePacker && SheetToolRunner == ToolRunnerKind.Local
            ? definition.Uses("texturepacker").RunsOn("texturepacker")
            : definition;
    };

    /// <summary>What <see cref="Sheets"/> runs: builds the settings from parameters and calls <see cref="SpriteSheets.BuildAsync"/>.</summary>
    Task BuildSheetsAsync(CancellationToken cancellationToken) => ErrorAdvice.RunAsync(() => PackSheetsAsync(cancellationToken), SheetErrors.Translate);

    private async Task PackSheetsAsync(CancellationToken cancellationToken)
    {
        var runner = SheetToolRunnerInstance;
        var explicitPacker = runner is null ? SheetPacker : SheetPackerKind.TexturePacker;
        // In a container TexturePacker is the image's, found on its PATH; nothing needs to be installed here.
        var executable = runner is null ? TexturePackerTask.TryFind(Context.Environment) : "TexturePacker";
        var packer = explicitPacker ?? SheetPackerKind.TexturePacker;
        if (explicitPacker is null && executable is null)
            Context.Logger.Information("TexturePacker is not installed here: sheets not found in the cache are packed with the built-in packer (--sheet-packer builtin)");
        var memo = AssetsCacheFolder.MemoFile(RootDirectory);
        var hashes = FileHashes.Load(memo);
        var settings = ConfigureSheetBuild(new SheetBuildSettings
        {
            Sheets = SheetFolders.Discover(Path.Combine(RootDirectory, SheetSourceDirectory), Path.Combine(RootDirectory, SheetOutputDirectory))
                .Select(ConfigureSheet).ToList(),
            StateDirectory = Path.Combine(TemporaryDirectory, "sheets"),
            Packer = packer,
            TexturePacker = new TexturePackerSettings
            {
                Executable = executable,
                Version = SheetTexturePackerVersion,
                FloatingLicense = TpFloatingLicense,
                LicensedHosts = SheetTexturePackerHosts,
                Runner = runner,
            },
            FallBackToBuiltIn = explicitPacker is null,
            Cache = new BuildCache(AssetsCacheFolder.Of(RootDirectory), SheetRemoteCache, logger: Context.Logger),
            Hashes = hashes,
            MaxParallelism = SheetParallelism ?? Environment.ProcessorCount,
        });
        try
        {
            var outcomes = await SpriteSheets.BuildAsync(settings, Context, cancellationToken);
            Context.Logger.Information("Sprite sheets: {Packed} packed, {Restored} restored from cache, {UpToDate} up to date",
                outcomes.Count(o => o.Status == SheetStatus.Packed),
                outcomes.Count(o => o.Status is SheetStatus.RestoredLocal or SheetStatus.RestoredRemote),
                outcomes.Count(o => o.Status == SheetStatus.UpToDate));
        }
        finally
        {
            hashes.Save(memo);
            if (runner is IAsyncDisposable containers) await containers.DisposeAsync();   // the target ends once its tool containers are removed
        }
    }
}
