using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

public static partial class GameStatic
{
    /// <summary>
    /// Puts the content of an earlier version live again, in one step, under a version number greater than the live
    /// one, so every player (including those who took the bad version) moves back to that content. Files changed
    /// since that version was published, which its folder did not need then, are first copied server-side from its
    /// base, and the folder is checked complete.
    /// </summary>
    /// <returns>The manifest now live.</returns>
    public static async Task<PatchManifest> RollbackAsync(IObjectStore store, PatchRollbackSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var to = CocosVersion.Validate(settings.To, "PatchRollbackSettings.To");
        var versionETag = (await store.HeadAsync(GameStaticLayout.VersionManifest, cancellationToken))?.ETag;
        var live = await ReadLiveAsync(store, cancellationToken)
            ?? throw new InvalidOperationException($"Nothing is live on {store.Location}; there is nothing to roll back.");
        var target = await ReadVersionAsync(store, to, cancellationToken);
        var history = await PatchHistory.ReadAsync(store, cancellationToken);
        if (target is null)
            throw new InvalidOperationException($"Version {to} is not in {store.Location}. Versions kept: {string.Join(", ", history.Select(r => r.Version))}.");
        var version = CocosVersion.RequireNumeric(settings.Version ?? CocosVersion.NextRollback(live.Manifest.Version), "rollback version");
        if (!CocosVersion.IsNewer(version, live.Manifest.Version))
            throw new InvalidOperationException($"Rollback version {version} is not greater than the live version {live.Manifest.Version}; players who took {live.Manifest.Version} would keep it. Pick a greater version.");

        var targetFolder = GameStaticLayout.ContentVersionOf(target) ?? to;
        var folder = targetFolder;
        var changes = await PatchChanges.ReadAsync(store, cancellationToken);
        List<(string From, string To)> copies = [];
        PatchManifest? baseManifest = null;
        IReadOnlySet<string> changed = new HashSet<string>();
        if (changes is not null)
        {
            baseManifest = await ReadVersionAsync(store, changes.Base, cancellationToken)
                ?? throw new InvalidOperationException($"The base version {changes.Base} has no folder on {store.Location}; cannot tell which files players need.");
            changed = await PatchChanges.AddAsync(store, changes.Base, PatchChanges.Between(baseManifest, target), settings.MutableCacheControl, cancellationToken);
            // A file the folder lacks was, when its version was published, the same as that version's base: the
            // target's own base first, then the base of the folder's latest user, then the current one.
            List<(string Version, PatchManifest Manifest)> bases = [];
            foreach (var candidate in new[]
                     {
                         history.LastOrDefault(r => r.Version == to)?.Base,
                         history.LastOrDefault(r => r.ContentVersion == folder && r.Base is not null)?.Base,
                         changes.Base,
                     }.OfType<string>().Distinct(StringComparer.Ordinal))
                if ((candidate == changes.Base ? baseManifest : await ReadVersionAsync(store, candidate, cancellationToken)) is { } manifestOfBase)
                    bases.Add((candidate, manifestOfBase));
            (folder, copies) = await PlanCompletionAsync(store, target, folder, version, changed, baseManifest, bases, cancellationToken);
        }
        var manifest = target with
        {
            Version = version,
            PackageUrl = folder == targetFolder ? target.PackageUrl : GameStaticLayout.Url(RootUrlOf(live.Manifest), GameStaticLayout.Root(folder)),
            RemoteManifestUrl = live.Manifest.RemoteManifestUrl,
            RemoteVersionUrl = live.Manifest.RemoteVersionUrl,
        };
        await ClaimAsync(store, manifest, force: false, PatchCacheControl.Immutable, context, cancellationToken);
        if (copies.Count > 0)
        {
            context.Logger.Information("Copying {Count} files players may need into {Folder}", copies.Count, GameStaticLayout.Root(folder));
            var options = new PutOptions { CacheControl = PatchCacheControl.Immutable };
            await Parallel.ForEachAsync(copies, new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancellationToken },
                async (copy, token) => await store.CopyAsync(copy.From, copy.To, options with { ContentType = ContentType(copy.To) }, token));
        }
        if (target.Assets.Values.Any(a => a.Compressed) && await store.HeadAsync(PatchZipHistory.Key(to), cancellationToken) is not null)
            // The per-file manifest goes with the content: the folder may be shared, and its own files.manifest is another version's.
            await store.CopyAsync(PatchZipHistory.Key(to), PatchZipHistory.Key(version), new PutOptions { CacheControl = PatchCacheControl.Immutable, ContentType = "application/json" }, cancellationToken);
        var problems = await FolderProblemsAsync(store, target, folder, changes?.Base, baseManifest, changed, cancellationToken);
        if (problems.Count > 0)
            throw new InvalidOperationException($"Cannot roll back to {to}: its folder is incomplete ({problems.Count} problems, first: {problems[0]}).");
        await SwitchLiveAsync(store, manifest, versionETag, live.ETag, settings.MutableCacheControl, context, cancellationToken);
        await PatchHistory.AddAsync(store, new PatchRelease(version, folder, context.Clock.GetUtcNow()) { Base = changes?.Base }, settings.MutableCacheControl, cancellationToken);
        context.Logger.Information("Rolled back {Live} to the content of {To}, live as {Version}", live.Manifest.Version, to, version);
        return manifest;
    }

    /// <summary>
    /// The copies that put every file of <paramref name="target"/> some player may download into its folder: those on
    /// the changed list now, or differing from the current base. Missing ones come from the first of
    /// <paramref name="bases"/> holding the same bytes (the folder did not hold them because they were its base's).
    /// When the folder holds other bytes under one of the names (a later version added that name to it), the content
    /// goes into <paramref name="rollbackVersion"/>'s own folder instead.
    /// </summary>
    /// <returns>The folder the rollback's manifest points at, and the copies to make first.</returns>
    private static async Task<(string Folder, List<(string From, string To)> Copies)> PlanCompletionAsync(IObjectStore store, PatchManifest target, string folder, string rollbackVersion,
        IReadOnlySet<string> changed, PatchManifest baseManifest, IReadOnlyList<(string Version, PatchManifest Manifest)> bases, CancellationToken cancellationToken)
    {
        var objects = await ListRootAsync(store, folder, cancellationToken);
        var inPlace = !target.Assets.Any(a => objects.TryGetValue(a.Key, out var stored) && !Holds(stored, a.Value));
        var into = inPlace ? folder : rollbackVersion;
        List<(string From, string To)> copies = [];
        foreach (var (path, asset) in target.Assets)
        {
            var inFolder = objects.TryGetValue(path, out var stored) && Holds(stored, asset);
            if (inPlace && inFolder) continue;
            if (!PlayersMayDownload(path, asset, changed, baseManifest)) continue;
            if (inFolder) copies.Add((GameStaticLayout.Root(folder) + path, GameStaticLayout.Root(into) + path));
            else if (bases.FirstOrDefault(b => b.Manifest.Assets.TryGetValue(path, out var old) && ContentKey(old) == ContentKey(asset)) is { Version: { } from })
                copies.Add((GameStaticLayout.Root(from) + path, GameStaticLayout.Root(into) + path));
            else
                throw new InvalidOperationException(
                    $"Cannot roll back to {target.Version}: {GameStaticLayout.Root(folder)}{path} is missing, and no base kept " +
                    $"({string.Join(", ", bases.Select(b => b.Version))}) has those bytes either. Publish that content again as a new version instead.");
        }
        return (into, copies);
    }

    /// <summary>The public store root a manifest's URLs are under (its <c>project.manifest</c> URL without the name).</summary>
    private static string RootUrlOf(PatchManifest manifest) =>
        manifest.RemoteManifestUrl[..^GameStaticLayout.ProjectManifest.Length];
}
