using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// A plain publish with patch zips, for the tests: every asset of the zipped manifest (files from the source, zips from
/// the zip folder) under <c>versions/&lt;v&gt;/</c>, the per-file <c>files.manifest</c> next to it, then the live manifests.
/// </summary>
internal sealed class ZipPublisher(IObjectStore store, string baseUrl, string workDirectory, int window)
{
    private readonly List<PatchRelease> _releases = [];

    public static PatchManifestSettings ManifestSettings(string source, string version, string baseUrl) => new(source, version)
    {
        PackageUrl = baseUrl + $"versions/{version}/",
        RemoteManifestUrl = baseUrl + "project.manifest",
        RemoteVersionUrl = baseUrl + "version.manifest",
    };

    public async Task<PatchZipResult> PublishAsync(string source, string version)
    {
        var plain = await PatchManifests.GenerateAsync(ManifestSettings(source, version, baseUrl));
        var previous = await PatchZipHistory.LoadAsync(store, _releases);
        var result = await PatchZips.ApplyAsync(plain, previous, new PatchZipSettings(source, Path.Combine(workDirectory, version), window));
        var zips = result.Zips.ToDictionary(z => z.Path, z => z.LocalFile);
        foreach (var path in result.Manifest.Assets.Keys)
        {
            await using var file = File.OpenRead(zips.TryGetValue(path, out var zip) ? zip : Path.Combine(source, path));
            await store.PutAsync($"versions/{version}/{path}", file);
        }
        await Put(PatchZipHistory.Key(version), result.FilesManifest.ToProjectJson());
        await Put($"versions/{version}/project.manifest", result.Manifest.ToProjectJson());
        await Put("version.manifest", result.Manifest.ToVersionJson());
        await Put("project.manifest", result.Manifest.ToProjectJson());
        _releases.Add(new PatchRelease(version, version, DateTimeOffset.UtcNow));
        return result;
    }

    private Task Put(string key, byte[] bytes) => store.PutAsync(key, new MemoryStream(bytes));
}
