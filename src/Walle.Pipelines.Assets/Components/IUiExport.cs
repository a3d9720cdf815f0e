using Walle.Pipelines.Assets.Ui;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Assets.Ui.Exporter;
using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Assets.Components;

/// <summary>
/// UI layouts. Target <see cref="UiExport"/> turns every Cocos Studio layout (<c>.csd</c>) of <see cref="UiSourceDirectory"/>
/// into the <c>.csb</c> the cocos2d-x runtime loads, with Walle's native exporter (incremental) or the studio's
/// CCSUIExporter. It runs after <c>Sheets</c> when the build has <see cref="IAssets"/>: layouts name frames of the sheets.
/// </summary>
public interface IUiExport : IWalleBuild
{
    /// <summary>The layouts folder, relative to the root.</summary>
    [Parameter("Folder of Cocos Studio layouts (.csd), relative to the root (default: ui)")]
    string UiSourceDirectory => TryGetValue<string>(nameof(UiSourceDirectory)) ?? "ui";

    /// <summary>Where the <c>.csb</c> files go, relative to the root.</summary>
    [Parameter("Folder the .csb layouts are written to, relative to the root (default: Resources/ui)")]
    string UiOutputDirectory => TryGetValue<string>(nameof(UiOutputDirectory)) ?? Path.Combine("Resources", "ui");

    /// <summary>The game's resource folder, which the layouts' image, font and sheet paths are relative to.</summary>
    [Parameter("Folder the layouts' resource paths are relative to (holds the sheets), relative to the root (default: Resources)")]
    string UiResourceDirectory => TryGetValue<string>(nameof(UiResourceDirectory)) ?? "Resources";

    /// <summary>The exporter.</summary>
    [Parameter("Layout exporter: native (Walle's, default) or ccsuiexporter (the studio's CLI, $CCSUIEXPORTER_EXE or PATH)")]
    UiExporterKind UiExporter => TryGetValue<UiExporterKind?>(nameof(UiExporter)) ?? UiExporterKind.Native;

    /// <summary>What the native exporter does with unknown widget types.</summary>
    [Parameter("Native exporter, unknown widget types: fail (default) or keepasnode (a plain node and a warning)")]
    UnknownWidgetPolicy UiUnknownWidgets => TryGetValue<UnknownWidgetPolicy?>(nameof(UiUnknownWidgets)) ?? UnknownWidgetPolicy.Fail;

    /// <summary>How many layouts are exported at once.</summary>
    [Parameter("Layouts exported at once (default: number of cores)")]
    int? UiParallelism => TryGetValue<int?>(nameof(UiParallelism));

    /// <summary>
    /// The shared remote build cache for layouts; by default the sprite sheets' (<see cref="IAssets.SheetRemoteCache"/>)
    /// when the build has <see cref="IAssets"/>, else none (the local <c>.nuke/cache</c> only).
    /// </summary>
    IObjectStore? UiRemoteCache => (this as IAssets)?.SheetRemoteCache;

    /// <summary>Customises the native export.</summary>
    NativeUiExportSettings ConfigureUiExport(NativeUiExportSettings settings) => settings;

    /// <summary>Customises CCSUIExporter runs (prefixes, mode, runner).</summary>
    CcsUiExporterSettings ConfigureCcsUiExporter(CcsUiExporterSettings settings) => settings;

    /// <summary>Exports the UI layouts.</summary>
    Target UiExport => _ => _
        .Description("Exports Cocos Studio layouts (.csd) to .csb for the cocos2d-x runtime, incrementally")
        .TryDependsOn<IAssets>(x => x.Sheets)
        .TryBefore<IPatchPublish>(x => x.PatchManifest, x => x.PatchDiff, x => x.PatchPublish)
        .Produces(Path.Combine(UiOutputDirectory, "**"))
        .Executes(ExportUiAsync);

    /// <summary>What <see cref="UiExport"/> runs.</summary>
    async Task ExportUiAsync(CancellationToken cancellationToken)
    {
        var source = Path.Combine(RootDirectory, UiSourceDirectory);
        var output = Path.Combine(RootDirectory, UiOutputDirectory);
        if (!Directory.Exists(source))
            throw new InvalidOperationException(
                $"The UI layouts folder '{source}' does not exist: point --ui-source-directory at the game's Cocos Studio layouts (.csd).");
        if (UiExporter == UiExporterKind.CcsUiExporter)
        {
            var executable = CcsUiExporter.TryFind(Context.Environment)
                ?? throw new InvalidOperationException(
                    $"--ui-exporter ccsuiexporter: CCSUIExporter is not installed here (looked at ${CcsUiExporter.ExecutableVariable} and PATH). " +
                    "Run the build on a machine that has it, or use Walle's exporter: --ui-exporter native.");
            var tool = ConfigureCcsUiExporter(new CcsUiExporterSettings
            {
                Executable = executable,
                OutputDirectory = output,
                MaxParallelism = UiParallelism ?? Environment.ProcessorCount,
            });
            await CcsUiExporter.ExportAsync(source, tool, Context, cancellationToken);
            return;
        }
        var memo = AssetsCacheFolder.MemoFile(RootDirectory);
        var hashes = FileHashes.Load(memo);
        var settings = ConfigureUiExport(new NativeUiExportSettings
        {
            SourceDirectory = source,
            OutputDirectory = output,
            ResourceDirectories = [Path.Combine(RootDirectory, UiResourceDirectory), source],
            StateDirectory = Path.Combine(TemporaryDirectory, "ui"),
            UnknownWidgets = UiUnknownWidgets,
            Hashes = hashes,
            Cache = new BuildCache(AssetsCacheFolder.Of(RootDirectory), UiRemoteCache, logger: Context.Logger),
            MaxParallelism = UiParallelism ?? Environment.ProcessorCount,
        });
        try
        {
            var outcomes = await NativeUiExporter.ExportAsync(settings, Context, cancellationToken);
            Context.Logger.Information("UI layouts: {Exported} exported, {Restored} restored from the cache, {UpToDate} up to date",
                outcomes.Count(o => o.Exported), outcomes.Count(o => o.Restored), outcomes.Count(o => o.Status == UiLayoutStatus.UpToDate));
        }
        finally
        {
            hashes.Save(memo);
        }
    }
}
