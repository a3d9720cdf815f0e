using Walle.Pipelines.Assets.TexturePacker;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// The file names each sheet variant writes (<c>{Name}{suffix}</c>, and <c>{Name}{suffix}-{n}</c> pages when it
/// multipacks), checked before anything is packed so that no two sheets write the same file. Names compare ignoring
/// case, as macOS and Windows file systems (and so the client package) do.
/// </summary>
internal static class SheetOutputNames
{
    /// <exception cref="SheetException">Two sheet variants write the same file; the message lists every such pair.</exception>
    public static void ThrowIfShared(IReadOnlyList<SpriteSheetSettings> sheets)
    {
        var outputs = sheets
            .SelectMany(sheet => sheet.Variants.Select(variant => new Output(sheet, variant, Path.GetFullPath(sheet.OutputDirectory))))
            .ToList();
        var collisions = new List<string>();
        for (var i = 0; i < outputs.Count; i++)
        for (var j = i + 1; j < outputs.Count; j++)
            if (SharedFile(outputs[i], outputs[j]) is { } file)
                collisions.Add($"Sheets {outputs[i]} and {outputs[j]} both write {file}.plist and its texture " +
                    $"({file}{TexturePackerArguments.Extension(outputs[j].Sheet.TextureFormat)}) in '{outputs[j].Folder}': " +
                    "rename one of the sheet folders (or change the variant suffix) so that each sheet writes its own files.");
        if (collisions.Count > 0) throw new SheetException(string.Join("\n", collisions));
    }

    /// <summary>The name (without extension) both write, or null.</summary>
    private static string? SharedFile(Output a, Output b)
    {
        if (!string.Equals(a.Folder, b.Folder, StringComparison.OrdinalIgnoreCase)) return null;
        if (string.Equals(a.Stem, b.Stem, StringComparison.OrdinalIgnoreCase)) return b.Stem;
        if (a.Sheet.Multipack && IsPageOf(b.Stem, a.Stem)) return b.Stem;
        if (b.Sheet.Multipack && IsPageOf(a.Stem, b.Stem)) return a.Stem;
        return null;
    }

    /// <summary>True when <paramref name="name"/> is what page n of <paramref name="stem"/> is called: <c>{stem}-{n}</c>.</summary>
    private static bool IsPageOf(string name, string stem) =>
        name.Length > stem.Length + 1
        && name.StartsWith(stem + "-", StringComparison.OrdinalIgnoreCase)
        && name[(stem.Length + 1)..].All(char.IsAsciiDigit);

    private sealed record Output(SpriteSheetSettings Sheet, ScaleVariant Variant, string Folder)
    {
        public string Stem => Sheet.Name + Variant.Suffix;

        public override string ToString() => Variant.Suffix.Length == 0 ? $"'{Sheet.Name}'" : $"'{Sheet.Name}' (variant '{Variant.Suffix}')";
    }
}
