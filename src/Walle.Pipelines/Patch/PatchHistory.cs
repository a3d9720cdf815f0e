using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>One published (or rolled back) version.</summary>
/// <param name="Version">The version players see.</param>
/// <param name="ContentVersion">The folder its files are in (differs from <paramref name="Version"/> after a rollback or when it shares the live folder).</param>
/// <param name="PublishedAt">When it went live.</param>
public sealed record PatchRelease(string Version, string ContentVersion, DateTimeOffset PublishedAt)
{
    /// <summary>The base version whose complete folder serves the files this version did not change (see <see cref="PatchChanges"/>); null for stores published before bases existed, whose folders are all complete.</summary>
    public string? Base { get; init; }
}

/// <summary>The store's <c>history.json</c>: releases, oldest first. Updated with conditional writes and retried on conflict.</summary>
internal static class PatchHistory
{
    public static async Task<List<PatchRelease>> ReadAsync(IObjectStore store, CancellationToken cancellationToken) =>
        (await StoreDocument.ReadAsync<List<PatchRelease>>(store, GameStaticLayout.History, cancellationToken)).Value ?? [];

    /// <summary>Applies <paramref name="change"/> to the current history and writes it when it returns true.</summary>
    public static async Task<List<PatchRelease>> UpdateAsync(IObjectStore store, Func<List<PatchRelease>, bool> change, string cacheControl, CancellationToken cancellationToken) =>
        await StoreDocument.UpdateAsync<List<PatchRelease>>(store, GameStaticLayout.History, releases =>
        {
            releases ??= [];
            return change(releases) ? releases : null;
        }, cacheControl, cancellationToken) ?? [];

    /// <summary>Records <paramref name="release"/>, replacing an earlier record of the same version.</summary>
    public static Task<List<PatchRelease>> AddAsync(IObjectStore store, PatchRelease release, string cacheControl, CancellationToken cancellationToken) =>
        UpdateAsync(store, releases =>
        {
            releases.RemoveAll(r => r.Version == release.Version);
            releases.Add(release);
            return true;
        }, cacheControl, cancellationToken);
}
