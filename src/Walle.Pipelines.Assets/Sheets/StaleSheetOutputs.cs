using Serilog;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// Outputs of sheets that are no longer built (their folder was deleted or renamed): the client package and the patch
/// would otherwise pick them up. Only files a Walle stamp says Walle wrote are removed, and only while they are still
/// as Walle wrote them; anything else in the output folder is the user's and stays.
/// </summary>
internal static class StaleSheetOutputs
{
    /// <summary>
    /// Removes the files recorded by stamps in <paramref name="stateDirectory"/> that belong to none of
    /// <paramref name="sheets"/>, unless one of <paramref name="outcomes"/> produced them now; logs each removal to <paramref name="logger"/>.
    /// </summary>
    public static void Remove(string stateDirectory, IReadOnlyList<SpriteSheetSettings> sheets, IReadOnlyList<SheetOutcome> outcomes, ILogger logger)
    {
        if (!Directory.Exists(stateDirectory)) return;
        var current = sheets.Select(s => SheetStamp.PathFor(stateDirectory, s)).ToHashSet(StringComparer.Ordinal);
        var folders = sheets.Select(s => s.OutputDirectory).DistinctBy(SheetStamp.FolderTag).ToDictionary(SheetStamp.FolderTag);
        var produced = sheets.Zip(outcomes).SelectMany(p => p.Second.Files.Select(f => Path.GetFullPath(Path.Combine(p.First.OutputDirectory, f))))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var stampPath in Directory.EnumerateFiles(stateDirectory, "*" + SheetStamp.Extension).Where(p => !current.Contains(p)).ToList())
        {
            // A stamp of another output folder than this build's says nothing about where its files are.
            if (SheetStamp.FolderTagOf(stampPath) is not { } tag || !folders.TryGetValue(tag, out var folder)) continue;
            foreach (var output in SheetStamp.TryLoad(stampPath)?.Outputs ?? [])
            {
                var path = Path.GetFullPath(Path.Combine(folder, output.File));
                if (produced.Contains(path) || !File.Exists(path)) continue;
                if (SheetStamp.IsUntouched(folder, output))
                {
                    File.Delete(path);
                    logger.Information("Removed {File}: no sheet produces it any more", path);
                }
                else
                {
                    logger.Warning("Kept {File}: no sheet produces it any more, but it changed since Walle wrote it; delete it by hand if it is not wanted", path);
                }
            }
            File.Delete(stampPath);
        }
    }
}
