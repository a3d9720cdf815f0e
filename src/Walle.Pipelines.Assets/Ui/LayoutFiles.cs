namespace Walle.Pipelines.Assets.Ui;

/// <summary>The Cocos Studio layouts (<c>.csd</c>) of a UI folder.</summary>
public static class LayoutFiles
{
    /// <summary>The layout file extension.</summary>
    public const string Extension = ".csd";

    /// <summary>
    /// Every <c>.csd</c> below <paramref name="sourceDirectory"/> as a path relative to it ('/' separated), in ordinal
    /// order; hidden files and folders (starting with '.') are skipped.
    /// </summary>
    /// <exception cref="UiExportException">The folder does not exist or holds no layouts.</exception>
    public static IReadOnlyList<string> Find(string sourceDirectory)
    {
        if (!Directory.Exists(sourceDirectory))
            throw new UiExportException($"The UI folder '{sourceDirectory}' does not exist. Create it with the game's Cocos Studio layouts (.csd).");
        var layouts = Directory.EnumerateFiles(sourceDirectory, "*" + Extension, SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(sourceDirectory, f).Replace('\\', '/'))
            .Where(f => !f.Split('/').Any(part => part.StartsWith('.')))
            .Where(f => f.EndsWith(Extension, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (layouts.Count == 0)
            throw new UiExportException($"The UI folder '{sourceDirectory}' holds no layouts (.csd files).");
        return layouts;
    }

    /// <summary>The <c>.csb</c> a layout becomes, relative to the output folder.</summary>
    public static string BinaryName(string layout) => layout[..^Extension.Length] + ".csb";
}
