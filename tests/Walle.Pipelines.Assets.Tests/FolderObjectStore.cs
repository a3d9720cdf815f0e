using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// Test-only <see cref="IObjectStore"/> over a local folder (the real local and S3 stores live on another branch):
/// ETag = MD5 of the content, conditional writes honoured, so the remote cache is exercised end to end.
/// </summary>
internal sealed class FolderObjectStore(string root) : IObjectStore
{
    private readonly Lock _gate = new();

    public int Gets { get; private set; }
    public int Puts { get; private set; }

    public string Location => new Uri(Path.GetFullPath(root)).AbsoluteUri;

    public Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        lock (_gate) Gets++;
        var path = PathOf(key);
        return Task.FromResult(File.Exists(path) ? new StoredObject(Info(key, path), new MemoryStream(File.ReadAllBytes(path))) : null);
    }

    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return Task.FromResult(File.Exists(path) ? Info(key, path) : null);
    }

    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var path = PathOf(key);
        lock (_gate)
        {
            Puts++;
            var exists = File.Exists(path);
            if (options?.IfNoneMatch == "*" && exists) throw new ObjectConflictException(key, $"'{key}' already exists.");
            if (options?.IfMatch is { } etag && (!exists || Info(key, path).ETag != etag)) throw new ObjectConflictException(key, $"'{key}' changed.");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, buffer.ToArray());
        }
        return Info(key, path).ETag;
    }

    public async Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        await using var source = File.OpenRead(PathOf(sourceKey));
        await PutAsync(destinationKey, source, options, cancellationToken);
    }

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (!Directory.Exists(root)) yield break;
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var key = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (key.StartsWith(prefix, StringComparison.Ordinal)) yield return Info(key, path);
        }
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(root, key);

    private static ObjectInfo Info(string key, string path) =>
        new(key, new FileInfo(path).Length, Convert.ToHexStringLower(MD5.HashData(File.ReadAllBytes(path))), File.GetLastWriteTimeUtc(path));
}
