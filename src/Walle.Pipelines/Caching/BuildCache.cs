using System.IO.Compression;
using Serilog;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Caching;

/// <summary>
/// A content-addressed cache of a step's output files. An entry is one zip archive named by its key, kept in a local
/// folder (<c>.nuke/cache</c>) and, when a remote store is given, on the object store so that outputs built on one
/// machine (e.g. the TexturePacker host) are reused by every other. Entries are immutable: written once with
/// <c>If-None-Match: *</c>. A remote that fails is reported as a warning and treated as a miss; it never fails the build.
/// </summary>
/// <param name="localDirectory">The local cache folder.</param>
/// <param name="remote">The shared store, or null for a local-only cache.</param>
/// <param name="remotePrefix">Key prefix on the remote store.</param>
/// <param name="logger">Where warnings go (the run's <c>context.Logger</c>); Serilog's <c>Log.Logger</c> when null.</param>
public sealed class BuildCache(string localDirectory, IObjectStore? remote = null, string remotePrefix = "walle-cache/", ILogger? logger = null)
{
    private readonly ILogger _log = logger ?? Log.Logger;

    /// <summary>The local cache folder.</summary>
    public string LocalDirectory { get; } = Path.GetFullPath(localDirectory);

    /// <summary>The remote store, if any.</summary>
    public IObjectStore? Remote { get; } = remote;

    /// <summary>
    /// Extracts the entry <paramref name="key"/> into <paramref name="outputDirectory"/> (overwriting files).
    /// Returns where it was found and the restored files, or null on a miss. A remote hit is also copied into the local cache.
    /// </summary>
    public async Task<CacheHit?> TryRestoreAsync(string key, string outputDirectory, CancellationToken cancellationToken = default)
    {
        var local = LocalPath(key);
        if (File.Exists(local) && TryExtract(local, outputDirectory) is { } files) return new CacheHit(CacheSource.Local, files);
        if (!await TryFetchRemoteAsync(key, local, cancellationToken)) return null;
        return TryExtract(local, outputDirectory) is { } restored ? new CacheHit(CacheSource.Remote, restored) : null;
    }

    /// <summary>
    /// Reads the entry <paramref name="key"/> into memory, writing nothing but the local copy of a remote hit: for
    /// small entries whose files are checked before any is published (a UI layout's <c>.csb</c>). Null on a miss.
    /// </summary>
    public async Task<CacheEntry?> TryReadAsync(string key, CancellationToken cancellationToken = default)
    {
        var local = LocalPath(key);
        if (File.Exists(local) && TryRead(local) is { } files) return new CacheEntry(CacheSource.Local, files);
        if (!await TryFetchRemoteAsync(key, local, cancellationToken)) return null;
        return TryRead(local) is { } fetched ? new CacheEntry(CacheSource.Remote, fetched) : null;
    }

    /// <summary>Copies the remote entry into the local cache; false when there is no remote, no such entry, or the remote fails (a warning).</summary>
    private async Task<bool> TryFetchRemoteAsync(string key, string local, CancellationToken cancellationToken)
    {
        if (Remote is null) return false;
        try
        {
            await using var stored = await Remote.GetAsync(remotePrefix + key + ".zip", cancellationToken);
            if (stored is null) return false;
            await WriteLocalAsync(local, stored.Content, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Warning("Remote cache {Location} could not be read ({Message}); building instead", Remote.Location, e.Message);
            return false;
        }
    }

    /// <summary>Stores files (paths relative to <paramref name="outputDirectory"/>) as entry <paramref name="key"/>, locally and remotely.</summary>
    public Task StoreAsync(string key, string outputDirectory, IEnumerable<string> relativeFiles, CancellationToken cancellationToken = default) =>
        StoreEntriesAsync(key, relativeFiles.Order(StringComparer.Ordinal)
            .Select(file => (file, (Func<Stream>)(() => File.OpenRead(Path.Combine(outputDirectory, file))))), cancellationToken);

    /// <summary>Stores files given in memory (path in the entry → bytes) as entry <paramref name="key"/>, locally and remotely.</summary>
    public Task StoreAsync(string key, IReadOnlyDictionary<string, byte[]> files, CancellationToken cancellationToken = default) =>
        StoreEntriesAsync(key, files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => (f.Key, (Func<Stream>)(() => new MemoryStream(f.Value, writable: false)))), cancellationToken);

    /// <summary>
    /// Writes an entry: a zip of <paramref name="entries"/> in their order under a temporary name, moved into place, then
    /// put on the remote store. A write that fails or is cancelled leaves no temporary file in the cache folder.
    /// </summary>
    private async Task StoreEntriesAsync(string key, IEnumerable<(string Name, Func<Stream> Open)> entries, CancellationToken cancellationToken)
    {
        var local = LocalPath(key);
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        var temporary = $"{local}.{Guid.NewGuid():N}.tmp";
        try
        {
            await using (var zipFile = File.Create(temporary))
            await using (var zip = new ZipArchive(zipFile, ZipArchiveMode.Create))
            {
                foreach (var (name, open) in entries)
                {
                    await using var target = await zip.CreateEntry(name.Replace('\\', '/'), CompressionLevel.Fastest).OpenAsync(cancellationToken);
                    await using var source = open();
                    await source.CopyToAsync(target, cancellationToken);
                }
            }
            File.Move(temporary, local, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        await PutRemoteAsync(key, local, cancellationToken);
    }

    /// <summary>Puts a stored local entry on the remote store, once (<c>If-None-Match: *</c>); a failing remote is a warning.</summary>
    private async Task PutRemoteAsync(string key, string local, CancellationToken cancellationToken)
    {
        if (Remote is null) return;
        try
        {
            await using var content = File.OpenRead(local);
            await Remote.PutAsync(remotePrefix + key + ".zip", content,
                new PutOptions { IfNoneMatch = "*", ContentType = "application/zip" }, cancellationToken);
        }
        catch (ObjectConflictException)
        {
            // Another machine stored the same entry first: same key, same content.
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _log.Warning("Remote cache {Location} could not be written ({Message}); the entry stays local", Remote.Location, e.Message);
        }
    }

    /// <summary>The largest file <see cref="TryReadAsync"/> reads into memory; a larger one makes the entry damaged.</summary>
    private const long MaxReadBytes = 64L << 20;

    private string LocalPath(string key) => Path.Combine(LocalDirectory, key[..2], key + ".zip");

    private static async Task WriteLocalAsync(string local, Stream content, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(local)!);
        var temporary = $"{local}.{Guid.NewGuid():N}.tmp";
        await using (var file = File.Create(temporary)) await content.CopyToAsync(file, cancellationToken);
        File.Move(temporary, local, overwrite: true);
    }

    private Dictionary<string, byte[]>? TryRead(string zipPath)
    {
        try
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            using var zip = ZipFile.OpenRead(zipPath);
            foreach (var entry in zip.Entries)
            {
                // The size is the archive's word: a shared store could hold anything, so no huge allocation on trust.
                if (entry.Length > MaxReadBytes) throw new InvalidDataException($"{entry.FullName} is {entry.Length} bytes");
                using var content = entry.Open();
                var bytes = new byte[entry.Length];
                content.ReadExactly(bytes);
                files[entry.FullName] = bytes;
            }
            return files;
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            _log.Warning("Cache entry {Path} is damaged and is ignored", zipPath);
            File.Delete(zipPath);
            return null;
        }
    }

    private List<string>? TryExtract(string zipPath, string outputDirectory)
    {
        try
        {
            var files = new List<string>();
            using var zip = ZipFile.OpenRead(zipPath);
            var root = Path.GetFullPath(outputDirectory) + Path.DirectorySeparatorChar;
            foreach (var entry in zip.Entries)
            {
                var target = Path.GetFullPath(Path.Combine(root, entry.FullName));
                if (!target.StartsWith(root, StringComparison.Ordinal)) return null;
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                entry.ExtractToFile(target, overwrite: true);
                files.Add(entry.FullName);
            }
            return files;
        }
        catch (InvalidDataException)
        {
            _log.Warning("Cache entry {Path} is damaged and is ignored", zipPath);
            File.Delete(zipPath);
            return null;
        }
    }
}
