using System.IO.Compression;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// A player's device doing a hot update the way cocos2d-x's <c>AssetsManagerEx</c> does it (3.17 / 4.x, and Cocos
/// Creator's native one, which is the same code), read from <c>extensions/assets-manager/AssetsManagerEx.cpp</c> and
/// <c>Manifest.cpp</c>. Every HTTP download is a read from an <see cref="IObjectStore"/>: a URL under
/// <see cref="BaseUrl"/> maps to the key after it (the CDN in front of GameStatic serves the bucket as is).
/// <para>
/// The steps, in the client's order:
/// <list type="number">
/// <item><c>loadLocalManifest</c>: the cached <c>storage/project.manifest</c> (from an earlier update) or the one
/// packaged in the app; when the packaged version is greater (a new app build), the storage folder is emptied.</item>
/// <item><c>downloadVersion</c>/<c>parseVersion</c>: <c>remoteVersionUrl</c> of the local manifest; a missing or broken
/// file is skipped ("step skipped"); a local version greater or equal to the remote one is up to date.</item>
/// <item><c>downloadManifest</c>/<c>parseManifest</c>: <c>remoteManifestUrl</c> of the remote version file (else of the local
/// manifest); a missing or broken manifest fails the update; the version is compared again.</item>
/// <item><c>startUpdate</c>: <c>genDiff</c> (added and modified by exact md5 string, deleted); each added or modified asset
/// is downloaded from <c>packageUrl + path</c> into <c>storage/_temp/path</c>, checked like a verify callback that compares
/// the md5 of the raw bytes, and, when <c>compressed</c>, unzipped into <b>the zip's own folder</b> (<c>decompress</c> takes
/// the root from the zip's path) and deleted.</item>
/// <item><c>updateSucceed</c>: the remote manifest becomes <c>project.manifest</c>, every file in <c>_temp</c> is moved over
/// the storage folder, <c>_temp</c> is removed.</item>
/// </list>
/// Deleted assets are <b>not</b> removed from storage by 3.17+ (its loop skips <c>DELETED</c> diffs); older 3.x clients, which
/// downloaded straight into storage, removed them first: set <see cref="DeletesRemovedFiles"/> to simulate those.
/// A failed download, an md5 mismatch or a broken zip fails the update with <see cref="CocosUpdateException"/> and leaves
/// the storage folder and local manifest as they were (the real client keeps <c>_temp</c> to resume; this one starts over).
/// Search paths are the storage folder first, then the app package (the manifest's extra <c>searchPaths</c> are not simulated).
/// </para>
/// </summary>
internal sealed class CocosClient
{
    public const string TempFolder = "_temp";
    private const string TempManifest = "project.manifest.temp";

    public CocosClient(string deviceDirectory, IObjectStore store, string baseUrl)
    {
        DeviceDirectory = Path.GetFullPath(deviceDirectory);
        Store = store;
        BaseUrl = baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/";
        Directory.CreateDirectory(PackageDirectory);
        Directory.CreateDirectory(StorageDirectory);
    }

    public string DeviceDirectory { get; }

    /// <summary>The app package (read-only on a device): content plus the packaged <c>project.manifest</c>.</summary>
    public string PackageDirectory => Path.Combine(DeviceDirectory, "package");

    /// <summary>The writable storage path given to <c>AssetsManagerEx</c>.</summary>
    public string StorageDirectory => Path.Combine(DeviceDirectory, "storage");

    public IObjectStore Store { get; }

    public string BaseUrl { get; }

    /// <summary>Removes deleted assets from storage, like cocos2d-x 3.x before the <c>_temp</c> folder (3.17 and later do not).</summary>
    public bool DeletesRemovedFiles { get; init; }

    /// <summary>
    /// A device with an app whose package holds every file of <paramref name="contentDirectory"/> and <paramref name="packagedManifest"/>
    /// (the manifest the version was published with, zips included, or a per-file one).
    /// </summary>
    public static CocosClient Install(string deviceDirectory, string contentDirectory, PatchManifest packagedManifest, IObjectStore store, string baseUrl, bool deletesRemovedFiles = false)
    {
        var client = new CocosClient(deviceDirectory, store, baseUrl) { DeletesRemovedFiles = deletesRemovedFiles };
        CopyTree(contentDirectory, client.PackageDirectory);
        File.WriteAllBytes(Path.Combine(client.PackageDirectory, PatchManifests.ProjectManifest), packagedManifest.ToProjectJson());
        return client;
    }

    /// <summary>A copy of this device (package and storage) in <paramref name="deviceDirectory"/>, e.g. to update it again later.</summary>
    public CocosClient CloneTo(string deviceDirectory)
    {
        CopyTree(DeviceDirectory, deviceDirectory);
        Directory.CreateDirectory(Path.Combine(deviceDirectory, "package"));
        Directory.CreateDirectory(Path.Combine(deviceDirectory, "storage"));
        return new CocosClient(deviceDirectory, Store, BaseUrl) { DeletesRemovedFiles = DeletesRemovedFiles };
    }

    /// <summary>The manifest the game runs with now (cached after an update, else packaged). Empties storage like the client when the package is newer.</summary>
    public PatchManifest LoadLocalManifest()
    {
        var packaged = Path.Combine(PackageDirectory, PatchManifests.ProjectManifest);
        var local = TryParse(File.Exists(packaged) ? File.ReadAllBytes(packaged) : null, packaged)
            ?? throw new CocosUpdateException("ERROR_NO_LOCAL_MANIFEST", $"No local manifest: {packaged} is missing or not a manifest.");
        var cachedPath = Path.Combine(StorageDirectory, PatchManifests.ProjectManifest);
        var cached = File.Exists(cachedPath) ? TryParse(File.ReadAllBytes(cachedPath), cachedPath) : null;
        if (cached is null && File.Exists(cachedPath)) File.Delete(cachedPath);
        if (cached is null) return local;
        if (CocosVersion.Compare(local.Version, cached.Version) > 0)
        {
            // A new app build: "Recreate storage, to empty the content".
            Directory.Delete(StorageDirectory, recursive: true);
            Directory.CreateDirectory(StorageDirectory);
            return local;
        }
        return cached;
    }

    /// <summary>Runs <c>AssetsManagerEx::update()</c> to the end. Throws <see cref="CocosUpdateException"/> where the player would see an error.</summary>
    public async Task<CocosUpdate> UpdateAsync(CancellationToken cancellationToken = default)
    {
        var local = LoadLocalManifest();
        var temp = Path.Combine(StorageDirectory, TempFolder);

        PatchManifest? remoteVersion = null;
        if (local.RemoteVersionUrl.Length > 0)
        {
            var versionBytes = await TryDownloadAsync(local.RemoteVersionUrl, cancellationToken);
            remoteVersion = TryParse(versionBytes, local.RemoteVersionUrl);
            if (remoteVersion is not null && CocosVersion.Compare(local.Version, remoteVersion.Version) >= 0)
                return UpToDate(local, temp);
        }

        var manifestUrl = remoteVersion is not null ? remoteVersion.RemoteManifestUrl : local.RemoteManifestUrl;
        if (manifestUrl.Length == 0)
            throw new CocosUpdateException("ERROR_DOWNLOAD_MANIFEST", $"No remoteManifestUrl in the {(remoteVersion is null ? "local manifest" : "remote version file")}.");
        var manifestBytes = await TryDownloadAsync(manifestUrl, cancellationToken)
            ?? throw new CocosUpdateException("ERROR_DOWNLOAD_MANIFEST", $"Downloading {manifestUrl} failed: 404 Not Found.");
        var remote = TryParse(manifestBytes, manifestUrl)
            ?? throw new CocosUpdateException("ERROR_PARSE_MANIFEST", $"{manifestUrl} is not a valid manifest.");
        if (CocosVersion.Compare(local.Version, remote.Version) >= 0) return UpToDate(local, temp);

        // startUpdate: a fresh temp folder holding the remote manifest, then every added or modified asset.
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        Directory.CreateDirectory(temp);
        await File.WriteAllBytesAsync(Path.Combine(temp, TempManifest), manifestBytes, cancellationToken);
        if (remoteVersion is not null)
            await File.WriteAllBytesAsync(Path.Combine(temp, PatchManifests.VersionManifest), remoteVersion.ToVersionJson(), cancellationToken);
        var diff = GenDiff(local, remote);
        var packageUrl = remote.PackageUrl.Length > 0 && !remote.PackageUrl.EndsWith('/') ? remote.PackageUrl + "/" : remote.PackageUrl;
        List<string> downloaded = [], extracted = [], failures = [];
        long bytes = 0;
        foreach (var (path, type) in diff)
        {
            if (type == DiffType.Deleted) continue;
            var asset = remote.Assets[path];
            var url = packageUrl + path;
            var content = await TryDownloadAsync(url, cancellationToken);
            if (content is null)
            {
                failures.Add($"{path}: downloading {url} failed: 404 Not Found");
                continue;
            }
            if (!Md5.OfBytes(content).Equals(asset.Md5, StringComparison.OrdinalIgnoreCase))
            {
                failures.Add($"{path}: asset file verification failed after downloaded ({url} has md5 {Md5.OfBytes(content)}, the manifest says {asset.Md5})");
                continue;
            }
            var target = Path.Combine(temp, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await File.WriteAllBytesAsync(target, content, cancellationToken);
            downloaded.Add(path);
            bytes += content.Length;
            if (!asset.Compressed) continue;
            try
            {
                extracted.AddRange(Decompress(target, temp));
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                failures.Add($"{path}: unable to decompress file {url}: {e.Message}");
            }
            finally
            {
                File.Delete(target);
            }
        }
        if (failures.Count > 0)
            throw new CocosUpdateException("UPDATE_FAILED", $"Updating from {local.Version} to {remote.Version} failed for {failures.Count} asset(s):\n  " + string.Join("\n  ", failures));

        // Older clients removed deleted assets at the start of the update, before the new files landed.
        List<string> deleted = [];
        if (DeletesRemovedFiles)
            foreach (var (path, type) in diff)
                if (type == DiffType.Deleted && File.Exists(Path.Combine(StorageDirectory, path)))
                {
                    File.Delete(Path.Combine(StorageDirectory, path));
                    deleted.Add(path);
                }

        // updateSucceed: the temp manifest becomes the manifest, temp merges over storage.
        File.Move(Path.Combine(temp, TempManifest), Path.Combine(temp, PatchManifests.ProjectManifest));
        foreach (var file in Directory.EnumerateFiles(temp, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(StorageDirectory, Path.GetRelativePath(temp, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Move(file, destination, overwrite: true);
        }
        Directory.Delete(temp, recursive: true);
        return new CocosUpdate(local.Version, remote.Version, true, downloaded, bytes, extracted, deleted);
    }

    /// <summary>The bytes the game reads for <paramref name="path"/>: storage first, then the package; null when neither has it.</summary>
    public byte[]? Read(string path)
    {
        foreach (var root in new[] { StorageDirectory, PackageDirectory })
        {
            var full = Path.Combine(root, path);
            if (File.Exists(full)) return File.ReadAllBytes(full);
        }
        return null;
    }

    /// <summary>Every path the game can read (storage and package), without the manifests, in ordinal order.</summary>
    public IReadOnlyList<string> VisibleFiles() =>
        StorageFiles().Concat(ContentFiles(PackageDirectory)).Distinct().Order(StringComparer.Ordinal).ToArray();

    /// <summary>Files updates put in the storage folder, without the manifests and the temp folder of a failed update.</summary>
    public IReadOnlyList<string> StorageFiles() =>
        ContentFiles(StorageDirectory).Where(p => !p.StartsWith(TempFolder + "/", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToArray();

    private static IEnumerable<string> ContentFiles(string root) =>
        Files(root).Where(p => p is not (PatchManifests.ProjectManifest or PatchManifests.VersionManifest));

    private enum DiffType { Added, Modified, Deleted }

    /// <summary><c>Manifest::genDiff</c>: md5 compared as exact strings.</summary>
    private static SortedDictionary<string, DiffType> GenDiff(PatchManifest local, PatchManifest remote)
    {
        var diff = new SortedDictionary<string, DiffType>(StringComparer.Ordinal);
        foreach (var (path, asset) in local.Assets)
        {
            if (!remote.Assets.TryGetValue(path, out var other)) diff[path] = DiffType.Deleted;
            else if (asset.Md5 != other.Md5) diff[path] = DiffType.Modified;
        }
        foreach (var path in remote.Assets.Keys)
            if (!local.Assets.ContainsKey(path)) diff[path] = DiffType.Added;
        return diff;
    }

    /// <summary><c>AssetsManagerEx::decompress</c>: entries land relative to the folder holding the zip.</summary>
    private static List<string> Decompress(string zip, string temp)
    {
        var rootPath = Path.GetDirectoryName(zip)!;
        List<string> written = [];
        using var archive = ZipFile.OpenRead(zip);
        foreach (var entry in archive.Entries)
        {
            var fullPath = Path.GetFullPath(Path.Combine(rootPath, entry.FullName));
            // The real client has no such check and would write outside its storage: fail the test instead.
            if (!fullPath.StartsWith(temp + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                throw new InvalidDataException($"zip entry '{entry.FullName}' escapes the storage folder");
            if (entry.FullName.EndsWith('/'))
            {
                Directory.CreateDirectory(fullPath);
                continue;
            }
            Directory.CreateDirectory(Path.GetDirectoryName(fullPath)!);
            entry.ExtractToFile(fullPath, overwrite: true);
            written.Add(Path.GetRelativePath(temp, fullPath).Replace(Path.DirectorySeparatorChar, '/'));
        }
        return written;
    }

    private static CocosUpdate UpToDate(PatchManifest local, string temp)
    {
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);
        return new CocosUpdate(local.Version, local.Version, false, [], 0, [], []);
    }

    /// <summary>An HTTP GET through the CDN: the object under the base URL, or null for a 404.</summary>
    private async Task<byte[]?> TryDownloadAsync(string url, CancellationToken cancellationToken)
    {
        if (!url.StartsWith(BaseUrl, StringComparison.Ordinal))
            throw new CocosUpdateException("ERROR_UPDATING", $"{url} is not under the GameStatic base URL {BaseUrl}: the player's device cannot reach it in this simulation.");
        var key = url[BaseUrl.Length..];
        var query = key.IndexOf('?');
        if (query >= 0) key = key[..query];
        await using var stored = await Store.GetAsync(key, cancellationToken);
        if (stored is null) return null;
        using var buffer = new MemoryStream();
        await stored.Content.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static PatchManifest? TryParse(byte[]? json, string source)
    {
        if (json is null || json.Length == 0) return null;
        try
        {
            return PatchManifest.Parse(json, source);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static IEnumerable<string> Files(string root) =>
        Directory.Exists(root)
            ? Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/'))
            : [];

    private static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}

/// <summary>What one update did.</summary>
/// <param name="From">The local version before.</param>
/// <param name="To">The local version after.</param>
/// <param name="Updated">False when the client was already up to date.</param>
/// <param name="Downloaded">Asset paths downloaded (zips included).</param>
/// <param name="DownloadedBytes">Bytes downloaded for assets.</param>
/// <param name="Extracted">Files written from zips.</param>
/// <param name="Deleted">Files removed from storage (only with <see cref="CocosClient.DeletesRemovedFiles"/>).</param>
internal sealed record CocosUpdate(string From, string To, bool Updated, IReadOnlyList<string> Downloaded, long DownloadedBytes, IReadOnlyList<string> Extracted, IReadOnlyList<string> Deleted);

/// <summary>An update error a player would see; <see cref="EventCode"/> is the client's <c>EventAssetsManagerEx::EventCode</c>.</summary>
internal sealed class CocosUpdateException(string eventCode, string message) : Exception($"{eventCode}: {message}")
{
    public string EventCode { get; } = eventCode;
}
