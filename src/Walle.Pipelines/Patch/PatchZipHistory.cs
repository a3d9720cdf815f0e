using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>Reads the per-file manifests of published versions, which <see cref="PatchZips"/> needs to see what changed when.</summary>
public static class PatchZipHistory
{
    /// <summary>Where a version's per-file manifest is stored: <c>versions/&lt;v&gt;/files.manifest</c>.</summary>
    public static string Key(string version) => GameStaticLayout.Root(version) + PatchZips.FilesManifest;

    /// <summary>
    /// The per-file manifest of each release, oldest first: its <c>files.manifest</c>, or its <c>project.manifest</c> when that
    /// lists no zips (versions published without zips), looked up in the release's folder and then its content folder (a rollback).
    /// Releases with neither (deleted by retention) are left out with a warning: the zips only get coarser.
    /// </summary>
    public static async Task<IReadOnlyList<PatchManifest>> LoadAsync(IObjectStore store, IEnumerable<PatchRelease> releases, BuildContext context, CancellationToken cancellationToken = default)
    {
        List<PatchManifest> manifests = [];
        foreach (var release in releases)
        {
            var manifest = await FindAsync(store, release, cancellationToken);
            if (manifest is null)
                context.Logger.Warning("No per-file manifest for version {Version} in {Store}; patch zips skip it", release.Version, store.Location);
            else
                manifests.Add(manifest with { Version = release.Version });
        }
        return manifests;
    }

    /// <summary>The live version listing every file (its <c>files.manifest</c> when it was published with zips); null when nothing is live.</summary>
    public static async Task<PatchManifest?> LiveFilesAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        if (await GameStatic.ReadLiveAsync(store, cancellationToken) is not { Manifest: var live }) return null;
        var release = new PatchRelease(live.Version, GameStaticLayout.ContentVersionOf(live) ?? live.Version, DateTimeOffset.MinValue);
        return live.Assets.Values.Any(a => a.Compressed) ? await FindAsync(store, release, cancellationToken) ?? live : live;
    }

    private static async Task<PatchManifest?> FindAsync(IObjectStore store, PatchRelease release, CancellationToken cancellationToken)
    {
        string[] folders = release.ContentVersion == release.Version ? [release.Version] : [release.Version, release.ContentVersion];
        foreach (var folder in folders)
            foreach (var name in new[] { PatchZips.FilesManifest, PatchManifests.ProjectManifest })
            {
                if (await GameStatic.ReadManifestAsync(store, GameStaticLayout.Root(folder) + name, cancellationToken) is { Manifest: var manifest }
                    && !manifest.Assets.Values.Any(a => a.Compressed))
                    return manifest;
            }
        return null;
    }
}
