using System.Collections.Concurrent;
using System.Runtime.CompilerServices;

namespace Walle.Pipelines.Storage;

/// <summary>
/// The embedded default store: a folder. Writes go to a temporary file first and are renamed into place,
/// so a reader never sees half an object; conditional writes take an exclusive lock file, so they are safe
/// between processes on the same machine. ETags are the MD5 of the content (like single-part S3 uploads).
/// Cache-Control and content type are accepted and ignored: a folder has no HTTP headers.
/// </summary>
public sealed class LocalObjectStore : IObjectStore
{
    private const string Reserved = ".walle-store";
    private readonly string _root;
    private readonly string _temp;
    private readonly ConcurrentDictionary<(string Path, long Size, DateTime Modified), string> _etags = new();

    /// <summary>Opens (and creates when missing) the folder store at <paramref name="root"/>.</summary>
    public LocalObjectStore(string root)
    {
        _root = Path.GetFullPath(root);
        _temp = Path.Combine(_root, Reserved, "tmp");
        Directory.CreateDirectory(_temp);
    }

    /// <inheritdoc />
    public string Location => new Uri(_root + Path.DirectorySeparatorChar).AbsoluteUri;

    /// <inheritdoc />
    public Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var info = Info(key);
        if (info is null) return Task.FromResult<StoredObject?>(null);
        Stream content = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, 1, FileOptions.SequentialScan);
        return Task.FromResult<StoredObject?>(new StoredObject(info, content));
    }

    /// <inheritdoc />
    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => Task.FromResult(Info(key));

    /// <inheritdoc />
    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        var temp = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            string md5;
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1))
            {
                await content.CopyToAsync(file, 128 * 1024, cancellationToken);
                file.Position = 0;
                md5 = Md5.OfStream(file);
            }
            if (options?.ContentMd5 is { } expected && !string.Equals(expected, md5, StringComparison.OrdinalIgnoreCase))
                throw new ObjectStoreException($"Upload of '{key}' to {Location} was corrupted: MD5 {md5} differs from the expected {expected}.", problem: ObjectStoreProblem.Corrupted);
            await CommitAsync(key, temp, path, options, cancellationToken);
            return md5;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc />
    public async Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var source = PathOf(sourceKey);
        var destination = PathOf(destinationKey);
        if (!File.Exists(source)) throw new FileNotFoundException($"Cannot copy '{sourceKey}' in {Location}: it does not exist.");
        var temp = Path.Combine(_temp, Guid.NewGuid().ToString("N"));
        try
        {
            File.Copy(source, temp);
            if (options?.ContentMd5 is { } expected && !Md5.OfFile(temp).Equals(expected, StringComparison.OrdinalIgnoreCase))
                throw new FileNotFoundException($"Cannot copy '{sourceKey}' in {Location}: it no longer holds the bytes with MD5 {expected}.");
            await CommitAsync(destinationKey, temp, destination, options, cancellationToken);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectKey.ValidatePrefix(prefix);
        var folder = prefix.Contains('/') ? prefix[..(prefix.LastIndexOf('/') + 1)] : "";
        var start = Path.Combine(_root, folder);
        if (!Directory.Exists(start)) yield break;
        foreach (var key in Keys(start, prefix))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Info(key) is { } info) yield return info;
        }
        await Task.CompletedTask;
    }

    private List<string> Keys(string start, string prefix)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var keys = Directory.EnumerateFiles(start, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
                    .Select(p => Path.GetRelativePath(_root, p).Replace(Path.DirectorySeparatorChar, '/'))
                    .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k.StartsWith(Reserved + "/", StringComparison.Ordinal))
                    .ToList();
                keys.Sort(StringComparer.Ordinal);
                return keys;
            }
            catch (DirectoryNotFoundException) when (attempt < 5)
            {
                // A folder was deleted by another writer during the walk: walk again.
                if (!Directory.Exists(start)) return [];
            }
        }
    }

    /// <inheritdoc />
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path)) return Task.CompletedTask;
        File.Delete(path);
        for (var folder = Path.GetDirectoryName(path); folder is not null && folder.Length > _root.Length; folder = Path.GetDirectoryName(folder))
        {
            try
            {
                if (Directory.EnumerateFileSystemEntries(folder).Any()) break;
                Directory.Delete(folder);
            }
            catch (DirectoryNotFoundException)
            {
                // A concurrent delete of the folder's last other key removed it first; its parent may be empty now too.
            }
            catch (IOException)
            {
                break;
            }
        }
        return Task.CompletedTask;
    }

    private async Task CommitAsync(string key, string temp, string path, PutOptions? options, CancellationToken cancellationToken)
    {
        var conditional = options?.IfMatch is not null || options?.IfNoneMatch is not null;
        await using var gate = conditional ? await LockAsync(cancellationToken) : null;
        if (conditional)
        {
            var current = Info(key);
            if (options!.IfNoneMatch is not null && current is not null)
                throw new ObjectConflictException(key, $"'{key}' already exists in {Location}; another writer created it first.");
            if (options.IfMatch is { } etag && (current is null || current.ETag != Md5.TrimETag(etag)))
                throw new ObjectConflictException(key, $"'{key}' in {Location} changed since it was read (expected ETag {Md5.TrimETag(etag)}, found {current?.ETag ?? "no object"}); another writer got there first.");
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Move(temp, path, overwrite: true);
    }

    private async Task<FileStream> LockAsync(CancellationToken cancellationToken)
    {
        var path = Path.Combine(_root, Reserved, "lock");
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            }
            catch (IOException) when (attempt < 2000)
            {
                await Task.Delay(5, cancellationToken);
            }
        }
    }

    private ObjectInfo? Info(string key)
    {
        var file = new FileInfo(PathOf(key));
        if (!file.Exists) return null;
        // Like git's "racy" rule: a file written within the last seconds may be rewritten with the same size and time stamp, so it is not cached.
        var etag = DateTime.UtcNow - file.LastWriteTimeUtc < TimeSpan.FromSeconds(2)
            ? Md5.OfFile(file.FullName)
            : _etags.GetOrAdd((file.FullName, file.Length, file.LastWriteTimeUtc), k => Md5.OfFile(k.Path));
        return new ObjectInfo(key, file.Length, etag, file.LastWriteTimeUtc);
    }

    private string PathOf(string key)
    {
        ObjectKey.Validate(key);
        if (key == Reserved || key.StartsWith(Reserved + "/", StringComparison.Ordinal))
            throw new ArgumentException($"Invalid object key '{key}': '{Reserved}/' is reserved by the folder store.");
        return Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));
    }
}
