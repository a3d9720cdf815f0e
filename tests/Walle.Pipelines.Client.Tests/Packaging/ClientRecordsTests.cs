using Walle.Pipelines.Client.Packaging;
using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Client.Tests.Packaging;

public class ClientRecordsTests
{
    private sealed class Build : IDisposable
    {
        private readonly TempFolder _temp = new();
        public Build() => Store = new LocalObjectStore(Path.Combine(_temp.Path, "store"));
        public LocalObjectStore Store { get; }
        public ClientRecords Records => new(Store, "android");
        public string Artifacts => Path.Combine(_temp.Path, "artifacts");

        public async Task<ClientUploadSettings> PackagedAsync(string name, int code, params string[] channels)
        {
            Directory.CreateDirectory(Artifacts);
            var packages = new List<ClientPackage>();
            foreach (var channel in channels)
            {
                var file = Path.Combine(Artifacts, $"vega-{name}-{channel}.apk");
                await File.WriteAllTextAsync(file, $"apk {name} {code} {channel}");
                packages.Add(await ClientPackage.OfFileAsync(file, channel, ["v2"]));
            }
            return new ClientUploadSettings(Artifacts, new ClientManifest { Game = "vega", Platform = "android", VersionName = name, VersionCode = code, PatchVersion = name, Packages = packages });
        }

        public void Dispose() => _temp.Dispose();
    }

    [Fact]
    public async Task Upload_records_packages_then_the_manifest_and_the_last_code()
    {
        using var build = new Build();
        var settings = await build.PackagedAsync("1.6.0", 160, "huawei", "xiaomi");

        var record = await ClientUpload.UploadAsync(build.Records, settings, new BuildContext());

        Assert.Equal("builds/android/1.6.0/client-manifest.json", record);
        var keys = new List<string>();
        await foreach (var o in build.Store.ListAsync("builds/")) keys.Add(o.Key);
        Assert.Equal(["builds/android/1.6.0/client-manifest.json", "builds/android/1.6.0/vega-1.6.0-huawei.apk", "builds/android/1.6.0/vega-1.6.0-xiaomi.apk", "builds/android/last.json"], keys);
        var (last, _) = await build.Records.ReadLastAsync();
        Assert.Equal(new LastClientBuild("1.6.0", 160, null), last);
        await using var stored = await build.Store.GetAsync(record);
        using var buffer = new MemoryStream();
        await stored!.Content.CopyToAsync(buffer);
        Assert.Equal(settings.Manifest.ToJson(), ClientManifest.Parse(buffer.ToArray(), record).ToJson());
    }

    [Fact]
    public async Task A_code_that_goes_backwards_or_is_reused_for_another_version_is_refused()
    {
        using var build = new Build();
        await ClientUpload.UploadAsync(build.Records, await build.PackagedAsync("1.6.0", 160, "official"), new BuildContext());

        var backwards = await Assert.ThrowsAsync<AppVersionException>(async () => await ClientUpload.UploadAsync(build.Records, await build.PackagedAsync("1.6.1", 150, "official"), new BuildContext()));
        Assert.Equal(AppVersionProblem.CodeNotNewer, backwards.Problem);
        Assert.Contains("goes backwards", backwards.Message);
        var reused = await Assert.ThrowsAsync<AppVersionException>(async () => await ClientUpload.UploadAsync(build.Records, await build.PackagedAsync("1.6.1", 160, "official"), new BuildContext()));
        Assert.Contains("already recorded for 1.6.0", reused.Message);
        Assert.Null(await build.Store.HeadAsync("builds/android/1.6.1/client-manifest.json"));

        // The same build again (a re-run) replaces its record; a greater code moves on.
        await ClientUpload.UploadAsync(build.Records, await build.PackagedAsync("1.6.0", 160, "official"), new BuildContext());
        await ClientUpload.UploadAsync(build.Records, await build.PackagedAsync("1.6.1", 161, "official"), new BuildContext());
        Assert.Equal(161, (await build.Records.ReadLastAsync()).Last!.VersionCode);
    }

    [Fact]
    public async Task A_package_missing_from_the_artifacts_records_nothing()
    {
        using var build = new Build();
        var settings = await build.PackagedAsync("1.6.0", 160, "huawei");
        File.Delete(Path.Combine(build.Artifacts, "vega-1.6.0-huawei.apk"));

        await Assert.ThrowsAsync<FileNotFoundException>(() => ClientUpload.UploadAsync(build.Records, settings, new BuildContext()));

        await foreach (var _ in build.Store.ListAsync("builds/")) Assert.Fail("nothing may be recorded");
    }

    [Fact]
    public async Task Of_two_racing_uploads_of_the_same_code_one_is_refused()
    {
        using var build = new Build();
        var first = await build.PackagedAsync("1.6.0", 160, "official");
        await ClientUpload.UploadAsync(build.Records, first, new BuildContext());
        // Two builds read last.json (160) at the same time and both claim 161: the conditional write lets one through.
        var (_, etag) = await build.Records.ReadLastAsync();
        await build.Store.PutAsync(build.Records.LastKey, new MemoryStream("{\"versionName\":\"1.6.1\",\"versionCode\":161}"u8.ToArray()), new PutOptions { IfMatch = etag });
        var racing = new ClientRecords(new StaleLastStore(build.Store, etag!), "android");

        var e = await Assert.ThrowsAsync<AppVersionException>(async () => await ClientUpload.UploadAsync(racing, await build.PackagedAsync("1.6.2", 161, "official"), new BuildContext()));

        Assert.Contains("Another upload recorded a build", e.Message);
        Assert.Null(await build.Store.HeadAsync("builds/android/1.6.2/client-manifest.json"));
    }

    [Fact]
    public async Task A_corrupt_last_build_document_is_named()
    {
        using var build = new Build();
        await build.Store.PutAsync("builds/android/last.json", new MemoryStream("not json"u8.ToArray()));
        var e = await Assert.ThrowsAsync<InvalidDataException>(() => build.Records.ReadLastAsync());
        Assert.Contains("last.json", e.Message);
    }

    /// <summary>A store that still shows the racing upload the last.json it read before the other upload replaced it.</summary>
    private sealed class StaleLastStore(IObjectStore inner, string staleETag) : IObjectStore
    {
        public string Location => inner.Location;
        public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
        {
            if (!key.EndsWith("last.json", StringComparison.Ordinal)) return await inner.GetAsync(key, cancellationToken);
            var content = new MemoryStream("{\"versionName\":\"1.6.0\",\"versionCode\":160}"u8.ToArray());
            return new StoredObject(new ObjectInfo(key, content.Length, staleETag, DateTimeOffset.UtcNow), content);
        }
        public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => inner.HeadAsync(key, cancellationToken);
        public Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default) => inner.PutAsync(key, content, options, cancellationToken);
        public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default) => inner.CopyAsync(sourceKey, destinationKey, options, cancellationToken);
        public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
    }
}
