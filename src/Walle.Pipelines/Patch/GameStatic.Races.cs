using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>
/// What keeps racing publishes from leaving wrong bytes under a live manifest: the shared-folder check before the
/// switch, and completing the live folder with the paths a racing publish listed as changed (found by the
/// model-based test with racing publishers, <c>WALLE_MODEL_RACES=1</c>).
/// </summary>
public static partial class GameStatic
{
    /// <summary>
    /// Once live: a publish racing this one may have listed paths as changed after this one planned, so this folder
    /// may lack names the list now holds, or hold the loser's bytes under them. Each such path this version lists (with
    /// the base's bytes, or it would be held) is uploaded from the content folder, conditionally, so players on any
    /// version since the base find this version's bytes.
    /// </summary>
    private static async Task CompleteOwnFolderAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest, PublishPlan plan, BuildContext context, CancellationToken cancellationToken)
    {
        if (await PatchChanges.ReadAsync(store, cancellationToken) is not { } changes || changes.Base != plan.Base) return;
        var held = plan.Held.ToHashSet(StringComparer.Ordinal);
        var late = changes.Paths.Where(p => manifest.Assets.ContainsKey(p) && !held.Contains(p)).ToList();
        if (late.Count == 0) return;
        var there = await ListRootAsync(store, plan.Folder, cancellationToken);
        var root = GameStaticLayout.Root(plan.Folder);
        var source = Path.GetFullPath(settings.SourceDirectory);
        // A name the loser wrote (it never went live) is replaced only if unchanged since listed; a free one only created.
        var wrong = late.Where(p => !Holds(there.GetValueOrDefault(p), manifest.Assets[p])).ToList();
        foreach (var path in wrong)
        {
            var asset = manifest.Assets[path];
            var condition = there.TryGetValue(path, out var stray) ? new PutOptions { IfMatch = stray.ETag } : new PutOptions { IfNoneMatch = "*" };
            try
            {
                await using var file = File.OpenRead(Path.Combine(source, path));
                await store.PutAsync(root + path, file, condition with { CacheControl = settings.ImmutableCacheControl, ContentType = ContentType(path), ContentMd5 = asset.Md5 }, cancellationToken);
            }
            catch (Exception e) when (e is ObjectConflictException or FileNotFoundException)
            {
                if (!Holds(await store.HeadAsync(root + path, cancellationToken), asset))
                    context.Logger.Warning("{Key} holds other bytes than {Version} lists; PatchVerify will report it", root + path, manifest.Version);
            }
        }
        if (wrong.Count > 0)
            context.Logger.Information("{Version}: completed its folder with {Count} file(s) a racing publish listed as changed", manifest.Version, wrong.Count);
    }

    /// <summary>
    /// After losing a race: this publish added its changed paths to <c>changed.json</c>, which the winner did not see
    /// when it planned, so the winner's folder may lack some of them. Each such path the live manifest lists with the
    /// base's bytes (otherwise the winner would hold it) is copied from the base folder into the live folder, only
    /// when that name is free there, so players on any version since the base, and PatchVerify, find it.
    /// </summary>
    private static async Task CompleteWinnerAsync(IObjectStore store, string baseVersion, PatchManifest baseManifest, PatchManifest lost, BuildContext context, CancellationToken cancellationToken)
    {
        if (await ReadLiveAsync(store, cancellationToken) is not { Manifest: var live } || GameStaticLayout.ContentVersionOf(live) is not { } folder || folder == baseVersion) return;
        var ours = PatchChanges.Between(baseManifest, lost).ToHashSet(StringComparer.Ordinal);
        var held = await ListRootAsync(store, folder, cancellationToken);
        var missing = live.Assets.Where(a => ours.Contains(a.Key) && !held.ContainsKey(a.Key)
            && baseManifest.Assets.TryGetValue(a.Key, out var inBase) && ContentKey(inBase) == ContentKey(a.Value)).ToList();
        foreach (var (path, asset) in missing)
        {
            try
            {
                await store.CopyAsync(GameStaticLayout.Root(baseVersion) + path, GameStaticLayout.Root(folder) + path,
                    new PutOptions { CacheControl = PatchCacheControl.Immutable, ContentType = ContentType(path), ContentMd5 = asset.Md5 }, cancellationToken);
            }
            catch (FileNotFoundException)
            {
                context.Logger.Warning("{Path} could not be completed in {Folder} after the lost race; the next publish will", path, GameStaticLayout.Root(folder));
            }
        }
        if (missing.Count > 0)
            context.Logger.Information("Completed {Count} file(s) this publish had listed as changed in the live folder {Folder}", missing.Count, GameStaticLayout.Root(folder));
    }

    /// <summary>Just before the switch, the shared folder must still hold this version's bytes under every held name (a racing copy may have written others).</summary>
    private static async Task CheckSharedFolderAsync(IObjectStore store, PatchManifest manifest, PublishPlan plan, CancellationToken cancellationToken)
    {
        var held = await ListRootAsync(store, plan.Folder, cancellationToken);
        var wrong = plan.Held.FirstOrDefault(path => !Holds(held.GetValueOrDefault(path), manifest.Assets[path]));
        if (wrong is not null)
            throw new ObjectConflictException(GameStaticLayout.Root(plan.Folder) + wrong,
                $"Another publish wrote other bytes under {GameStaticLayout.Root(plan.Folder)}{wrong} while {manifest.Version} was being published into that shared folder, " +
                $"so {manifest.Version} did not go live. Re-run: it will use a folder of its own.");
    }
}
