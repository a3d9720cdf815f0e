using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

public static partial class GameStatic
{
    /// <summary>
    /// Keeps the newest <paramref name="keep"/> releases and deletes the folders of older ones, except folders the
    /// live manifest or a kept release still points at, and base folders still in use. The history is updated before anything is deleted, so a
    /// rollback can never pick a half-deleted folder.
    /// </summary>
    /// <returns>The versions whose folders were deleted.</returns>
    public static async Task<IReadOnlyList<string>> ApplyRetentionAsync(IObjectStore store, int keep, BuildContext context, string cacheControl = PatchCacheControl.Mutable, CancellationToken cancellationToken = default)
    {
        if (keep < 1) throw new ArgumentOutOfRangeException(nameof(keep), keep, "PatchKeep must be at least 1 (the live version is always kept).");
        var live = await ReadLiveAsync(store, cancellationToken);
        var liveRoot = live is null ? null : GameStaticLayout.ContentVersionOf(live.Value.Manifest);
        List<PatchRelease> dropped = [];
        var kept = await PatchHistory.UpdateAsync(store, releases =>
        {
            dropped.Clear();
            var ordered = releases.OrderBy(r => r.PublishedAt).ToList();
            dropped.AddRange(ordered.Take(Math.Max(0, ordered.Count - keep)).Where(r => r.Version != live?.Manifest.Version));
            releases.RemoveAll(r => dropped.Contains(r));
            return dropped.Count > 0;
        }, cacheControl, cancellationToken);
        var changes = await PatchChanges.ReadAsync(store, cancellationToken);
        var needed = kept.Select(r => r.ContentVersion).Concat(kept.Select(r => r.Base)).Append(liveRoot).Append(changes?.Base)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        List<string> removed = [];
        foreach (var release in dropped)
        {
            if (needed.Contains(release.Version)) continue;
            var keys = new List<string>();
            await foreach (var info in store.ListAsync(GameStaticLayout.Root(release.Version), cancellationToken)) keys.Add(info.Key);
            // The folder's manifest goes last: while it exists, the folder is known to be (partly) there.
            var manifestKey = GameStaticLayout.Root(release.Version) + GameStaticLayout.ProjectManifest;
            await Parallel.ForEachAsync(keys.Where(k => k != manifestKey), new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
                async (key, token) => await store.DeleteAsync(key, token));
            await store.DeleteAsync(manifestKey, cancellationToken);
            removed.Add(release.Version);
            context.Logger.Information("Retention: deleted version {Version} ({Count} objects)", release.Version, keys.Count);
        }
        return removed;
    }
}
