using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>Finds a sheet's sprite images and checks the folder before anything is packed.</summary>
public static class SpriteFiles
{
    /// <summary>File extensions that are packed.</summary>
    public static IReadOnlySet<string> ImageExtensions { get; } =
        new HashSet<string>([".png", ".jpg", ".jpeg", ".webp"], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The sheet's sprites ordered by name. Fails with <see cref="SheetException"/> on a missing or empty folder,
    /// a file that is not an image, a file name that cannot name a frame (a backslash, a control character: the
    /// rule of <see cref="ObjectKey"/>), or two sprites with the same name (names compare case-insensitively, as on
    /// macOS and Windows file systems and in the engine's sprite frame cache on those devices).
    /// Hidden files (starting with '.') are ignored.
    /// </summary>
    public static IReadOnlyList<SpriteFile> Find(SpriteSheetSettings sheet)
    {
        if (sheet.SourceDirectories.Count == 0 && sheet.SourceFiles.Count == 0)
            throw new SheetException($"Sheet '{sheet.Name}' has no source folder: give it at least one folder of sprite images.");
        var sprites = new List<SpriteFile>();
        var byName = new Dictionary<string, SpriteFile>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in sheet.SourceFiles)
            if (!File.Exists(file))
                throw new SheetException($"Sheet '{sheet.Name}': sprite file '{file}' does not exist.");
        var sources = sheet.SourceDirectories
            .Select(directory => Directory.Exists(directory)
                ? (Folder: directory, Files: Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories))
                : throw new SheetException($"Sheet '{sheet.Name}': source folder '{directory}' does not exist."))
            .Concat(sheet.SourceFiles.Select(file => (Folder: Path.GetDirectoryName(Path.GetFullPath(file))!, Files: (IEnumerable<string>)[file])));
        foreach (var (directory, paths) in sources)
        {
            foreach (var path in paths)
            {
                var relative = FrameName(Path.GetRelativePath(directory, path));
                if (relative.Split('/').Any(part => part.StartsWith('.'))) continue;
                if (ObjectKey.Problem(relative) is { } problem)
                    throw new SheetException(
                        $"Sheet '{sheet.Name}': the sprite file '{ObjectKey.Printable(path)}' cannot name a frame: {problem}. " +
                        "Rename the file (the same rule as for patch files the client downloads).");
                if (!ImageExtensions.Contains(Path.GetExtension(path)))
                    throw new SheetException(
                        $"Sheet '{sheet.Name}': '{path}' is not a sprite image (packed: {string.Join(", ", ImageExtensions)}). " +
                        "Convert it to PNG or move it out of the sheet folder.");
                var name = sheet.TrimSpriteNames ? Path.ChangeExtension(relative, null) : relative;
                var sprite = new SpriteFile(name, Path.GetFullPath(path), relative);
                if (byName.TryGetValue(name, out var other))
                    throw new SheetException(
                        $"Sheet '{sheet.Name}': duplicate sprite name '{name}' ('{other.Path}' and '{sprite.Path}'). " +
                        "Rename one of them; sprite names must be unique in a sheet, ignoring case.");
                byName[name] = sprite;
                sprites.Add(sprite);
            }
        }
        if (sprites.Count == 0)
            throw new SheetException(
                $"Sheet '{sheet.Name}' has no sprites: '{string.Join("', '", sheet.SourceDirectories.Concat(sheet.SourceFiles))}' holds no images. " +
                "Add PNG files or remove the empty sheet folder.");
        sprites.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return sprites;
    }

    /// <summary>A path relative to a source folder with '/' between folders; a backslash in a Unix file name stays as it is.</summary>
    private static string FrameName(string relative) =>
        Path.DirectorySeparatorChar == '/' ? relative : relative.Replace(Path.DirectorySeparatorChar, '/');
}
