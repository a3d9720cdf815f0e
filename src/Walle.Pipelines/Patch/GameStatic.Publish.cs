using System.Collections.Concurrent;
using Serilog;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

public static partial class GameStatic
{
    /// <summary>
    /// Publishes <see cref="PatchPublishSettings.SourceDirectory"/> as a new version: hashes it, claims
    /// <c>versions/&lt;v&gt;/</c>, uploads new files and copies unchanged ones server-side (or, when the version only
    /// adds files, puts them into the live folder), then switches the live manifests and applies retention.
    /// Re-running after a failure resumes where it stopped.
    /// </summary>
    /// <exception cref="ObjectConflictException">Another publish won the race, or the version exists with other content.</exception>
    /// <exception cref="InvalidOperationException">The version is not greater than the live one and <see cref="PatchPublishSettings.Force"/> is off.</exception>
    public static async Task<PatchPublishResult> PublishAsync(IObjectStore store, PatchPublishSettings settings, CancellationToken cancellationToken = default)
    {
        var version = CocosVersion.Validate(settings.Version);
        var manifest = await PatchManifests.GenerateAsync(ManifestSettings(settings with { Version = version }), cancellationToken);

        var versionETag = (await store.HeadAsync(GameStaticLayout.VersionManifest, cancellationToken))?.ETag;
        var live = await ReadLiveAsync(store, cancellationToken);
        if (live is { } same && IsSameRelease(same.Manifest, manifest))
        {
            // Re-running a pipeline whose version is already live with exactly this content changes nothing.
            Log.Information("Version {Version} is already live on {Store} with this content: nothing to publish", version, store.Location);
            return new PatchPublishResult(same.Manifest, version, PatchDiff.Between(same.Manifest, manifest), 0, 0, 0, manifest.Assets.Count, [])
            {
                Folder = GameStaticLayout.ContentVersionOf(same.Manifest) ?? version,
            };
        }

        if (live is { } current && !CocosVersion.IsNewer(version, current.Manifest.Version))
        {
            if (!settings.Force)
                throw new InvalidOperationException($"Version {version} is not greater than the live version {current.Manifest.Version} on {store.Location}, so players would not update. " +
                    "Bump PatchVersion (--patch-version), or pass --patch-force to publish anyway.");
            Log.Warning("Publishing {Version} over the greater or equal live version {Live} (--patch-force)", version, current.Manifest.Version);
        }
        var diff = PatchDiff.Between(live?.Manifest, manifest);
        Log.Information("Publishing {Version} ({Files} files, {Bytes}) to {Store}; players on {Live} download {Added} added + {Modified} modified files ({Download}), {Deleted} deleted",
            version, manifest.Assets.Count, BuildProgress.FormatBytes(manifest.TotalBytes), store.Location, live?.Manifest.Version ?? "nothing",
            diff.Added.Count, diff.Modified.Count, BuildProgress.FormatBytes(diff.DownloadBytes), diff.Deleted.Count);

        var (folder, existing) = await ChooseFolderAsync(store, manifest, live?.Manifest, diff, settings.ShareLiveFolder, settings.CopyParallelism, cancellationToken);
        manifest = manifest with { PackageUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.Root(folder)) };
        await ClaimAsync(store, manifest, settings.Force, settings.ImmutableCacheControl, cancellationToken);
        var counts = await TransferAsync(store, settings, manifest, folder, existing, live?.Manifest, cancellationToken);
        var versionKey = GameStaticLayout.Root(version) + GameStaticLayout.VersionManifest;
        await store.PutAsync(versionKey, new MemoryStream(manifest.ToVersionJson()), new PutOptions { CacheControl = settings.ImmutableCacheControl, ContentType = "application/json" }, cancellationToken);

        await PatchHistory.UpdateAsync(store, releases =>
        {
            releases.RemoveAll(r => r.Version == version);
            releases.Add(new PatchRelease(version, folder, DateTimeOffset.UtcNow));
            return true;
        }, settings.MutableCacheControl, cancellationToken);
        await SwitchLiveAsync(store, manifest, versionETag, live?.ETag, settings.MutableCacheControl, cancellationToken);
        var removed = settings.Keep > 0 ? await ApplyRetentionAsync(store, settings.Keep, settings.MutableCacheControl, cancellationToken) : [];
        return new PatchPublishResult(manifest, live?.Manifest.Version, diff, counts.Uploaded, counts.UploadedBytes, counts.Copied, counts.AlreadyThere, removed) { Folder = folder };
    }

    /// <summary>The manifest settings a publish of <paramref name="settings"/> uses: URLs under the store's GameStatic layout.</summary>
    public static PatchManifestSettings ManifestSettings(PatchPublishSettings settings) => new(settings.SourceDirectory, settings.Version)
    {
        PackageUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.Root(settings.Version)),
        RemoteManifestUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.ProjectManifest),
        RemoteVersionUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.VersionManifest),
        EngineVersion = settings.EngineVersion,
        SearchPaths = settings.SearchPaths,
        FingerprintCache = settings.FingerprintCache,
    };

    private static bool IsSameRelease(PatchManifest live, PatchManifest local) =>
        live.Version == local.Version && PatchDiff.Between(live, local) is { Added.Count: 0, Modified.Count: 0, Deleted.Count: 0 };

    /// <summary>
    /// The folder the version's files go into: the live version's folder when the new version only adds and
    /// removes files and no added path is already there with other bytes (nothing any manifest points at changes,
    /// and no copies are needed), otherwise the version's own folder.
    /// </summary>
    private static async Task<(string Folder, Dictionary<string, ObjectInfo> Existing)> ChooseFolderAsync(
        IObjectStore store, PatchManifest manifest, PatchManifest? live, PatchDiff diff, bool share, int copyParallelism, CancellationToken cancellationToken)
    {
        var liveFolder = live is null ? null : GameStaticLayout.ContentVersionOf(live);
        if (share && liveFolder is not null && liveFolder != manifest.Version && diff.Modified.Count == 0)
        {
            // Unchanged files are in the live folder (PatchVerify checks it); only the added paths are looked up.
            var root = GameStaticLayout.Root(liveFolder);
            var existing = new Dictionary<string, ObjectInfo>(StringComparer.Ordinal);
            var addedPaths = diff.Added.ToHashSet(StringComparer.Ordinal);
            foreach (var (path, asset) in manifest.Assets)
                if (!addedPaths.Contains(path)) existing[path] = new ObjectInfo(root + path, asset.Size, asset.Md5, DateTimeOffset.MinValue);
            var added = new ConcurrentDictionary<string, ObjectInfo?>(StringComparer.Ordinal);
            await Parallel.ForEachAsync(diff.Added, new ParallelOptions { MaxDegreeOfParallelism = copyParallelism, CancellationToken = cancellationToken },
                async (path, token) => added[path] = await store.HeadAsync(root + path, token));
            if (added.All(a => a.Value is null || a.Value.ETag.Equals(manifest.Assets[a.Key].Md5, StringComparison.OrdinalIgnoreCase)))
            {
                foreach (var (path, info) in added)
                    if (info is not null) existing[path] = info;
                Log.Information("Version {Version} only adds and removes files: they go into the live folder {Folder}, nothing is copied", manifest.Version, root);
                return (liveFolder, existing);
            }
        }
        return (manifest.Version, await ListRootAsync(store, manifest.Version, cancellationToken));
    }

    private sealed class TransferCounts
    {
        public int Uploaded;
        public long UploadedBytes;
        public int Copied;
        public int AlreadyThere;
    }

    private static async Task<TransferCounts> TransferAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest,
        string folder, Dictionary<string, ObjectInfo> existing, PatchManifest? live, CancellationToken cancellationToken)
    {
        var root = GameStaticLayout.Root(folder);
        var liveRoot = live is null ? null : GameStaticLayout.ContentVersionOf(live);
        var liveByMd5 = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (liveRoot is not null && liveRoot != folder)
            foreach (var (path, asset) in live!.Assets)
                if (!asset.Compressed) liveByMd5.TryAdd(asset.Md5 + ":" + asset.Size, path);

        var counts = new TransferCounts();
        var source = Path.GetFullPath(settings.SourceDirectory);
        using var progress = BuildProgress.Start($"Publishing {manifest.Version}", manifest.TotalBytes, "bytes");
        var immutable = new PutOptions { CacheControl = settings.ImmutableCacheControl };
        using var uploads = new SemaphoreSlim(settings.Parallelism);
        var requests = Math.Max(settings.Parallelism, settings.CopyParallelism);
        await Parallel.ForEachAsync(manifest.Assets, new ParallelOptions { MaxDegreeOfParallelism = requests, CancellationToken = cancellationToken }, async (entry, token) =>
        {
            var (path, asset) = entry;
            var key = root + path;
            var options = immutable with { ContentType = ContentType(path) };
            if (Holds(existing.GetValueOrDefault(path), asset))
            {
                Interlocked.Increment(ref counts.AlreadyThere);
            }
            else if (liveByMd5.TryGetValue(asset.Md5 + ":" + asset.Size, out var livePath) && await TryCopyAsync(store, GameStaticLayout.Root(liveRoot!) + livePath, key, options, token))
            {
                Interlocked.Increment(ref counts.Copied);
            }
            else
            {
                await uploads.WaitAsync(token);
                try
                {
                    await using var file = new FileStream(Path.Combine(source, path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    await store.PutAsync(key, file, options with { ContentMd5 = asset.Md5 }, token);
                }
                finally
                {
                    uploads.Release();
                }
                Interlocked.Increment(ref counts.Uploaded);
                Interlocked.Add(ref counts.UploadedBytes, asset.Size);
            }
            progress.Increment(asset.Size);
        });
        Log.Information("Version {Version}: uploaded {Uploaded} files ({Bytes}), copied {Copied} server-side, {There} already there",
            manifest.Version, counts.Uploaded, BuildProgress.FormatBytes(counts.UploadedBytes), counts.Copied, counts.AlreadyThere);
        return counts;
    }

    private static async Task<bool> TryCopyAsync(IObjectStore store, string sourceKey, string key, PutOptions options, CancellationToken cancellationToken)
    {
        try
        {
            await store.CopyAsync(sourceKey, key, options, cancellationToken);
            return true;
        }
        catch (FileNotFoundException)
        {
            Log.Warning("{Key} is missing from the live version's folder; uploading it instead", sourceKey);
            return false;
        }
    }
}
