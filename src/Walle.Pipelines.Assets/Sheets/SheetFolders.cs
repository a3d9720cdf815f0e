using Walle.Pipelines.Assets.TexturePacker.Projects;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// Sheet definitions from a folder of sheet folders: each sub-folder is one sheet named after it, and each
/// TexturePacker project (<c>.tps</c>) is one sheet defined by the project. A folder a project packs (usually the one
/// next to it with the same name) belongs to that project and is not a sheet of its own.
/// </summary>
public static class SheetFolders
{
    /// <summary>
    /// One <see cref="SpriteSheetSettings"/> per <c>.tps</c> project and per remaining non-hidden sub-folder of
    /// <paramref name="sourceRoot"/>, in name order, all writing into <paramref name="outputDirectory"/>.
    /// </summary>
    /// <exception cref="SheetException">The folder does not exist or holds no sheets, or a project is bad (<see cref="TexturePackerProject.Load"/>).</exception>
    public static IReadOnlyList<SpriteSheetSettings> Discover(string sourceRoot, string outputDirectory)
    {
        if (!Directory.Exists(sourceRoot))
            throw new SheetException(
                $"The sprite sheet folder '{sourceRoot}' does not exist. Create it with one sub-folder per sheet.",
                SheetProblem.SourceFolderMissing);
        var projects = Directory.EnumerateFiles(sourceRoot, "*" + TexturePackerProject.Extension)
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal)
            .Select(f => TexturePackerProject.Load(f, outputDirectory))
            .ToList();
        var folders = Directory.EnumerateDirectories(sourceRoot)
            .Where(d => !Path.GetFileName(d).StartsWith('.'))
            .Where(d => !projects.Any(p => TexturePackerProject.UsesFolder(p, d)))
            .Select(d => new SpriteSheetSettings { Name = Path.GetFileName(d), SourceDirectories = [d], OutputDirectory = outputDirectory });
        var sheets = projects.Concat(folders).OrderBy(s => s.Name, StringComparer.Ordinal).ToList();
        if (sheets.Count == 0)
            throw new SheetException($"The sprite sheet folder '{sourceRoot}' has no sheet folders: add one sub-folder of images per sheet, or a TexturePacker project (.tps).");
        return sheets;
    }
}
