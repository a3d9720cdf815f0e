using System.Diagnostics;
using System.Text.Json;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// Builds many sprite sheets, in parallel and incrementally. For each sheet: its key is the hash of the packer and
/// its version, the settings and every sprite's path and content; an unchanged sheet is skipped, a sheet whose key is
/// in the cache (local, then remote) is restored, and only the rest is packed and then stored in the cache.
/// </summary>
public static class SpriteSheets
{

    /// <summary>
    /// Builds the sheets. All sheets are attempted; failures are reported together at the end. When all succeed, the
    /// outputs of sheets no longer built are removed (<see cref="StaleSheetOutputs"/>).
    /// </summary>
    /// <param name="settings">The sheets and how to build them.</param>
    /// <param name="context">The run: its logger, progress display and tool runner.</param>
    /// <param name="cancellationToken">Stops the build; sheets not yet written are left as they were.</param>
    /// <exception cref="SheetException">
    /// Two sheets would write the same file (nothing is packed then), or one or more sheets failed; the message lists
    /// each one, <see cref="SheetException.Failures"/> holds each error.
    /// </exception>
    public static async Task<IReadOnlyList<SheetOutcome>> BuildAsync(SheetBuildSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (settings.Packer == SheetPackerKind.TexturePacker && settings.TexturePacker is null)
            throw new ArgumentException("TexturePacker settings are required when the packer is TexturePacker.", nameof(settings));
        SheetOutputNames.ThrowIfShared(settings.Sheets);

        var hashes = settings.Hashes ?? new FileHashes();
        var outcomes = new SheetOutcome?[settings.Sheets.Count];
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Index, Exception Error)>();
        using var progress = context.StartProgress("Sprite sheets", settings.Sheets.Count, "sheets");
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.Sheets.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism), CancellationToken = cancellationToken },
            async (i, token) =>
            {
                try
                {
                    outcomes[i] = await BuildSheetAsync(settings.Sheets[i], settings, hashes, context, token);
                }
                catch (Exception e) when (e is SheetException or ToolFailedException or ToolNotFoundException or FormatException or IOException)
                {
                    failures.Add((i, e));
                }
                progress.Increment();
            });
        if (!failures.IsEmpty) throw SheetException.Combine(failures.OrderBy(f => f.Index).Select(f => f.Error).ToList());
        var built = outcomes.Select(o => o!).ToList();
        StaleSheetOutputs.Remove(settings.StateDirectory, settings.Sheets, built, context.Logger);
        return built;
    }

    private static async Task<SheetOutcome> BuildSheetAsync(
        SpriteSheetSettings sheet, SheetBuildSettings settings, FileHashes hashes, BuildContext context, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var sprites = SpriteFiles.Find(sheet);
        var packer = settings.Packer;
        var key = Key(sheet, sprites, packer, settings, hashes);
        WarnIgnoredOptions(sheet, packer, context);
        var stampPath = SheetStamp.PathFor(settings.StateDirectory, sheet);
        var stamp = SheetStamp.TryLoad(stampPath);
        if (stamp is not null && stamp.Key == key && stamp.Matches(sheet.OutputDirectory))
        {
            context.Logger.Debug("Sheet {Sheet}: up to date", sheet.Name);
            return new SheetOutcome(sheet.Name, SheetStatus.UpToDate, stamp.Packer, stamp.Outputs.Select(o => o.File).ToList(), key);
        }

        Directory.CreateDirectory(sheet.OutputDirectory);
        SheetStatus status;
        IReadOnlyList<string> files;
        if (settings.Cache is not null && await settings.Cache.TryRestoreAsync(key, sheet.OutputDirectory, cancellationToken) is { } hit)
        {
            (status, files) = (hit.Source == CacheSource.Local ? SheetStatus.RestoredLocal : SheetStatus.RestoredRemote, hit.Files);
            context.Logger.Information("Sheet {Sheet}: restored from the {Source} cache", sheet.Name, hit.Source.ToString().ToLowerInvariant());
        }
        else
        {
            if (packer == SheetPackerKind.TexturePacker && settings.TexturePacker!.Executable is null && settings.FallBackToBuiltIn)
            {
                packer = SheetPackerKind.BuiltIn;
                WarnIgnoredOptions(sheet, packer, context);
                key = Key(sheet, sprites, packer, settings, hashes);
                if (stamp is not null && stamp.Key == key && stamp.Matches(sheet.OutputDirectory))
                    return new SheetOutcome(sheet.Name, SheetStatus.UpToDate, packer, stamp.Outputs.Select(o => o.File).ToList(), key);
            }
            files = packer == SheetPackerKind.BuiltIn
                ? await BuiltInPacker.PackAsync(sheet, cancellationToken)
                : await TexturePackerTask.PackAsync(sheet, settings.TexturePacker!, context, cancellationToken);
            status = SheetStatus.Packed;
            context.Logger.Information("Sheet {Sheet}: packed {Count} sprites with {Packer} in {Seconds:0.00} s{Project}",
                sheet.Name, sprites.Count, packer == SheetPackerKind.BuiltIn ? "the built-in packer" : "TexturePacker", clock.Elapsed.TotalSeconds,
                sheet.ProjectFile is null ? "" : $" (defined by {Path.GetFileName(sheet.ProjectFile)})");
            if (settings.Cache is not null) await settings.Cache.StoreAsync(key, sheet.OutputDirectory, files, cancellationToken);
        }

        RemoveStaleOutputs(sheet, stamp, files);
        SheetStamp.Of(key, packer, sheet.OutputDirectory, files).Save(stampPath);
        return new SheetOutcome(sheet.Name, status, packer, files, key);
    }

    /// <summary>The sheet's cache key: packer and version, settings (without folders) and each sprite's path and content hash.</summary>
    public static string Key(SpriteSheetSettings sheet, IReadOnlyList<SpriteFile> sprites, SheetPackerKind packer, SheetBuildSettings settings, FileHashes hashes)
    {
        var key = packer == SheetPackerKind.BuiltIn
            ? new CacheKey("walle-builtin-packer", BuiltInPacker.Version)
            : new CacheKey("texturepacker", settings.TexturePacker!.Version)
                .Add("extra", string.Join('\u0001', settings.TexturePacker.ExtraArguments));
        key.Add("settings", JsonSerializer.Serialize(sheet with { SourceDirectories = [], SourceFiles = [], OutputDirectory = "", ProjectFile = null },
            SheetJson.Default.SpriteSheetSettings));
        // TexturePacker reads the whole project, options Walle does not model included.
        if (sheet.ProjectFile is not null) key.AddFile("project", hashes.Get(sheet.ProjectFile));
        foreach (var sprite in sprites) key.AddFile(sprite.Name + "\u0001" + sprite.RelativePath, hashes.Get(sprite.Path));
        return key.ToString();
    }

    /// <summary>Names each project option the built-in packer does not honour, on every run that uses it for the sheet.</summary>
    private static void WarnIgnoredOptions(SpriteSheetSettings sheet, SheetPackerKind packer, BuildContext context)
    {
        if (packer != SheetPackerKind.BuiltIn) return;
        foreach (var option in sheet.IgnoredByBuiltIn)
            context.Logger.Warning("Sheet {Sheet}: the built-in packer ignores option {Option} of {Project}", sheet.Name, option, sheet.ProjectFile);
    }

    private static void RemoveStaleOutputs(SpriteSheetSettings sheet, SheetStamp? previous, IReadOnlyList<string> current)
    {
        if (previous is null) return;
        var keep = current.ToHashSet(StringComparer.Ordinal);
        foreach (var (file, _, _) in previous.Outputs)
            if (!keep.Contains(file)) File.Delete(Path.Combine(sheet.OutputDirectory, file));
    }
}
