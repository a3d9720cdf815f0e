using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>
/// The store's <c>changed.json</c>: the <b>base</b> version, whose folder holds every one of its files, and every path
/// that any version published since added, modified or deleted relative to the base. A player on any version since
/// the base who lacks a file's current bytes needs a path on this list, so a version's folder holds exactly its files
/// on this list; every other file is byte-for-byte the base's, which every player already has. Publishing 1 % of
/// changed files therefore writes about 1 % of the objects, not a copy of the whole game.
/// The list only grows (merging is a union) until a rebase publish (<see cref="PatchPublishSettings.Rebase"/>) starts a new complete base.
/// </summary>
/// <param name="Base">The base version.</param>
/// <param name="Paths">Paths changed since the base, in ordinal order.</param>
public sealed record PatchChanges(string Base, IReadOnlyList<string> Paths)
{
    /// <summary>Reads <c>changed.json</c>; null when the store has no base yet (nothing published, or published before bases existed).</summary>
    public static async Task<PatchChanges?> ReadAsync(IObjectStore store, CancellationToken cancellationToken = default) =>
        (await StoreDocument.ReadAsync<PatchChanges>(store, GameStaticLayout.Changes, cancellationToken)).Value;

    /// <summary>The paths <paramref name="manifest"/> adds, modifies or deletes relative to <paramref name="baseManifest"/>.</summary>
    public static IEnumerable<string> Between(PatchManifest baseManifest, PatchManifest manifest)
    {
        var diff = PatchDiff.Between(baseManifest, manifest);
        return diff.Added.Concat(diff.Modified).Concat(diff.Deleted);
    }

    /// <summary>
    /// Adds <paramref name="paths"/> to the store's list for <paramref name="baseVersion"/> and returns the whole list.
    /// Fails with a conflict when another publish started a new base meanwhile.
    /// </summary>
    internal static async Task<IReadOnlySet<string>> AddAsync(IObjectStore store, string baseVersion, IEnumerable<string> paths, string cacheControl, CancellationToken cancellationToken)
    {
        var added = paths.ToList();
        var stored = await StoreDocument.UpdateAsync<PatchChanges>(store, GameStaticLayout.Changes, current =>
        {
            if (current is null || current.Base != baseVersion)
                throw new ObjectConflictException(GameStaticLayout.Changes, $"Another publish started a new base ({current?.Base ?? "none"}) on {store.Location} while this one was planned against base {baseVersion}; re-run it.");
            var union = new SortedSet<string>(current.Paths, StringComparer.Ordinal);
            var before = union.Count;
            union.UnionWith(added);
            return union.Count == before ? null : current with { Paths = [.. union] };
        }, cacheControl, cancellationToken);
        return stored!.Paths.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Starts a new base: <paramref name="baseVersion"/>'s folder is complete and nothing has changed since.</summary>
    internal static async Task StartAsync(IObjectStore store, string baseVersion, string cacheControl, CancellationToken cancellationToken) =>
        await StoreDocument.UpdateAsync<PatchChanges>(store, GameStaticLayout.Changes, _ => new PatchChanges(baseVersion, []), cacheControl, cancellationToken);
}
