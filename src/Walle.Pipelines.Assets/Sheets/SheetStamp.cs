using System.Globalization;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// What a sheet's last build left behind: its key and each output file's size and modification time. When the key is
/// unchanged and the outputs are untouched, the sheet is up to date without reading any output.
/// </summary>
internal sealed record SheetStamp(string Key, SheetPackerKind Packer, IReadOnlyList<(string File, long Size, long Modified)> Outputs)
{
    public static string PathFor(string stateDirectory, SpriteSheetSettings sheet)
    {
        var where = Convert.ToHexStringLower(System.IO.Hashing.XxHash64.Hash(
            System.Text.Encoding.UTF8.GetBytes(Path.GetFullPath(sheet.OutputDirectory))));
        return Path.Combine(stateDirectory, $"{sheet.Name}-{where}.stamp");
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

    public bool Matches(string outputDirectory) => Outputs.All(o =>
    {
        var info = new FileInfo(Path.Combine(outputDirectory, o.File));
        return info.Exists && info.Length == o.Size && info.LastWriteTimeUtc.Ticks == o.Modified;
    });

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
