using System.Text.Json;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>A small mutable JSON document in the store, changed only with conditional writes (If-Match / If-None-Match).</summary>
internal static class StoreDocument
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The document and its ETag; (null, null) when it does not exist.</summary>
    public static async Task<(T? Value, string? ETag)> ReadAsync<T>(IObjectStore store, string key, CancellationToken cancellationToken) where T : class
    {
        await using var stored = await store.GetAsync(key, cancellationToken);
        if (stored is null) return (null, null);
        try
        {
            return (await JsonSerializer.DeserializeAsync<T>(stored.Content, Json, cancellationToken), stored.Info.ETag);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{store.Location}{key} is not valid JSON ({e.Message}). Restore it from the store's versioning or backup; Walle never writes it partially.", e);
        }
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current document (null when missing) and writes the result unless it
    /// returns null; re-reads and re-applies when another writer won. Returns what is stored afterwards.
    /// </summary>
    public static async Task<T?> UpdateAsync<T>(IObjectStore store, string key, Func<T?, T?> change, string cacheControl, CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var (current, etag) = await ReadAsync<T>(store, key, cancellationToken);
            var updated = change(current);
            if (updated is null) return current;
            try
            {
                await WriteAsync(store, key, updated, etag, cacheControl, cancellationToken);
                return updated;
            }
            catch (ObjectConflictException) when (attempt < 10)
            {
                await Task.Delay(Random.Shared.Next(20, 100 * attempt), cancellationToken);
            }
        }
    }

    /// <summary>Writes the document if it still has <paramref name="etag"/> (or does not exist, when null).</summary>
    public static Task WriteAsync<T>(IObjectStore store, string key, T value, string? etag, string cacheControl, CancellationToken cancellationToken) =>
        WriteAsync(store, key, JsonSerializer.SerializeToUtf8Bytes(value, Json), etag, cacheControl, cancellationToken);

    /// <summary>Writes JSON bytes if the object still has <paramref name="etag"/> (or does not exist, when null).</summary>
    public static Task WriteAsync(IObjectStore store, string key, byte[] json, string? etag, string cacheControl, CancellationToken cancellationToken)
    {
        var options = new PutOptions { IfMatch = etag, IfNoneMatch = etag is null ? "*" : null, CacheControl = cacheControl, ContentType = "application/json", ContentMd5 = Md5.OfBytes(json) };
        return store.PutAsync(key, new MemoryStream(json), options, cancellationToken);
    }
}
