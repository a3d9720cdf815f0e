using Walle.Pipelines.Engine;
using System.IO.Compression;
using System.Text;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>The client simulator itself, on GameStatic stores filled by hand.</summary>
public sealed class CocosClientTests : IDisposable
{
    private const string Cdn = "https://cdn.example.com/vega/";
    private readonly TempFolder _folder = new();
    private readonly LocalObjectStore _store;

    public CocosClientTests() => _store = new LocalObjectStore(Path.Combine(_folder.Path, "store"));

    public void Dispose() => _folder.Dispose();

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);

    private static PatchManifest Manifest(string version, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, PatchAsset>? extra = null)
    {
        var assets = new SortedDictionary<string, PatchAsset>(StringComparer.Ordinal);
        foreach (var (path, bytes) in files) assets[path] = new PatchAsset(Md5.OfBytes(bytes), bytes.Length);
        foreach (var (path, asset) in extra ?? new Dictionary<string, PatchAsset>()) assets[path] = asset;
        return new PatchManifest
        {
            PackageUrl = Cdn + $"versions/{version}/",
            RemoteManifestUrl = Cdn + "project.manifest",
            RemoteVersionUrl = Cdn + "version.manifest",
            Version = version,
            Assets = assets,
        };
    }

    /// <summary>Puts files under <c>versions/&lt;v&gt;/</c> and the manifests live, as a publish would.</summary>
    private async Task<PatchManifest> PublishAsync(string version, IReadOnlyDictionary<string, byte[]> files, IReadOnlyDictionary<string, PatchAsset>? extra = null)
    {
        foreach (var (path, bytes) in files) await _store.PutAsync($"versions/{version}/{path}", new MemoryStream(bytes));
        var manifest = Manifest(version, files, extra);
        await _store.PutAsync("version.manifest", new MemoryStream(manifest.ToVersionJson()));
        await _store.PutAsync("project.manifest", new MemoryStream(manifest.ToProjectJson()));
        return manifest;
    }

    private CocosClient Install(string version, IReadOnlyDictionary<string, byte[]> files, bool deletesRemovedFiles = false)
    {
        var content = Path.Combine(_folder.Path, "package-" + version);
        foreach (var (path, bytes) in files) _folder.File(Path.Combine("package-" + version, path), bytes);
        return CocosClient.Install(Path.Combine(_folder.Path, "device-" + Guid.NewGuid().ToString("N")[..8]), content, Manifest(version, files), _store, Cdn, deletesRemovedFiles);
    }

    private static readonly Dictionary<string, byte[]> V1 = new()
    {
        ["src/main.lua"] = Bytes("print('v1')"),
        ["res/logo.png"] = Bytes("logo-v1"),
        ["res/old.json"] = Bytes("{\"old\": true}"),
    };

    private static readonly Dictionary<string, byte[]> V2 = new()
    {
        ["src/main.lua"] = Bytes("print('v2')"),
        ["res/logo.png"] = Bytes("logo-v1"),
        ["res/new.json"] = Bytes("{\"new\": true}"),
    };

    [Fact]
    public async Task Updates_from_the_package_downloading_only_added_and_modified_assets()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);

        var update = await client.UpdateAsync();

        Assert.True(update.Updated);
        Assert.Equal(("1.0.0", "1.0.1"), (update.From, update.To));
        Assert.Equal(["res/new.json", "src/main.lua"], update.Downloaded);
        Assert.Equal("print('v2')", Encoding.UTF8.GetString(client.Read("src/main.lua")!));
        Assert.Equal("logo-v1", Encoding.UTF8.GetString(client.Read("res/logo.png")!));
        Assert.Equal(["res/new.json", "src/main.lua"], client.StorageFiles());
        Assert.Equal("1.0.1", client.LoadLocalManifest().Version);
        Assert.False(Directory.Exists(Path.Combine(client.StorageDirectory, CocosClient.TempFolder)));
    }

    [Fact]
    public async Task A_second_update_starts_from_the_cached_manifest()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await client.UpdateAsync();
        var v3 = new Dictionary<string, byte[]>(V2) { ["res/logo.png"] = Bytes("logo-v3") };
        await PublishAsync("1.0.2", v3);

        var update = await client.UpdateAsync();

        Assert.Equal("1.0.1", update.From);
        Assert.Equal(["res/logo.png"], update.Downloaded);
        Assert.Equal("logo-v3", Encoding.UTF8.GetString(client.Read("res/logo.png")!));
    }

    [Theory]
    [InlineData("1.0.0")]
    [InlineData("0.9.9")]
    public async Task A_remote_version_not_greater_than_the_local_one_is_up_to_date(string live)
    {
        var client = Install("1.0.0", V1);
        await PublishAsync(live, V2);

        var update = await client.UpdateAsync();

        Assert.False(update.Updated);
        Assert.Empty(update.Downloaded);
        Assert.Empty(client.StorageFiles());
    }

    [Fact]
    public async Task A_missing_asset_fails_the_update_and_keeps_the_old_version()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await _store.DeleteAsync("versions/1.0.1/res/new.json");

        var error = await Assert.ThrowsAsync<CocosUpdateException>(() => client.UpdateAsync());

        Assert.Equal("UPDATE_FAILED", error.EventCode);
        Assert.Contains(Cdn + "versions/1.0.1/res/new.json", error.Message);
        Assert.Contains("404", error.Message);
        Assert.Equal("1.0.0", client.LoadLocalManifest().Version);
        Assert.Equal("print('v1')", Encoding.UTF8.GetString(client.Read("src/main.lua")!));
    }

    [Fact]
    public async Task An_asset_whose_bytes_do_not_match_its_md5_fails_the_update()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await _store.PutAsync("versions/1.0.1/src/main.lua", new MemoryStream(Bytes("print('tampered')")));

        var error = await Assert.ThrowsAsync<CocosUpdateException>(() => client.UpdateAsync());

        Assert.Contains("src/main.lua: asset file verification failed", error.Message);
        Assert.Equal("1.0.0", client.LoadLocalManifest().Version);
        Assert.Empty(client.StorageFiles());
    }

    [Fact]
    public async Task A_missing_version_file_is_skipped_and_the_manifest_decides()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await _store.DeleteAsync("version.manifest");

        var update = await client.UpdateAsync();

        Assert.Equal("1.0.1", update.To);
    }

    [Fact]
    public async Task A_missing_live_manifest_fails_with_the_download_manifest_error()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await _store.DeleteAsync("project.manifest");

        var error = await Assert.ThrowsAsync<CocosUpdateException>(() => client.UpdateAsync());

        Assert.Equal("ERROR_DOWNLOAD_MANIFEST", error.EventCode);
        Assert.Contains(Cdn + "project.manifest", error.Message);
    }

    [Fact]
    public async Task A_compressed_asset_is_extracted_next_to_the_zip_and_the_zip_is_deleted()
    {
        var client = Install("1.0.0", V1);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using (var entry = archive.CreateEntry("sub/a.txt").Open()) entry.Write(Bytes("a"));
            await using (var entry = archive.CreateEntry("b.txt").Open()) entry.Write(Bytes("b"));
        }
        var zipBytes = zip.ToArray();
        await _store.PutAsync("versions/1.0.1/res/pack.zip", new MemoryStream(zipBytes));
        await PublishAsync("1.0.1", V1, new Dictionary<string, PatchAsset> { ["res/pack.zip"] = new(Md5.OfBytes(zipBytes), zipBytes.Length, Compressed: true) });

        var update = await client.UpdateAsync();

        // Relative to the zip's own folder (res/), not to the storage root.
        Assert.Equal(["res/sub/a.txt", "res/b.txt"], update.Extracted);
        Assert.Equal("a", Encoding.UTF8.GetString(client.Read("res/sub/a.txt")!));
        Assert.Null(client.Read("sub/a.txt"));
        Assert.Null(client.Read("res/pack.zip"));
    }

    [Fact]
    public async Task A_zip_that_is_not_a_zip_fails_the_update()
    {
        var client = Install("1.0.0", V1);
        var notZip = Bytes("not a zip");
        await _store.PutAsync("versions/1.0.1/pack.zip", new MemoryStream(notZip));
        await PublishAsync("1.0.1", V1, new Dictionary<string, PatchAsset> { ["pack.zip"] = new(Md5.OfBytes(notZip), notZip.Length, Compressed: true) });

        var error = await Assert.ThrowsAsync<CocosUpdateException>(() => client.UpdateAsync());

        Assert.Contains("pack.zip: unable to decompress", error.Message);
        Assert.Equal("1.0.0", client.LoadLocalManifest().Version);
    }

    [Fact]
    public async Task Deleted_assets_stay_in_storage_on_current_clients_and_are_removed_by_older_ones()
    {
        var v2 = new Dictionary<string, byte[]>(V1) { ["res/extra.json"] = Bytes("extra") };
        var current = Install("1.0.0", V1);
        var older = Install("1.0.0", V1, deletesRemovedFiles: true);
        await PublishAsync("1.0.1", v2);
        await current.UpdateAsync();
        await older.UpdateAsync();
        await PublishAsync("1.0.2", V1);

        var currentUpdate = await current.UpdateAsync();
        var olderUpdate = await older.UpdateAsync();

        Assert.Empty(currentUpdate.Deleted);
        Assert.NotNull(current.Read("res/extra.json"));
        Assert.Equal(["res/extra.json"], olderUpdate.Deleted);
        Assert.Null(older.Read("res/extra.json"));
    }

    [Fact]
    public async Task A_newer_app_package_empties_the_storage()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        await client.UpdateAsync();
        File.WriteAllBytes(Path.Combine(client.PackageDirectory, "project.manifest"), Manifest("2.0.0", V1).ToProjectJson());

        Assert.Equal("2.0.0", client.LoadLocalManifest().Version);
        Assert.Empty(client.StorageFiles());
    }

    [Fact]
    public async Task A_url_outside_the_base_url_fails_loudly()
    {
        var client = Install("1.0.0", V1);
        await PublishAsync("1.0.1", V2);
        var elsewhere = Manifest("1.0.1", V2) with { RemoteManifestUrl = "https://other.example.com/project.manifest" };
        await _store.PutAsync("version.manifest", new MemoryStream(elsewhere.ToVersionJson()));

        var error = await Assert.ThrowsAsync<CocosUpdateException>(() => client.UpdateAsync());

        Assert.Contains("https://other.example.com/project.manifest is not under", error.Message);
    }
    [Fact]
    public async Task A_player_follows_real_publishes_and_ends_with_the_published_tree()
    {
        using var content = GameContent.Create(24);
        var first = await PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path, "1.0.0")
        {
            PackageUrl = Cdn + "versions/1.0.0/", RemoteManifestUrl = Cdn + "project.manifest", RemoteVersionUrl = Cdn + "version.manifest",
        }, new BuildContext());
        var client = CocosClient.Install(Path.Combine(_folder.Path, "device"), content.Path, first, _store, Cdn);
        await GameStatic.PublishAsync(_store, new PatchPublishSettings(content.Path, "1.0.0", Cdn), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        content.File("res/new/banner.png", new byte[700]);
        await GameStatic.PublishAsync(_store, new PatchPublishSettings(content.Path, "1.0.1", Cdn), new BuildContext());

        var update = await client.UpdateAsync();

        Assert.Equal(["res/new/banner.png", "src/app/view0.lua"], update.Downloaded);
        var expected = Directory.EnumerateFiles(content.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(content.Path, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(expected, client.VisibleFiles());
        foreach (var path in expected) Assert.Equal(File.ReadAllBytes(Path.Combine(content.Path, path)), client.Read(path));
    }
}
