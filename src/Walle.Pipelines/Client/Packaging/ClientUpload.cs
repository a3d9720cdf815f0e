using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Client.Packaging;

/// <summary>Puts a build's packages and its client manifest into the store's build record.</summary>
public static class ClientUpload
{
    /// <summary>
    /// Claims the version code (a conditional write of <c>last.json</c>: of two racing uploads one fails), uploads every
    /// package, checks each against its manifest entry, and writes <c>client-manifest.json</c> last: the record exists only
    /// when every package it names is in the store.
    /// </summary>
    /// <returns>The record's key.</returns>
    /// <exception cref="AppVersionException">The code is not newer than the store's, or another upload claimed it meanwhile.</exception>
    public static async Task<string> UploadAsync(ClientRecords records, ClientUploadSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var manifest = settings.Manifest;
        var version = new AppVersion(manifest.VersionName, manifest.VersionCode, manifest.GitSha);
        var (last, etag) = await records.ReadLastAsync(cancellationToken);
        ClientRecords.RequireNewer(last, version, records.Store.Of(records.LastKey));
        foreach (var package in manifest.Packages)
        {
            var path = Path.Combine(settings.ArtifactsDirectory, package.File);
            var info = new FileInfo(path);
            if (!info.Exists || info.Length != package.Size)
                throw new FileNotFoundException($"'{path}' is missing or not the file the client manifest names ({package.Size} bytes); package again.", path);
        }
        if (last is null || last.VersionCode != version.Code)
        {
            var claim = new LastClientBuild(version.Name, version.Code, version.GitSha);
            try
            {
                await records.Store.PutAsync(records.LastKey, new MemoryStream(System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(claim, ClientJson.Default.LastClientBuild)),
                    etag is null ? new PutOptions { IfNoneMatch = "*", ContentType = "application/json" } : new PutOptions { IfMatch = etag, ContentType = "application/json" }, cancellationToken);
            }
            catch (ObjectConflictException)
            {
                throw new AppVersionException(AppVersionProblem.CodeNotNewer,
                    $"Another upload recorded a build in {records.Store.Of(records.LastKey)} while this one started; package again with a newer version code.");
            }
        }
        var folder = records.FolderOf(version.Name);
        using var progress = context.StartProgress($"Uploading {manifest.Platform} {version.Name}", manifest.Packages.Count, "packages");
        await Parallel.ForEachAsync(manifest.Packages, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken }, async (package, ct) =>
        {
            await using var file = File.OpenRead(Path.Combine(settings.ArtifactsDirectory, package.File));
            await records.Store.PutAsync(folder + package.File, file, new PutOptions { ContentType = ContentType(package.File) }, ct);
            progress.Increment();
        });
        var record = folder + ClientManifest.FileName;
        await records.Store.PutAsync(record, new MemoryStream(manifest.ToJson()), new PutOptions { ContentType = "application/json" }, cancellationToken);
        return record;
    }

    private static string ContentType(string file) => Path.GetExtension(file) switch
    {
        ".apk" => "application/vnd.android.package-archive",
        ".ipa" => "application/octet-stream",
        _ => "application/octet-stream",
    };
}
