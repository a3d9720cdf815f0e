using System.Collections.Concurrent;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Assets.Ui.Csd;
using Walle.Pipelines.Assets.Ui.Resources;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>
/// Walle's own layout exporter: every <c>.csd</c> of a UI folder becomes the <c>.csb</c> the cocos2d-x 3.x runtime
/// reads, in parallel, incrementally and cached. A layout is exported again only when its content, a resource it uses
/// (an image, a font, a sheet plist) or the exporter changed. Its key is a content key (<see cref="LayoutKeys"/>:
/// relative names and content hashes from the shared <see cref="FileHashes"/> memo, never an absolute path), so with
/// <see cref="NativeUiExportSettings.Cache"/> set, another checkout, machine or agent sharing the sprite sheets'
/// <see cref="BuildCache"/> restores the verified <c>.csb</c> instead of exporting. Every layout is attempted; failures
/// are reported together, and the layouts that passed are published (each file whole: written to a temporary name,
/// then moved).
/// </summary>
/// <remarks>
/// Three paths, cheapest first: up to date from the state file (no parse, no read of the output: about 0.26 s for 500
/// layouts in a fresh process, benchmarks/ui); restored from the cache (what the layout uses is itself cached under a
/// key of its bytes, so even a checkout that never exported it needs no parse); exported.
/// </remarks>
public static class NativeUiExporter
{
    /// <summary>Version of the exporter's output; part of every key, bump it when the bytes change.</summary>
    public const string Version = "6";

    /// <summary>Exports the layouts; returns one outcome per layout, in name order.</summary>
    /// <exception cref="UiExportException">No layouts, or one or more layouts failed (each named with its node and resource), or embedded layouts form a cycle.</exception>
    public static async Task<IReadOnlyList<UiLayoutOutcome>> ExportAsync(NativeUiExportSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var layouts = LayoutFiles.Find(settings.SourceDirectory);
        foreach (var layout in layouts)
            if (ObjectKey.Problem(layout) is { } problem)
                throw new UiExportException($"Layout '{ObjectKey.Printable(layout)}' cannot be exported: its path {problem}. Rename it.");
        var run = new ExportRun(settings, context, layouts.ToHashSet(StringComparer.Ordinal));
        var outcomes = new UiLayoutOutcome?[layouts.Count];
        var stamps = new LayoutStamp?[layouts.Count];
        var failures = new ConcurrentBag<(int Index, string Message)>();
        Directory.CreateDirectory(settings.OutputDirectory);

        using (var progress = context.StartProgress("UI layouts", layouts.Count, "layouts"))
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, layouts.Count),
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism), CancellationToken = cancellationToken },
                async (i, token) =>
                {
                    try
                    {
                        (outcomes[i], stamps[i]) = await ExportLayoutAsync(layouts[i], run, token);
                    }
                    catch (Exception e) when (e is UiExportException or IOException or UnauthorizedAccessException)
                    {
                        failures.Add((i, e.Message));
                    }
                    progress.Increment();
                });
        }

        var next = new UiExportState();
        for (var i = 0; i < layouts.Count; i++)
            if (stamps[i] is { } stamp) next.Layouts[layouts[i]] = stamp;
        RemoveStaleOutputs(settings, run.State, run.Known, context);
        next.Save(settings.StateDirectory);
        if (!failures.IsEmpty)
            throw new UiExportException(failures.Count == 1
                ? failures.First().Message
                : $"{failures.Count} of {layouts.Count} layouts failed:\n" + string.Join("\n", failures.OrderBy(f => f.Index).Select(f => "  - " + f.Message)));
        EmbeddedLayouts.ThrowIfCyclic(next.Layouts.ToDictionary(p => p.Key, p => p.Value.Embedded));
        return outcomes.Select(o => o!).ToList();
    }

    /// <summary>What every layout of one export shares.</summary>
    private sealed class ExportRun(NativeUiExportSettings settings, BuildContext context, IReadOnlySet<string> known)
    {
        public NativeUiExportSettings Settings { get; } = settings;
        public BuildContext Context { get; } = context;
        public IReadOnlySet<string> Known { get; } = known;
        public FileHashes Hashes { get; } = settings.Hashes ?? new FileHashes();
        public ResourceCatalog Catalog { get; } = new(settings.ResourceDirectories);
        public UiExportState State { get; } = UiExportState.Load(settings.StateDirectory);
        public string SettingsKey { get; } = LayoutKeys.Settings(settings);
        public UiLayoutCache? Cache { get; } = settings.Cache is { } cache
            ? new UiLayoutCache(cache, context)
            : null;
    }

    private static async Task<(UiLayoutOutcome, LayoutStamp)> ExportLayoutAsync(string layout, ExportRun run, CancellationToken cancellationToken)
    {
        var settings = run.Settings;
        var source = Path.Combine(settings.SourceDirectory, layout);
        var output = LayoutFiles.BinaryName(layout);
        var layoutHash = run.Hashes.Get(source);
        if (run.State.Layouts.TryGetValue(layout, out var previous) && previous.Output == output &&
            previous.Embedded.All(run.Known.Contains) &&
            LayoutKeys.Content(run.SettingsKey, layout, layoutHash, previous.Uses, run.Catalog, run.Hashes) == previous.Key &&
            previous.OutputUntouched(settings.OutputDirectory))
            return (new UiLayoutOutcome(layout, output, UiLayoutStatus.UpToDate, previous.Key), previous);

        var sourceKey = LayoutKeys.Source(run.SettingsKey, layout, layoutHash);
        if (run.Cache is { } cache && await cache.TryUsesAsync(layout, sourceKey, cancellationToken) is { } cachedUses &&
            cachedUses.Embedded.All(run.Known.Contains))
        {
            var cachedKey = LayoutKeys.Content(run.SettingsKey, layout, layoutHash, cachedUses, run.Catalog, run.Hashes);
            if (await cache.TryBinaryAsync(layout, cachedKey, cancellationToken) is { } restored)
            {
                foreach (var warning in cachedUses.Warnings) run.Context.Logger.Warning("{Warning}", warning);
                var restoredStamp = await PublishAsync(restored.Bytes, cachedKey, cachedUses, output, settings, cancellationToken);
                var status = restored.Source == CacheSource.Local ? UiLayoutStatus.RestoredLocal : UiLayoutStatus.RestoredRemote;
                return (new UiLayoutOutcome(layout, output, status, cachedKey), restoredStamp);
            }
        }

        var parsed = CsdLayout.Load(source, layout);
        var result = CsbLayoutWriter.Write(parsed, settings.Version, run.Catalog, run.Known.Contains, settings.UnknownWidgets);
        foreach (var warning in result.Warnings) run.Context.Logger.Warning("{Warning}", warning);
        var uses = new LayoutUses(
            result.Dependencies.Distinct().Order(StringComparer.Ordinal).ToList(),
            result.EmbeddedLayouts.Distinct().Order(StringComparer.Ordinal).ToList(),
            result.Warnings);
        var key = LayoutKeys.Content(run.SettingsKey, layout, layoutHash, uses, run.Catalog, run.Hashes);
        var stamp = await PublishAsync(result.Bytes, key, uses, output, settings, cancellationToken);
        if (run.Cache is { } store) await store.StoreAsync(layout, sourceKey, uses, key, result.Bytes, cancellationToken);
        return (new UiLayoutOutcome(layout, output, UiLayoutStatus.Exported, key), stamp);
    }

    /// <summary>Writes the binary whole (a temporary name, then a move) and stamps it.</summary>
    private static async Task<LayoutStamp> PublishAsync(byte[] bytes, string key, LayoutUses uses, string output, NativeUiExportSettings settings, CancellationToken cancellationToken)
    {
        var target = Path.Combine(settings.OutputDirectory, output);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var temporary = $"{target}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, bytes, cancellationToken);
            File.Move(temporary, target, overwrite: true);
        }
        catch
        {
            // Cancelled or failed mid-write: no stray temporary file next to the layouts.
            File.Delete(temporary);
            throw;
        }
        var info = new FileInfo(target);
        return new LayoutStamp(key, uses.Dependencies, uses.Embedded, output, info.Length, info.LastWriteTimeUtc.Ticks);
    }

    /// <summary>Removes the outputs of layouts that no longer exist, when they are still as Walle wrote them.</summary>
    private static void RemoveStaleOutputs(NativeUiExportSettings settings, UiExportState previous, IReadOnlySet<string> current, BuildContext context)
    {
        foreach (var (layout, stamp) in previous.Layouts)
        {
            if (current.Contains(layout) || !stamp.OutputUntouched(settings.OutputDirectory)) continue;
            File.Delete(Path.Combine(settings.OutputDirectory, stamp.Output));
            context.Logger.Information("Removed {File}: its layout {Layout} no longer exists", stamp.Output, layout);
        }
    }
}
