using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Game content as the model knows it: relative path → bytes, in ordinal order.</summary>
internal sealed class ModelContent
{
    private readonly SortedDictionary<string, byte[]> _files;

    private ModelContent(SortedDictionary<string, byte[]> files) => _files = files;

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public int Count => _files.Count;

    /// <summary>Scripts, configs and images of a few KB.</summary>
    public static ModelContent Create(Random random, int files, ref int names)
    {
        var content = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        for (var i = 0; i < files; i++) content[NewPath(random, ref names)] = NewBytes(random);
        return new ModelContent(content);
    }

    /// <summary>
    /// A copy with <paramref name="changes"/> random changes: a file modified (now and then back to bytes an earlier
    /// version had), added, deleted (never below 40 files, so far from the mass-deletion refusal) or renamed.
    /// </summary>
    public ModelContent Change(Random random, int changes, IReadOnlyList<ModelContent> earlier, ref int names, List<string> log)
    {
        var files = new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal);
        for (var i = 0; i < changes; i++)
        {
            var paths = files.Keys.ToArray();
            var path = paths[random.Next(paths.Length)];
            var kind = random.Next(100);
            if (kind < 45)
            {
                var older = earlier.Select(c => c.Files.GetValueOrDefault(path)).OfType<byte[]>().Where(b => !b.AsSpan().SequenceEqual(files[path])).ToArray();
                var back = older.Length > 0 && random.Next(3) == 0;
                files[path] = back ? older[random.Next(older.Length)] : NewBytes(random);
                log.Add((back ? "~" : "*") + path);
            }
            else if (kind < 70 || files.Count <= 40)
            {
                var added = NewPath(random, ref names);
                files[added] = NewBytes(random);
                log.Add("+" + added);
            }
            else if (kind < 85)
            {
                files.Remove(path);
                log.Add("-" + path);
            }
            else
            {
                var renamed = NewPath(random, ref names);
                files[renamed] = files[path];
                files.Remove(path);
                log.Add(path + ">" + renamed);
            }
        }
        return new ModelContent(files);
    }

    /// <summary>A copy where <paramref name="path"/> holds <paramref name="bytes"/>.</summary>
    public ModelContent With(string path, byte[] bytes) =>
        new(new SortedDictionary<string, byte[]>(_files, StringComparer.Ordinal) { [path] = bytes });

    public static byte[] NewBytes(Random random)
    {
        var bytes = new byte[200 + random.Next(3800)];
        random.NextBytes(bytes);
        return bytes;
    }

    /// <summary>Makes <paramref name="folder"/> hold exactly this content (only differing files are written).</summary>
    public void WriteTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToList())
            if (!_files.ContainsKey(Path.GetRelativePath(folder, file).Replace(Path.DirectorySeparatorChar, '/'))) File.Delete(file);
        foreach (var (path, bytes) in _files)
        {
            var full = Path.Combine(folder, path);
            if (File.Exists(full) && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes)) continue;
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    public string Md5Of(string path) => Md5.OfBytes(_files[path]);

    private static string NewPath(Random random, ref int names) => (names++, random.Next(3)) switch
    {
        (var n, 0) => $"src/app/view{n}.lua",
        (var n, 1) => $"res/ui/icon{n}.png",
        (var n, _) => $"res/config/table{n}.json",
    };
}
