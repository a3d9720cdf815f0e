using System.Text.Json;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>One published (or rolled back) version.</summary>
/// <param name="Version">The version players see.</param>
/// <param name="ContentVersion">The folder its files are in (differs from <paramref name="Version"/> after a rollback).</param>
/// <param name="PublishedAt">When it went live.</param>
public sealed record PatchRelease(string Version, string ContentVersion, DateTimeOffset PublishedAt);

/// <summary>The store's <c>history.json</c>: releases, oldest first. Updated with conditional writes and retried on conflict.</summary>
internal static class PatchHistory
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static async Task<(List<PatchRelease> Releases, string? ETag)> ReadAsync(IObjectStore store, CancellationToken cancellationToken)
    {
        await using var stored = await store.GetAsync(GameStaticLayout.History, cancellationToken);
        if (stored is null) return ([], null);
        var releases = await JsonSerializer.DeserializeAsync<List<PatchRelease>>(stored.Content, Json, cancellationToken) ?? [];
        return (releases, stored.Info.ETag);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the current history and writes it when it returns true;
    /// re-reads and re-applies when another writer won.
    /// </summary>
    public static async Task<List<PatchRelease>> UpdateAsync(IObjectStore store, Func<List<PatchRelease>, bool> change, string cacheControl, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var (releases, etag) = await ReadAsync(store, cancellationToken);
            if (!change(releases)) return releases;
            var options = new PutOptions { IfMatch = etag, IfNoneMatch = etag is null ? "*" : null, CacheControl = cacheControl, ContentType = "application/json" };
            try
            {
                await store.PutAsync(GameStaticLayout.History, new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(releases, Json)), options, cancellationToken);
                return releases;
            }
            catch (ObjectConflictException) when (attempt < 10)
            {
                await Task.Delay(Random.Shared.Next(20, 100 * attempt), cancellationToken);
            }
        }
    }
}
