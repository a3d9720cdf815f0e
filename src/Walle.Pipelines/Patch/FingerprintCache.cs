using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Patch;

/// <summary>
/// Remembers the MD5 of content files between publishes, in a small text file, keyed by the file's absolute path and
/// trusted only under <see cref="FileIdentity"/>'s rule (size, mtime, ctime, inode, device, outside the racy window).
/// An entry of one source folder is never used for another: the absolute path differs.
/// </summary>
internal sealed class FingerprintCache
{
    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Entry> _seen = new(StringComparer.Ordinal);

    private sealed record Entry(FileIdentity Identity, long HashedAtNs, string Md5);

    /// <summary>When this run's hashes count as taken: before any file was read.</summary>
    private long StartedNs { get; } = FileIdentity.Now();

    public static FingerprintCache Load(string? path)
    {
        var cache = new FingerprintCache();
        if (path is null || !File.Exists(path)) return cache;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            // md5, hashed-at, five identity fields, absolute path
            var parts = line.Split('\t', 8);
            if (parts.Length == 8 && long.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var hashedAt)
                && FileIdentity.Parse(parts.AsSpan(2, 5)) is { } identity)
                cache._entries[parts[7]] = new Entry(identity, hashedAt, parts[0]);
        }
        return cache;
    }

    /// <summary>The remembered MD5 and size of the file, or null when it must be read; either way its identity is noted for <see cref="Save"/>.</summary>
    public (string Md5, long Size)? Find(string fullPath)
    {
        if (FileIdentity.Of(fullPath) is not { } identity) return null;
        _seen[fullPath] = new Entry(identity, StartedNs, "");
        return _entries.TryGetValue(fullPath, out var entry) && identity.Matches(entry.Identity, entry.HashedAtNs)
            ? (entry.Md5, identity.Size)
            : null;
    }

    /// <summary>Writes the hashes of the files looked up in this run (with the identities they had before they were read).</summary>
    public void Save(string path, IReadOnlyDictionary<string, string> md5ByFullPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var temp = $"{path}.{Environment.ProcessId}.tmp";
        using (var writer = new StreamWriter(temp, false, new UTF8Encoding(false)))
            foreach (var (file, seen) in _seen.OrderBy(e => e.Key, StringComparer.Ordinal))
            {
                if (!md5ByFullPath.TryGetValue(file, out var md5)) continue;
                // An old entry's time is kept only while it is trusted: one taken in the racy window would make the file
                // be read again on every later run although this run's read, after StartedNs, settles it.
                var hashedAt = _entries.TryGetValue(file, out var old) && old.Md5 == md5 && seen.Identity.Matches(old.Identity, old.HashedAtNs) ? old.HashedAtNs : seen.HashedAtNs;
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{md5}\t{hashedAt}\t{seen.Identity}\t{file}\n"));
            }
        File.Move(temp, path, overwrite: true);
    }
}
