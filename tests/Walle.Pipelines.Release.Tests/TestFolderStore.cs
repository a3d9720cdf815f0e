using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Release.Tests;

/// <summary>
/// A test-only folder object store with real conditional writes (ETag = MD5 of the content), used until the
/// shipped folder store is on main. Conditions and writes are atomic within the process.
/// </summary>
internal sealed class TestFolderStore(string root) : IObjectStore
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public string Location => new Uri(root).AbsoluteUri;

    public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        return new StoredObject(Info(key, bytes), new MemoryStream(bytes));
    }

    public async Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return File.Exists(path) ? Info(key, await File.ReadAllBytesAsync(path, cancellationToken)) : null;
    }

    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await content.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        await Gate.WaitAsync(cancellationToken);
        try
        {
            var path = PathOf(key);
            var current = File.Exists(path) ? ETag(await File.ReadAllBytesAsync(path, cancellationToken)) : null;
            if (options?.IfNoneMatch == "*" && current != null) throw new ObjectConflictException(key, $"{key} exists");
            if (options?.IfMatch != null && current != options.IfMatch) throw new ObjectConflictException(key, $"{key} changed");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, cancellationToken);
            File.Move(temp, path, overwrite: true); // readers see the old or the new object, never half of one
            return ETag(bytes);
        }
        finally
        {
            Gate.Release();
        }
    }

    public async Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default) =>
        await PutAsync(destinationKey, new MemoryStream(await File.ReadAllBytesAsync(PathOf(sourceKey), cancellationToken)), options, cancellationToken);

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(root)) yield break;
        var keys = Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && !k.EndsWith(".tmp", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var key in keys) yield return Info(key, await File.ReadAllBytesAsync(PathOf(key), cancellationToken));
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key) => Path.Combine(root, key);

    private static ObjectInfo Info(string key, byte[] bytes) => new(key, bytes.Length, ETag(bytes), DateTimeOffset.UtcNow);

    private static string ETag(byte[] bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));
}
