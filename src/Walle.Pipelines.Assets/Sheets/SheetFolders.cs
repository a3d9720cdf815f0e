namespace Walle.Pipelines.Assets.Sheets;

/// <summary>Sheet definitions from a folder of sheet folders: each sub-folder is one sheet named after it.</summary>
public static class SheetFolders
{
    /// <summary>
    /// One <see cref="SpriteSheetSettings"/> per non-hidden sub-folder of <paramref name="sourceRoot"/>, in name order,
    /// all writing into <paramref name="outputDirectory"/>.
    /// </summary>
    /// <exception cref="SheetException">The folder does not exist or holds no sheet folders.</exception>
    public static IReadOnlyList<SpriteSheetSettings> Discover(string sourceRoot, string outputDirectory)
    {
        if (!Directory.Exists(sourceRoot))
            throw new SheetException(
                $"The sprite sheet folder '{sourceRoot}' does not exist. Create it with one sub-folder per sheet, " +
                "or point --sheet-source-directory at your art folder.");
        var sheets = Directory.EnumerateDirectories(sourceRoot)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(d => new SpriteSheetSettings { Name = Path.GetFileName(d), SourceDirectories = [d], OutputDirectory = outputDirectory })
            .ToList();
        if (sheets.Count == 0)
            throw new SheetException($"The sprite sheet folder '{sourceRoot}' has no sheet folders: add one sub-folder of images per sheet.");
        return sheets;
    }
}
