using System.Collections.Concurrent;
using System.Globalization;
using System.IO.Hashing;

namespace Walle.Pipelines.Caching;

/// <summary>
/// Content hashes of files (XxHash128, lowercase hex), remembered by absolute path under <see cref="FileIdentity"/>'s
/// trust rule, so an unchanged file is never read twice. The memo can be saved to a file and loaded by the next build.
/// Thread-safe.
/// </summary>
public sealed class FileHashes
{
    private readonly ConcurrentDictionary<string, Entry> _memo = new(StringComparer.Ordinal);
    private int _computed;
    private volatile bool _changed;

    /// <summary>How many files were actually read and hashed by this instance (memo misses).</summary>
    public int ComputedCount => _computed;

    /// <summary>The content hash of a file.</summary>
    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    public string Get(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full)) throw new FileNotFoundException($"Cannot hash '{full}': the file does not exist.", full);
        var identity = FileIdentity.Of(full);
        if (identity is { } now && _memo.TryGetValue(full, out var known) && now.Matches(known.Identity, known.HashedAtNs))
            return known.Hash;

        var hashedAt = FileIdentity.Now();
        var hash = HashContent(full);
        Interlocked.Increment(ref _computed);
        if (identity is { } seen) _memo[full] = new Entry(seen, hashedAt, hash);
        _changed = true;
        return hash;
    }

    /// <summary>The XxHash128 of a file's content as lowercase hex, without the memo.</summary>
    public static string HashContent(string path)
    {
        var hasher = new XxHash128();
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan))
            hasher.Append(stream);
        return Convert.ToHexStringLower(hasher.GetCurrentHash());
    }

    /// <summary>Loads a memo saved by <see cref="Save"/>; a missing or unreadable file gives an empty memo.</summary>
    public static FileHashes Load(string memoFile)
    {
        var hashes = new FileHashes();
        if (!File.Exists(memoFile)) return hashes;
        try
        {
            foreach (var line in File.ReadLines(memoFile))
            {
                // hash, hashed-at, five identity fields, absolute path
                var parts = line.Split('\t', 8);
                if (parts.Length != 8 || FileIdentity.Parse(parts.AsSpan(2, 5)) is not { } identity) continue;
                hashes._memo[parts[7]] = new Entry(identity, long.Parse(parts[1], CultureInfo.InvariantCulture), parts[0]);
            }
        }
        catch (Exception e) when (e is IOException or FormatException or OverflowException)
        {
            hashes._memo.Clear();
        }
        return hashes;
    }

    /// <summary>Writes the memo atomically to <paramref name="memoFile"/>; does nothing when no file was hashed since it was loaded.</summary>
    public void Save(string memoFile)
    {
        if (!_changed && File.Exists(memoFile)) return;
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(memoFile))!);
        var temporary = memoFile + "." + Environment.ProcessId + ".tmp";
        using (var writer = new StreamWriter(temporary))
        {
            foreach (var (path, e) in _memo.OrderBy(p => p.Key, StringComparer.Ordinal))
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{e.Hash}\t{e.HashedAtNs}\t{e.Identity}\t{path}"));
        }
        File.Move(temporary, memoFile, overwrite: true);
        _changed = false;
    }

    private sealed record Entry(FileIdentity Identity, long HashedAtNs, string Hash);
}
