using System.Globalization;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// What a sheet's last build left behind: its key and each output file's size and modification time. When the key is
/// unchanged and the outputs are untouched, the sheet is up to date without reading any output.
/// </summary>
internal sealed record SheetStamp(string Key, SheetPackerKind Packer, IReadOnlyList<(string File, long Size, long Modified)> Outputs)
{
    /// <summary>File names of stamps end with this.</summary>
    public const string Extension = ".stamp";

    public static string PathFor(string stateDirectory, SpriteSheetSettings sheet) =>
        Path.Combine(stateDirectory, $"{sheet.Name}-{FolderTag(sheet.OutputDirectory)}{Extension}");

    /// <summary>The tag of an output folder in stamp file names (<c>{sheet}-{tag}.stamp</c>).</summary>
    public static string FolderTag(string outputDirectory) =>
        Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(outputDirectory))));

    /// <summary>The output folder tag in a stamp's file name; null when the name is not a stamp's.</summary>
    public static string? FolderTagOf(string stampPath)
    {
        var name = Path.GetFileName(stampPath);
        const int tagLength = 16;
        if (!name.EndsWith(Extension, StringComparison.Ordinal) || name.Length < tagLength + 1 + Extension.Length) return null;
        var dash = name.Length - Extension.Length - tagLength - 1;
        return name[dash] == '-' ? name.Substring(dash + 1, tagLength) : null;
    }

    public static SheetStamp? TryLoad(string path)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var lines = File.ReadAllLines(path);
            var outputs = lines.Skip(2).Select(l => l.Split('\t', 3))
                .Select(p => (p[2], long.Parse(p[0], CultureInfo.InvariantCulture), long.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
            return new SheetStamp(lines[0], Enum.Parse<SheetPackerKind>(lines[1]), outputs);
        }
        catch (Exception e) when (e is FormatException or IndexOutOfRangeException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    public static SheetStamp Of(string key, SheetPackerKind packer, string outputDirectory, IEnumerable<string> files) =>
        new(key, packer, files.Select(f => new FileInfo(Path.Combine(outputDirectory, f)))
            .Select(info => (Path.GetRelativePath(outputDirectory, info.FullName).Replace('\\', '/'), info.Length, info.LastWriteTimeUtc.Ticks))
            .ToList());

    public bool Matches(string outputDirectory) => Outputs.All(o => IsUntouched(outputDirectory, o));

    /// <summary>True when <paramref name="output"/> is still as Walle wrote it (same size and modification time).</summary>
    public static bool IsUntouched(string outputDirectory, (string File, long Size, long Modified) output)
    {
        var info = new FileInfo(Path.Combine(outputDirectory, output.File));
        return info.Exists && info.Length == output.Size && info.LastWriteTimeUtc.Ticks == output.Modified;
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var lines = new[] { Key, Packer.ToString() }
            .Concat(Outputs.Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Size}\t{o.Modified}\t{o.File}")));
        var temporary = path + ".tmp";
        File.WriteAllLines(temporary, lines);
        File.Move(temporary, path, overwrite: true);
    }
}
