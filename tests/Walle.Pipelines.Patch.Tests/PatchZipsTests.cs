using Walle.Pipelines.Engine;
using System.IO.Compression;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Patch zips: what goes in them, determinism, bad input, and real client updates from every earlier version.</summary>
public sealed class PatchZipsTests : IDisposable
{
    private const string Cdn = "https://cdn.example.com/vega/";
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private static Task<PatchManifest> ManifestAsync(TempFolder content, string version) =>
        PatchManifests.GenerateAsync(GameStatic.ManifestSettings(new PatchPublishSettings(content.Path, version, Cdn)), new BuildContext());

    private PatchZipSettings Settings(TempFolder content, int window, string output = "zips") =>
        new(content.Path, Path.Combine(_work.Path, output), window);

    /// <summary>1.0.0 (baseline), 1.0.1 changes 3 files, 1.0.2 changes 2 (one of them again) and adds 1, 1.0.3 changes 1.</summary>
    private static async Task<(TempFolder Content, List<PatchManifest> History)> HistoryAsync()
    {
        var content = GameContent.Create(12);
        List<PatchManifest> history = [await ManifestAsync(content, "1.0.0")];
        foreach (var path in new[] { "src/app/view0.lua", "res/ui/icon1.png", "res/config/table2.json" }) GameContent.Modify(content, path);
        history.Add(await ManifestAsync(content, "1.0.1"));
        foreach (var path in new[] { "src/app/view0.lua", "src/app/view3.lua" }) GameContent.Modify(content, path);
        content.File("res/new/a.json", "{\"a\": 1}");
        history.Add(await ManifestAsync(content, "1.0.2"));
        GameContent.Modify(content, "res/ui/icon4.png");
        history.Add(await ManifestAsync(content, "1.0.3"));
        return (content, history);
    }

    private static IReadOnlyList<string> Entries(string zip)
    {
        using var archive = ZipFile.OpenRead(zip);
        return archive.Entries.Select(e => e.FullName).ToArray();
    }

    [Fact]
    public async Task Each_recent_version_gets_a_zip_of_the_files_it_changed_and_older_files_stay_listed()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;

        var result = await PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, window: 3));

        // 1.0.1's zip broke when 1.0.2 changed view0 again; 1.0.3 changed a single file (MinimumFiles 2); 1.0.0 is the baseline.
        var zip = Assert.Single(result.Zips);
        Assert.Equal("1.0.2", zip.Version);
        Assert.Equal(["res/new/a.json", "src/app/view0.lua", "src/app/view3.lua"], zip.Files);
        Assert.Equal(zip.Files, Entries(zip.LocalFile));
        var asset = result.Manifest.Assets[zip.Path];
        Assert.True(asset.Compressed);
        Assert.Equal(Md5.OfFile(zip.LocalFile), asset.Md5);
        Assert.Equal(new FileInfo(zip.LocalFile).Length, asset.Size);
        Assert.Matches(@"^\.patch-1\.0\.2-[0-9a-f]{8}\.zip$", zip.Path);
        foreach (var file in zip.Files) Assert.False(result.Manifest.Assets.ContainsKey(file));
        foreach (var file in new[] { "res/ui/icon1.png", "res/config/table2.json", "res/ui/icon4.png" })
            Assert.Equal(history[^1].Assets[file], result.Manifest.Assets[file]);
        Assert.Equal(history[^1].Assets.Count - 3 + 1, result.Manifest.Assets.Count);
        Assert.Same(history[^1], result.FilesManifest);
        // Content as of the version published, byte for byte.
        using var archive = ZipFile.OpenRead(zip.LocalFile);
        using var entry = archive.GetEntry("src/app/view0.lua")!.Open();
        Assert.Equal(history[^1].Assets["src/app/view0.lua"].Md5, Md5.OfStream(entry));
    }

    [Fact]
    public async Task An_intact_zip_keeps_its_name_and_md5_and_a_broken_one_is_listed_file_by_file()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;
        var at3 = await PatchZips.ApplyAsync(history[3], history[..3], Settings(content, 3, "at3"));
        GameContent.Modify(content, "res/config/table5.json");
        GameContent.Modify(content, "src/app/view6.lua");
        history.Add(await ManifestAsync(content, "1.0.4"));

        var at4 = await PatchZips.ApplyAsync(history[4], history[..4], Settings(content, 3, "at4"));
        GameContent.Modify(content, "src/app/view3.lua");
        history.Add(await ManifestAsync(content, "1.0.5"));
        var at5 = await PatchZips.ApplyAsync(history[5], history[..5], Settings(content, 3, "at5"));

        var zip2 = at3.Zips.Single(z => z.Version == "1.0.2");
        Assert.Equal(at3.Manifest.Assets[zip2.Path], at4.Manifest.Assets[zip2.Path]);
        Assert.Equal(["1.0.2", "1.0.4"], at4.Zips.Select(z => z.Version));
        Assert.DoesNotContain(at5.Zips, z => z.Version == "1.0.2");
        Assert.False(at5.Manifest.Assets["src/app/view0.lua"].Compressed);
        Assert.False(at5.Manifest.Assets["res/new/a.json"].Compressed);
    }

    [Fact]
    public async Task The_window_counts_back_from_the_version_published()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;

        var result = await PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, window: 2) with { MinimumFiles = 1 });

        Assert.Equal(["1.0.2", "1.0.3"], result.Zips.Select(z => z.Version));
        Assert.False(result.Manifest.Assets["res/ui/icon1.png"].Compressed);
    }

    [Fact]
    public async Task Window_zero_or_no_earlier_version_changes_nothing()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;

        var off = await PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, window: 0));
        var first = await PatchZips.ApplyAsync(history[0], [], Settings(content, window: 3) with { SourceDirectory = content.Path });

        Assert.Same(history[^1], off.Manifest);
        Assert.Empty(off.Zips);
        Assert.Empty(first.Zips);
        Assert.False(Directory.Exists(Path.Combine(_work.Path, "zips")));
    }

    [Fact]
    public async Task Zips_are_deterministic_so_publishing_again_changes_nothing()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;

        var one = await PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, 3, "one"));
        foreach (var file in Directory.EnumerateFiles(content.Path, "*", SearchOption.AllDirectories)) File.SetLastWriteTimeUtc(file, DateTime.UtcNow.AddDays(-3));
        await Task.Delay(1100);
        var two = await PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, 3, "two"));

        Assert.Equal(one.Manifest.ToProjectJson(), two.Manifest.ToProjectJson());
        for (var i = 0; i < one.Zips.Count; i++) Assert.Equal(File.ReadAllBytes(one.Zips[i].LocalFile), File.ReadAllBytes(two.Zips[i].LocalFile));
        using var archive = ZipFile.OpenRead(one.Zips[0].LocalFile);
        Assert.All(archive.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        Assert.Equal(one.Zips.Count, Directory.GetFiles(Path.Combine(_work.Path, "one")).Length);
    }

    [Fact]
    public async Task A_file_back_to_older_content_counts_as_changed_in_the_version_that_reverted_it()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;
        File.WriteAllText(Path.Combine(content.Path, "res/new/a.json"), "{\"a\": 1}");
        GameContent.Modify(content, "res/ui/icon4.png");
        var v4 = await ManifestAsync(content, "1.0.4");
        GameContent.Modify(content, "res/new/a.json");
        var v5 = await ManifestAsync(content, "1.0.5");
        File.WriteAllText(Path.Combine(content.Path, "res/new/a.json"), "{\"a\": 1}");
        GameContent.Modify(content, "src/app/view3.lua");
        var v6 = await ManifestAsync(content, "1.0.6");

        var result = await PatchZips.ApplyAsync(v6, [.. history, v4, v5], Settings(content, 3));

        Assert.Equal(["res/new/a.json", "src/app/view3.lua"], Assert.Single(result.Zips, z => z.Version == "1.0.6").Files);
    }

    [Fact]
    public async Task A_previous_manifest_with_zips_is_refused_with_the_fix()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;
        var zipped = await PatchZips.ApplyAsync(history[2], history[..2], Settings(content, 3, "z1") with { MinimumFiles = 1 });
        // history[2]'s files are no longer on disk as of 1.0.2 (1.0.3 changed one), so only build the zipped manifest check.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => PatchZips.ApplyAsync(history[3], [history[0], history[1], zipped.Manifest], Settings(content, 3, "z2")));

        Assert.Contains("version 1.0.2", error.Message);
        Assert.Contains("files.manifest", error.Message);
    }

    [Fact]
    public async Task A_source_file_changed_after_hashing_fails_and_leaves_no_zip()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;
        GameContent.Modify(content, "src/app/view3.lua");

        var error = await Assert.ThrowsAsync<InvalidDataException>(() => PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, 3)));

        Assert.Contains("src/app/view3.lua", error.Message);
        Assert.Contains("Re-run", error.Message);
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_work.Path, "zips")), f => Path.GetFileName(f).StartsWith(".patch-"));
        Assert.DoesNotContain(Directory.GetFiles(Path.Combine(_work.Path, "zips")), f => Path.GetFileName(f).StartsWith(".writing-"));
    }

    [Fact]
    public async Task A_negative_window_is_refused_naming_the_parameter()
    {
        var (content, history) = await HistoryAsync();
        using var _ = content;

        var error = await Assert.ThrowsAsync<ArgumentException>(() => PatchZips.ApplyAsync(history[^1], history[..^1], Settings(content, -1)));

        Assert.Contains("PatchZipWindow", error.Message);
    }

    [Fact]
    public async Task History_prefers_files_manifest_falls_back_to_a_plain_manifest_and_skips_missing_versions()
    {
        var store = new LocalObjectStore(Path.Combine(_work.Path, "store"));
        var (content, history) = await HistoryAsync();
        using var _ = content;
        var zipped = history[1] with { Assets = new Dictionary<string, PatchAsset> { [".patch-x.zip"] = new("00", 1, true) } };
        await store.PutAsync("versions/1.0.0/project.manifest", new MemoryStream(history[0].ToProjectJson()));
        await store.PutAsync("versions/1.0.1/project.manifest", new MemoryStream(zipped.ToProjectJson()));
        await store.PutAsync(PatchZipHistory.Key("1.0.1"), new MemoryStream(history[1].ToProjectJson()));
        var rollback = new PatchRelease("1.0.1.1", "1.0.0", DateTimeOffset.UtcNow);

        var loaded = await PatchZipHistory.LoadAsync(store, [new("1.0.0", "1.0.0", default), new("1.0.1", "1.0.1", default), new("0.9", "0.9", default), rollback], new BuildContext());

        Assert.Equal(["1.0.0", "1.0.1", "1.0.1.1"], loaded.Select(m => m.Version));
        Assert.Equal(history[1].Assets.Keys, loaded[1].Assets.Keys);
        Assert.Equal(history[0].Assets.Keys, loaded[2].Assets.Keys);
    }
}
