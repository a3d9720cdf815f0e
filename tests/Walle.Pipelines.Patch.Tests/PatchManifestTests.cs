using Walle.Pipelines.Engine;
using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

public class PatchManifestTests
{
    [Fact]
    public async Task Generates_md5_and_size_of_raw_bytes_for_every_file()
    {
        using var content = new TempFolder();
        content.File("src/main.lua", "print('hello')");
        content.File("res/中文/按钮.png", new byte[] { 0x89, 0x50, 0x4e, 0x47 });
        content.File(".DS_Store", "junk");
        content.File("project.manifest", "{}");

        var manifest = await PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path, "1.0.0"), new BuildContext());

        Assert.Equal(["res/中文/按钮.png", "src/main.lua"], manifest.Assets.Keys);
        Assert.Equal(new PatchAsset(Md5.OfBytes("print('hello')"u8), 14), manifest.Assets["src/main.lua"]);
        Assert.Equal(Md5.OfBytes(new byte[] { 0x89, 0x50, 0x4e, 0x47 }), manifest.Assets["res/中文/按钮.png"].Md5);
    }

    [Fact]
    public void Writes_the_json_shape_cocos_clients_read()
    {
        var manifest = new PatchManifest
        {
            PackageUrl = "https://cdn/v/versions/1.0.0/",
            RemoteManifestUrl = "https://cdn/v/project.manifest",
            RemoteVersionUrl = "https://cdn/v/version.manifest",
            Version = "1.0.0",
            EngineVersion = "3.17.2",
            Assets = new Dictionary<string, PatchAsset> { ["src/b.lua"] = new("bb", 2), ["res/a.zip"] = new("aa", 1, Compressed: true) },
            SearchPaths = ["res/"],
        };
        using var project = JsonDocument.Parse(manifest.ToProjectJson());
        Assert.Equal(["packageUrl", "remoteManifestUrl", "remoteVersionUrl", "version", "engineVersion", "assets", "searchPaths"],
            project.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["res/a.zip", "src/b.lua"], project.RootElement.GetProperty("assets").EnumerateObject().Select(p => p.Name));
        Assert.True(project.RootElement.GetProperty("assets").GetProperty("res/a.zip").GetProperty("compressed").GetBoolean());
        Assert.Equal(2, project.RootElement.GetProperty("assets").GetProperty("src/b.lua").GetProperty("size").GetInt64());
        using var version = JsonDocument.Parse(manifest.ToVersionJson());
        Assert.False(version.RootElement.TryGetProperty("assets", out _));
        Assert.Equal("1.0.0", version.RootElement.GetProperty("version").GetString());

        var parsed = PatchManifest.Parse(manifest.ToProjectJson(), "test");
        Assert.Equal(manifest.ToProjectJson(), parsed.ToProjectJson());
    }

    [Fact]
    public void A_broken_manifest_names_its_source()
    {
        var error = Assert.Throws<InvalidDataException>(() => PatchManifest.Parse("{\"assets\": 3"u8, "s3://b/project.manifest"));
        Assert.Contains("s3://b/project.manifest is not a valid Cocos manifest", error.Message);
    }

    [Fact]
    public async Task A_missing_source_folder_names_the_folder_and_the_parameter()
    {
        var error = await Assert.ThrowsAsync<PatchSourceNotFoundException>(() => PatchManifests.GenerateAsync(new PatchManifestSettings("/no/such/client", "1.0.0"), new BuildContext()));
        Assert.Contains("'/no/such/client' does not exist", error.Message);
        Assert.Equal("/no/such/client", error.Folder);
        Assert.Contains("Set SourceDirectory of the patch settings", error.Message);
        Assert.DoesNotContain("--", error.Message);
    }

    [Fact]
    public async Task File_names_with_backslashes_are_refused_with_their_names()
    {
        using var content = new TempFolder();
        content.File("res/ok.png", "x");
        content.File("res\\ui\\windows.png", "x");
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path, "1.0.0"), new BuildContext()));
        Assert.Contains("res\\ui\\windows.png: it contains a backslash", error.Message);
    }

    [Fact]
    public async Task File_names_that_are_not_utf8_are_refused()
    {
        using var content = new TempFolder();
        content.File("res/ok.png", "x");
        // .NET cannot create such a name; python writes the raw bytes (Latin-1 "é" = 0xE9).
        var python = Process.Start(new ProcessStartInfo("python3", ["-c", "import os,sys; open(os.path.join(os.fsencode(sys.argv[1]), b'res', b'caf\\xe9.png'), 'wb').write(b'x')", content.Path]))!;
        await python.WaitForExitAsync();
        Assert.Equal(0, python.ExitCode);
        var error = await Assert.ThrowsAsync<InvalidDataException>(() => PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path, "1.0.0"), new BuildContext()));
        Assert.Contains("not valid UTF-8", error.Message);
    }

    [Fact]
    public async Task The_fingerprint_cache_reuses_hashes_of_unchanged_files_only()
    {
        using var content = new TempFolder();
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "fingerprints.tsv");
        var file = content.File("src/a.lua", "one");
        var settings = new PatchManifestSettings(content.Path, "1.0.0") { FingerprintCache = cache };
        await Task.Delay(Caching.FileIdentity.RacyWindow + TimeSpan.FromMilliseconds(200));   // older than the racy window
        await PatchManifests.GenerateAsync(settings, new BuildContext());
        // A remembered hash is trusted while the file's identity is unchanged: prove it by planting a marker.
        var line = File.ReadAllText(cache);
        File.WriteAllText(cache, "cafecafecafecafecafecafecafecafe" + line[32..], Encoding.UTF8);
        Assert.Equal("cafecafecafecafecafecafecafecafe", (await PatchManifests.GenerateAsync(settings, new BuildContext())).Assets["src/a.lua"].Md5);
        // Same size, mtime put back (cp -a, rsync -a): the ctime still tells.
        var modified = File.GetLastWriteTimeUtc(file);
        File.WriteAllText(file, "two");
        File.SetLastWriteTimeUtc(file, modified);
        Assert.Equal(Md5.OfBytes("two"u8), (await PatchManifests.GenerateAsync(settings, new BuildContext())).Assets["src/a.lua"].Md5);
    }

    [Fact]
    public async Task A_file_hashed_within_the_racy_window_is_read_again()
    {
        using var content = new TempFolder();
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "fingerprints.tsv");
        content.File("src/a.lua", "one");
        var settings = new PatchManifestSettings(content.Path, "1.0.0") { FingerprintCache = cache };
        await PatchManifests.GenerateAsync(settings, new BuildContext());
        var line = File.ReadAllText(cache);
        File.WriteAllText(cache, "cafecafecafecafecafecafecafecafe" + line[32..], Encoding.UTF8);
        Assert.Equal(Md5.OfBytes("one"u8), (await PatchManifests.GenerateAsync(settings, new BuildContext())).Assets["src/a.lua"].Md5);
    }

    [Fact]
    public async Task A_file_read_again_after_the_racy_window_is_trusted_from_then_on()
    {
        using var content = new TempFolder();
        using var temp = new TempFolder();
        var cache = Path.Combine(temp.Path, "fingerprints.tsv");
        content.File("src/a.lua", "one");
        var settings = new PatchManifestSettings(content.Path, "1.0.0") { FingerprintCache = cache };
        await PatchManifests.GenerateAsync(settings, new BuildContext());   // written just before: racy, remembered but not trusted
        await Task.Delay(Caching.FileIdentity.RacyWindow + TimeSpan.FromMilliseconds(200));
        await PatchManifests.GenerateAsync(settings, new BuildContext());   // read again, now outside the window: trusted from this run on
        var line = File.ReadAllText(cache);
        File.WriteAllText(cache, "cafecafecafecafecafecafecafecafe" + line[32..], Encoding.UTF8);
        Assert.Equal("cafecafecafecafecafecafecafecafe", (await PatchManifests.GenerateAsync(settings, new BuildContext())).Assets["src/a.lua"].Md5);
    }

    [Fact]
    public void The_diff_lists_what_players_download()
    {
        PatchManifest Manifest(params (string Path, string Md5, long Size)[] assets) => new()
        {
            PackageUrl = "", RemoteManifestUrl = "", RemoteVersionUrl = "", Version = "1",
            Assets = assets.ToDictionary(a => a.Path, a => new PatchAsset(a.Md5, a.Size)),
        };
        var from = Manifest(("a", "1", 10), ("b", "2", 20), ("c", "3", 30));
        var to = Manifest(("a", "1", 10), ("b", "9", 25), ("d", "4", 40));
        var diff = PatchDiff.Between(from, to);
        Assert.Equal(["d"], diff.Added);
        Assert.Equal(["b"], diff.Modified);
        Assert.Equal(["c"], diff.Deleted);
        Assert.Equal(65, diff.DownloadBytes);
        Assert.Equal(75, PatchDiff.Between(null, to).DownloadBytes);
        Assert.True(PatchDiff.Between(to, to).IsEmpty);
    }
}

public class PatchManifestHashingTests
{
    [Fact]
    public async Task Many_files_hash_to_the_same_manifest_as_md5_of_their_bytes()
    {
        using var content = new TempFolder();
        var random = new Random(3);
        var expected = new Dictionary<string, PatchAsset>();
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, i % 50 == 0 ? 300_000 : 5_000)];
            random.NextBytes(bytes);
            var key = $"res/d{i % 7}/f{i:000}.bin";
            content.File(key, bytes);
            expected[key] = new PatchAsset(Md5.OfBytes(bytes), bytes.Length);
        }
        content.File(".git/HEAD", "hidden folder");
        content.File("res/.hidden", "hidden file");

        var manifest = await PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path + Path.DirectorySeparatorChar, "1.0.0") { Parallelism = 3 }, new BuildContext());

        Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), manifest.Assets.Keys);
        foreach (var (key, asset) in expected) Assert.Equal(asset, manifest.Assets[key]);
    }

    [Fact]
    public async Task Cancelling_stops_hashing()
    {
        using var content = new TempFolder();
        for (var i = 0; i < 50; i++) content.File($"f{i}.bin", new byte[10_000]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => PatchManifests.GenerateAsync(new PatchManifestSettings(content.Path, "1.0.0"), new BuildContext(), cancelled.Token));
    }
}
