using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// Seven versions published with and without patch zips; a player who updated to each version at the time updates
/// to the last one with the cocos2d-x client simulator and must end with its files, byte for byte.
/// </summary>
public sealed class PatchZipClientTests : IDisposable
{
    private const string Cdn = "https://cdn.example.com/vega/";
    private readonly TempFolder _work = new();

    public void Dispose() => _work.Dispose();

    private static readonly string[] Versions = ["1.0.0", "1.0.1", "1.0.2", "1.0.3", "1.0.4", "1.0.5", "1.0.6"];

    /// <summary>The content change that makes version <paramref name="index"/>.</summary>
    private static void Change(TempFolder content, int index, byte[] originalIcon1)
    {
        void Modify(params string[] paths) { foreach (var path in paths) GameContent.Modify(content, path); }
        void Delete(string path) => File.Delete(Path.Combine(content.Path, path));
        switch (index)
        {
            case 1:
                Modify("src/app/view0.lua", "res/ui/icon1.png", "res/config/table2.json");
                content.File("res/new/a.json", "{\"a\": 1}");
                content.File("res/new/b.json", "{\"b\": 1}");
                break;
            case 2:
                Modify("src/app/view0.lua", "src/app/view3.lua", "res/ui/icon4.png");
                Delete("res/new/a.json");
                break;
            case 3:
                Modify("res/config/table5.json");
                break;
            case 4:
                Modify("src/app/view6.lua", "res/ui/icon7.png", "res/config/table8.json", "src/app/view9.lua", "res/ui/icon10.png");
                Delete("res/new/b.json");
                break;
            case 5:
                File.WriteAllBytes(Path.Combine(content.Path, "res/ui/icon1.png"), originalIcon1);
                content.File("res/new/c.json", "{\"c\": 1}");
                content.File("res/new/d.json", "{\"d\": 1}");
                content.File("res/new/e.json", "{\"e\": 1}");
                break;
            case 6:
                Modify("src/app/view6.lua", "res/config/table11.json", "src/app/view12.lua");
                Delete("res/new/d.json");
                content.File("res/new/a.json", "{\"a\": 2}");
                break;
        }
    }

    private static readonly string[] DeletedSometime = ["res/new/a.json", "res/new/b.json", "res/new/d.json"];

    [Theory]
    [InlineData(0, false)]
    [InlineData(0, true)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(3, true)]
    public async Task Players_on_every_earlier_version_end_with_the_last_version_files(int window, bool deletesRemovedFiles)
    {
        var store = new LocalObjectStore(Path.Combine(_work.Path, "store"));
        await FollowAsync(store, (source, version) => PublishAsync(store, source, version, window), window, deletesRemovedFiles);
    }

    private static Task<PatchPublishResult> PublishAsync(IObjectStore store, string source, string version, int window) =>
        GameStatic.PublishAsync(store, new PatchPublishSettings(source, version, Cdn) { ZipWindow = window, Keep = 0 }, new BuildContext());

    /// <summary>Publishes the seven versions; a player takes each when it goes live, then every one of them updates to the last.</summary>
    private async Task FollowAsync(IObjectStore store, Func<string, string, Task> publish, int window, bool deletesRemovedFiles)
    {
        using var content = GameContent.Create(30, seed: 7);
        var originalIcon1 = File.ReadAllBytes(Path.Combine(content.Path, "res/ui/icon1.png"));
        var packaged = await PatchManifests.GenerateAsync(GameStatic.ManifestSettings(new PatchPublishSettings(content.Path, Versions[0], Cdn)), new BuildContext());
        var fresh = CocosClient.Install(Device("fresh"), content.Path, packaged, store, Cdn, deletesRemovedFiles);

        var players = new Dictionary<string, CocosClient> { [Versions[0]] = fresh.CloneTo(Device(Versions[0])) };
        await publish(content.Path, Versions[0]);
        Assert.False((await players[Versions[0]].UpdateAsync()).Updated);
        for (var i = 1; i < Versions.Length; i++)
        {
            Change(content, i, originalIcon1);
            await publish(content.Path, Versions[i]);
            var player = players[Versions[i - 1]].CloneTo(Device(Versions[i]));
            var update = await player.UpdateAsync();
            Assert.Equal(Versions[i], update.To);
            // A player who keeps up never downloads an older zip again: intact zips keep their name and MD5.
            Assert.All(update.Downloaded.Where(p => p.StartsWith(".patch-")), p => Assert.StartsWith($".patch-{Versions[i]}-", p));
            AssertHolds(player, content, Versions[i], window, deletesRemovedFiles, null);
            players[Versions[i]] = player;
        }

        var last = Versions[^1];
        foreach (var (version, player) in players.Append(new("package", fresh)))
        {
            if (version == last) continue;
            var late = player.CloneTo(Device(version + "-late"));
            var before = late.LoadLocalManifest();
            var update = await late.UpdateAsync();
            Assert.Equal(last, update.To);
            AssertHolds(late, content, $"{version} → {last}", window, deletesRemovedFiles, before);
        }
    }

    [Fact]
    public async Task An_app_package_should_ship_the_manifest_its_version_was_published_with()
    {
        using var content = GameContent.Create(30, seed: 7);
        var originalIcon1 = File.ReadAllBytes(Path.Combine(content.Path, "res/ui/icon1.png"));
        var store = new LocalObjectStore(Path.Combine(_work.Path, "store"));
        await PublishAsync(store, content.Path, Versions[0], window: 6);
        for (var i = 1; i <= 3; i++)
        {
            Change(content, i, originalIcon1);
            await PublishAsync(store, content.Path, Versions[i], window: 6);
        }
        // The app is built from 1.0.3: its content, and either the manifest published for 1.0.3 or a per-file one.
        var published = CocosClient.Install(Device("published-manifest"), content.Path, await ManifestAsync(store, "versions/1.0.3/project.manifest"), store, Cdn);
        var perFile = CocosClient.Install(Device("per-file-manifest"), content.Path, await ManifestAsync(store, PatchZipHistory.Key("1.0.3")), store, Cdn);
        for (var i = 4; i < Versions.Length; i++)
        {
            Change(content, i, originalIcon1);
            await PublishAsync(store, content.Path, Versions[i], window: 6);
        }

        var withPublished = await published.UpdateAsync();
        var withPerFile = await perFile.UpdateAsync();

        AssertHolds(published, content, "package 1.0.3 (published manifest)", 6, false, null);
        AssertHolds(perFile, content, "package 1.0.3 (per-file manifest)", 6, false, null);
        // 1.0.2's zip is still intact in 1.0.6: the published manifest already lists it, a per-file one does not.
        Assert.DoesNotContain(withPublished.Downloaded, p => p.StartsWith(".patch-1.0.2-"));
        Assert.Contains(withPerFile.Downloaded, p => p.StartsWith(".patch-1.0.2-"));
    }

    private static async Task<PatchManifest> ManifestAsync(IObjectStore store, string key) =>
        (await GameStatic.ReadManifestAsync(store, key, CancellationToken.None))!.Value.Manifest;

    private string Device(string name) => Path.Combine(_work.Path, "devices", name);

    private static void AssertHolds(CocosClient player, TempFolder content, string what, int window, bool deletesRemovedFiles, PatchManifest? before)
    {
        var expected = Directory.EnumerateFiles(content.Path, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(content.Path, f).Replace('\\', '/')).ToHashSet(StringComparer.Ordinal);
        foreach (var path in expected)
            Assert.True(File.ReadAllBytes(Path.Combine(content.Path, path)).AsSpan().SequenceEqual(player.Read(path)), $"{path} differs on the player {what}");
        var extra = player.VisibleFiles().Where(p => !expected.Contains(p)).ToArray();
        // Files a version deleted can only linger (current clients never delete); nothing else may appear.
        Assert.All(extra, p => Assert.Contains(p, DeletedSometime));
        if (deletesRemovedFiles && window == 0) Assert.Empty(extra);
        if (deletesRemovedFiles && before is not null)
            foreach (var path in before.Assets.Keys.Where(p => !expected.Contains(p) && !before.Assets[p].Compressed))
                Assert.Null(player.Read(path));
    }
}
