using System.Globalization;
using System.Text;

namespace Walle.Pipelines.Patch;

/// <summary>Remembers the MD5 of files by path, size and modification time, in a small text file.</summary>
internal sealed class FingerprintCache
{
    private readonly Dictionary<string, (long Size, long Ticks, string Md5)> _entries = new(StringComparer.Ordinal);

    public static FingerprintCache Load(string? path)
    {
        var cache = new FingerprintCache();
        if (path is null || !File.Exists(path)) return cache;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var parts = line.Split('\t', 4);
            if (parts.Length == 4 && long.TryParse(parts[1], CultureInfo.InvariantCulture, out var size) && long.TryParse(parts[2], CultureInfo.InvariantCulture, out var ticks))
                cache._entries[parts[3]] = (size, ticks, parts[0]);
        }
        return cache;
    }

    public string? Find(string path, long size, long ticks) =>
        _entries.TryGetValue(path, out var entry) && entry.Size == size && entry.Ticks == ticks ? entry.Md5 : null;

    public static void Save(string path, IEnumerable<(string Path, long Size, long Ticks, string Md5)> entries)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = path + ".tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            foreach (var entry in entries)
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{entry.Md5}\t{entry.Size}\t{entry.Ticks}\t{entry.Path}\n"));
        File.Move(temp, path, overwrite: true);
    }
}
