using Serilog;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

public static partial class GameStatic
{
    /// <summary>
    /// Puts the content of an earlier version live again, in one step. The content's folder is checked complete
    /// first; the live manifests then point at it under a version number greater than the live one, so every
    /// player (including those who took the bad version) moves back to that content.
    /// </summary>
    /// <returns>The manifest now live.</returns>
    public static async Task<PatchManifest> RollbackAsync(IObjectStore store, PatchRollbackSettings settings, CancellationToken cancellationToken = default)
    {
        var to = CocosVersion.Validate(settings.To, "PatchRollbackTo");
        var versionETag = (await store.HeadAsync(GameStaticLayout.VersionManifest, cancellationToken))?.ETag;
        var live = await ReadLiveAsync(store, cancellationToken)
            ?? throw new InvalidOperationException($"Nothing is live on {store.Location}; there is nothing to roll back.");
        var target = await ReadVersionAsync(store, to, cancellationToken);
        if (target is null)
        {
            var known = (await HistoryAsync(store, cancellationToken)).Select(r => r.Version);
            throw new InvalidOperationException($"Version {to} is not in {store.Location}. Versions kept: {string.Join(", ", known)}.");
        }
        var problems = await CheckRootAsync(store, target, GameStaticLayout.ContentVersionOf(target) ?? to, cancellationToken);
        if (problems.Count > 0)
            throw new InvalidOperationException($"Cannot roll back to {to}: its folder is incomplete ({problems.Count} problems, first: {problems[0]}).");

        var version = CocosVersion.Validate(settings.Version ?? CocosVersion.NextRollback(live.Manifest.Version), "rollback version");
        if (!CocosVersion.IsNewer(version, live.Manifest.Version))
            throw new InvalidOperationException($"Rollback version {version} is not greater than the live version {live.Manifest.Version}; players who took {live.Manifest.Version} would keep it. Pick a greater version.");
        var manifest = target with
        {
            Version = version,
            RemoteManifestUrl = live.Manifest.RemoteManifestUrl,
            RemoteVersionUrl = live.Manifest.RemoteVersionUrl,
        };
        await ClaimAsync(store, manifest, force: false, PatchCacheControl.Immutable, cancellationToken);
        var contentVersion = GameStaticLayout.ContentVersionOf(target) ?? to;
        await PatchHistory.UpdateAsync(store, releases =>
        {
            releases.RemoveAll(r => r.Version == version);
            releases.Add(new PatchRelease(version, contentVersion, DateTimeOffset.UtcNow));
            return true;
        }, settings.MutableCacheControl, cancellationToken);
        await SwitchLiveAsync(store, manifest, versionETag, live.ETag, settings.MutableCacheControl, cancellationToken);
        Log.Information("Rolled back {Live} to the content of {To}, live as {Version}", live.Manifest.Version, to, version);
        return manifest;
    }
}
