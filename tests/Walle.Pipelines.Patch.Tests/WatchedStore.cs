using System.Collections.Concurrent;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// Watches a real store: records every write the server acknowledged, and calls <see cref="AfterPut"/> after each
/// one (with the key and how many writes were acknowledged so far), e.g. to crash the server at a chosen moment.
/// </summary>
internal sealed class WatchedStore(IObjectStore inner) : IObjectStore
{
    private int _puts;

    /// <summary>Keys whose upload the server acknowledged.</summary>
    public ConcurrentDictionary<string, bool> Acknowledged { get; } = new(StringComparer.Ordinal);

    public Action<string, int>? AfterPut { get; set; }

    public string Location => inner.Location;
    public Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);
    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => inner.HeadAsync(key, cancellationToken);
    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
    public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default) =>
        inner.CopyAsync(sourceKey, destinationKey, options, cancellationToken);

    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var etag = await inner.PutAsync(key, content, options, cancellationToken);
        Acknowledged[key] = true;
        AfterPut?.Invoke(key, Interlocked.Increment(ref _puts));
        return etag;
    }

    /// <summary>Acknowledged uploads of game files: under <c>versions/</c>, not the versions' manifests.</summary>
    public HashSet<string> ContentKeys() => Acknowledged.Keys
        .Where(key => key.StartsWith("versions/", StringComparison.Ordinal) && !key.EndsWith(".manifest", StringComparison.Ordinal))
        .ToHashSet(StringComparer.Ordinal);
}
