using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>
/// Hot-update publishing to GameStatic (an S3 bucket or folder behind a CDN), laid out as <see cref="GameStaticLayout"/>.
/// Bytes travel only for new content, and a version's folder only holds the files changed since the base version
/// (<see cref="PatchChanges"/>): publishing 1 % of changed files writes about 1 % of the objects. The live entry
/// points are switched last, with conditional writes, so players never see a manifest that names a missing file
/// and two racing publishes cannot both win.
/// </summary>
public static partial class GameStatic
{
    /// <summary>Reads the live manifest and its ETag; null when nothing is published.</summary>
    public static Task<(PatchManifest Manifest, string ETag)?> ReadLiveAsync(IObjectStore store, CancellationToken cancellationToken = default) =>
        ReadManifestAsync(store, GameStaticLayout.ProjectManifest, cancellationToken);

    /// <summary>Reads the manifest stored in a version's folder; null when that version was never published.</summary>
    public static async Task<PatchManifest?> ReadVersionAsync(IObjectStore store, string version, CancellationToken cancellationToken = default) =>
        (await ReadManifestAsync(store, GameStaticLayout.Root(CocosVersion.Validate(version, "version")) + GameStaticLayout.ProjectManifest, cancellationToken))?.Manifest;

    /// <summary>Reads a manifest object and its ETag; null when it does not exist.</summary>
    internal static async Task<(PatchManifest Manifest, string ETag)?> ReadManifestAsync(IObjectStore store, string key, CancellationToken cancellationToken)
    {
        await using var stored = await store.GetAsync(key, cancellationToken);
        if (stored is null) return null;
        using var buffer = new MemoryStream();
        await stored.Content.CopyToAsync(buffer, cancellationToken);
        return (PatchManifest.Parse(buffer.ToArray(), store.Location + key), stored.Info.ETag);
    }

    /// <summary>The published versions, oldest first.</summary>
    public static async Task<IReadOnlyList<PatchRelease>> HistoryAsync(IObjectStore store, CancellationToken cancellationToken = default) =>
        await PatchHistory.ReadAsync(store, cancellationToken);

    /// <summary>
    /// Claims a version folder by writing its manifest with If-None-Match. Re-running with the same content resumes;
    /// different content is a conflict unless <paramref name="force"/>.
    /// </summary>
    /// <returns>True when the folder was new (nothing of it can be there yet).</returns>
    private static async Task<bool> ClaimAsync(IObjectStore store, PatchManifest manifest, bool force, string cacheControl, BuildContext context, CancellationToken cancellationToken)
    {
        var key = GameStaticLayout.Root(manifest.Version) + GameStaticLayout.ProjectManifest;
        var json = manifest.ToProjectJson();
        var options = new PutOptions { IfNoneMatch = "*", CacheControl = cacheControl, ContentType = "application/json", ContentMd5 = Md5.OfBytes(json) };
        try
        {
            await store.PutAsync(key, new MemoryStream(json), options, cancellationToken);
            return true;
        }
        catch (ObjectConflictException)
        {
            var existing = await ReadVersionAsync(store, manifest.Version, cancellationToken);
            if (existing is not null && existing.ToProjectJson().AsSpan().SequenceEqual(json))
            {
                context.Logger.Information("Resuming the publish of {Version}: its folder is already claimed with the same content", manifest.Version);
                return false;
            }
            if (!force)
                throw new ObjectConflictException(key, $"Version {manifest.Version} was already published to {store.Location} with different content. " +
                    "Publish a greater version (players only update to a greater version), or force the publish (PatchPublishSettings.Force) to replace that folder.");
            context.Logger.Warning("Replacing the content of version {Version} (a forced publish)", manifest.Version);
            await store.PutAsync(key, new MemoryStream(json), options with { IfNoneMatch = null }, cancellationToken);
            return false;
        }
    }

    /// <summary>Writes <c>version.manifest</c> then <c>project.manifest</c> at the root, each only if unchanged since read.</summary>
    private static async Task SwitchLiveAsync(IObjectStore store, PatchManifest manifest, string? versionETag, string? projectETag, string cacheControl, BuildContext context, CancellationToken cancellationToken)
    {
        try
        {
            await StoreDocument.WriteAsync(store, GameStaticLayout.VersionManifest, manifest.ToVersionJson(), versionETag, cacheControl, cancellationToken);
            await StoreDocument.WriteAsync(store, GameStaticLayout.ProjectManifest, manifest.ToProjectJson(), projectETag, cacheControl, cancellationToken);
        }
        catch (ObjectConflictException e)
        {
            // The winner may have written version.manifest but not yet project.manifest: the greater of the two is live.
            var live = (await ReadLiveAsync(store, cancellationToken))?.Manifest.Version;
            var entry = (await ReadManifestAsync(store, GameStaticLayout.VersionManifest, cancellationToken))?.Manifest.Version;
            var now = live is null ? entry : entry is null || !CocosVersion.IsNewer(entry, live) ? live : entry;
            var advice = now is null || CocosVersion.IsNewer(manifest.Version, now)
                ? "re-run to publish it over the new live version"
                : $"players on {now} would not update to it: publish this content as a version greater than {now}";
            throw new ObjectConflictException(e.Key, $"Another publish or rollback changed the live version on {store.Location} (live is now {now ?? "nothing"}) " +
                $"while {manifest.Version} was being published, so {manifest.Version} did not go live and is not in the history. Its files stay under {GameStaticLayout.Root(manifest.Version)}; {advice}.");
        }
        context.Logger.Information("Version {Version} is live on {Store}", manifest.Version, store.Location);
    }

    private static async Task<Dictionary<string, ObjectInfo>> ListRootAsync(IObjectStore store, string version, CancellationToken cancellationToken)
    {
        var root = GameStaticLayout.Root(version);
        var objects = new Dictionary<string, ObjectInfo>(StringComparer.Ordinal);
        await foreach (var info in store.ListAsync(root, cancellationToken)) objects[info.Key[root.Length..]] = info;
        return objects;
    }

    private static bool Holds(ObjectInfo? stored, PatchAsset asset) =>
        stored is not null && stored.Size == asset.Size && (stored.ETag.Equals(asset.Md5, StringComparison.OrdinalIgnoreCase) || stored.ETag.Contains('-'));

    private static string ContentType(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".webp" => "image/webp",
        ".json" or ".manifest" => "application/json",
        ".js" => "application/javascript",
        ".lua" or ".txt" or ".csv" => "text/plain",
        ".plist" or ".xml" => "application/xml",
        ".mp3" => "audio/mpeg",
        ".ogg" => "audio/ogg",
        ".zip" => "application/zip",
        _ => "application/octet-stream",
    };
}
