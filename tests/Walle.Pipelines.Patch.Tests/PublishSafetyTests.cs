using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Publishes that would have put wrong or broken content live (issue 10, items 1–6), on the folder store.</summary>
public sealed class PublishSafetyTests : IDisposable
{
    private const string Cdn = "https://cdn.example.com/vega/";
    private readonly TempFolder _work = new();
    private readonly IObjectStore _store;

    public PublishSafetyTests() => _store = new LocalObjectStore(Path.Combine(_work.Path, "store"));

    public void Dispose() => _work.Dispose();

    private PatchPublishSettings Settings(string source, string version) =>
        new(source, version, Cdn) { Parallelism = 4, FingerprintCache = Path.Combine(_work.Path, "fingerprints.tsv") };

    private static void SameSizeOtherBytes(string path, byte fill)
    {
        var written = File.GetLastWriteTimeUtc(path);
        File.WriteAllBytes(path, Enumerable.Repeat(fill, (int)new FileInfo(path).Length).ToArray());
        File.SetLastWriteTimeUtc(path, written);   // what cp -a, rsync -a or a cache restore leave behind
    }

    [Fact]
    public async Task Two_source_folders_with_the_same_size_and_mtime_never_share_a_fingerprint()
    {
        using var x = GameContent.Create(6);
        using var y = new TempFolder();
        foreach (var file in Directory.GetFiles(x.Path, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(y.Path, Path.GetRelativePath(x.Path, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
            File.SetLastWriteTimeUtc(copy, File.GetLastWriteTimeUtc(file));
        }
        var lua = Path.Combine(y.Path, "src/app/view0.lua");
        SameSizeOtherBytes(lua, 0x2A);
        await Task.Delay(FileIdentity_RacyWindow);   // old enough for the memo to be trusted

        await GameStatic.PublishAsync(_store, Settings(x.Path, "3.1.0"), new BuildContext());
        var result = await GameStatic.PublishAsync(_store, Settings(y.Path, "3.1.1"), new BuildContext());

        Assert.Equal(Md5.OfFile(lua, out _), result.Manifest.Assets["src/app/view0.lua"].Md5);
        Assert.Equal(["src/app/view0.lua"], result.Diff.Modified);
        Assert.True((await GameStatic.VerifySourceAsync(_store, y.Path, new BuildContext())).Ok);
        var against = await GameStatic.VerifySourceAsync(_store, x.Path, new BuildContext());
        Assert.False(against.Ok);
        Assert.Contains(against.Problems, p => p.StartsWith("src/app/view0.lua differs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_file_rewritten_in_place_with_its_old_size_and_mtime_is_hashed_again()
    {
        using var content = GameContent.Create(6);
        await Task.Delay(FileIdentity_RacyWindow);
        await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0"), new BuildContext());
        var lua = Path.Combine(content.Path, "src/app/view0.lua");
        SameSizeOtherBytes(lua, 0x2B);

        var result = await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.1"), new BuildContext());

        Assert.Equal(Md5.OfFile(lua, out _), result.Manifest.Assets["src/app/view0.lua"].Md5);
        Assert.True((await GameStatic.VerifySourceAsync(_store, content.Path, new BuildContext())).Ok);
    }

    private static readonly TimeSpan FileIdentity_RacyWindow = Caching.FileIdentity.RacyWindow + TimeSpan.FromMilliseconds(200);

    [Fact]
    public async Task An_empty_content_folder_is_refused_and_nothing_changes_for_players()
    {
        using var content = GameContent.Create(6);
        await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0"), new BuildContext());
        using var empty = new TempFolder();
        var changes = await _store.HeadAsync("changed.json");

        var refused = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(_store, Settings(empty.Path, "1.0.1"), new BuildContext()));

        Assert.Equal(PatchRefusal.Empty, refused.Reason);
        Assert.Contains("has no files", refused.Message);
        Assert.Contains("6 files of 1.0.0", refused.Message);
        Assert.Equal("1.0.0", (await GameStatic.ReadLiveAsync(_store))!.Value.Manifest.Version);
        Assert.Null(await GameStatic.ReadVersionAsync(_store, "1.0.1"));
        Assert.Equal(changes!.ETag, (await _store.HeadAsync("changed.json"))!.ETag);
    }

    [Fact]
    public async Task Deleting_more_than_the_allowed_share_is_refused_with_the_count_unless_forced()
    {
        using var content = GameContent.Create(10);
        await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0"), new BuildContext());
        foreach (var file in Directory.GetFiles(content.Path, "*.lua", SearchOption.AllDirectories).Concat(Directory.GetFiles(content.Path, "*.json", SearchOption.AllDirectories)))
            File.Delete(file);

        var refused = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.1"), new BuildContext()));
        Assert.Equal(PatchRefusal.TooManyDeleted, refused.Reason);
        Assert.Contains("would delete 7 of the 10 files", refused.Message);
        Assert.Equal("1.0.0", (await GameStatic.ReadLiveAsync(_store))!.Value.Manifest.Version);

        var allowed = await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.1") with { MaxDeletedShare = 0.8 }, new BuildContext());
        Assert.Equal(7, allowed.Diff.Deleted.Count);
        Assert.True((await GameStatic.VerifyAsync(_store, new BuildContext())).Ok);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.0-beta")]
    [InlineData("1.2.3.4.5")]
    [InlineData("1.0.9999999999")]
    public async Task A_version_the_client_cannot_compare_as_numbers_is_refused_before_anything_is_written(string version)
    {
        using var content = GameContent.Create(3);

        var refused = await Assert.ThrowsAsync<ArgumentException>(() => GameStatic.PublishAsync(_store, Settings(content.Path, version), new BuildContext()));

        Assert.Contains("compares as numbers", refused.Message);
        Assert.Empty(await _store.ListAsync("").ToListAsync());
    }

    [Fact]
    public async Task A_link_out_of_the_content_folder_is_refused_naming_it()
    {
        using var content = GameContent.Create(3);
        var secret = _work.File("outside/secret.lua", "token = 'not for players'");
        File.CreateSymbolicLink(Path.Combine(content.Path, "src/app/leak.lua"), secret);

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() =>
            GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0") with { FollowInnerLinks = true }, new BuildContext()));

        Assert.Contains("'src/app/leak.lua'", refused.Message);
        Assert.Contains("leading out of it", refused.Message);
        Assert.Null(await GameStatic.ReadLiveAsync(_store));
    }

    [Fact]
    public async Task A_dangling_link_is_named_with_the_fix()
    {
        using var content = GameContent.Create(3);
        File.CreateSymbolicLink(Path.Combine(content.Path, "res/gone.png"), Path.Combine(content.Path, "res/never-there.png"));

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0"), new BuildContext()));

        Assert.Contains("'res/gone.png'", refused.Message);
        Assert.Contains("does not exist. Remove the link or restore what it points to", refused.Message);
    }

    [Fact]
    public async Task Links_inside_the_folder_are_refused_by_default_and_published_as_their_target_when_allowed()
    {
        using var content = GameContent.Create(3);
        File.CreateSymbolicLink(Path.Combine(content.Path, "src/alias.lua"), Path.Combine(content.Path, "src/app/view0.lua"));
        Directory.CreateSymbolicLink(Path.Combine(content.Path, "res/ui-copy"), Path.Combine(content.Path, "res/ui"));

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() => GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0"), new BuildContext()));
        Assert.Contains("Links are refused by default", refused.Message);

        var result = await GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0") with { FollowInnerLinks = true }, new BuildContext());
        Assert.Equal(result.Manifest.Assets["src/app/view0.lua"], result.Manifest.Assets["src/alias.lua"]);
        Assert.Equal(result.Manifest.Assets["res/ui/icon1.png"], result.Manifest.Assets["res/ui-copy/icon1.png"]);
        Assert.True((await GameStatic.VerifyAsync(_store, new BuildContext())).Ok);
    }

    [Fact]
    public async Task A_link_to_its_own_parent_folder_is_a_loop_not_a_hang()
    {
        using var content = GameContent.Create(3);
        Directory.CreateSymbolicLink(Path.Combine(content.Path, "res/ui/again"), Path.Combine(content.Path, "res"));

        var refused = await Assert.ThrowsAsync<InvalidDataException>(() =>
            GameStatic.PublishAsync(_store, Settings(content.Path, "1.0.0") with { FollowInnerLinks = true }, new BuildContext()));

        Assert.Contains("a loop", refused.Message);
    }

    [Fact]
    public async Task The_same_version_with_other_content_says_so_and_what_forcing_would_do()
    {
        using var content = GameContent.Create(4);
        await GameStatic.PublishAsync(_store, Settings(content.Path, "2.0.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");

        var refused = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(_store, Settings(content.Path, "2.0.0"), new BuildContext()));

        Assert.Equal(PatchRefusal.SameVersionOtherContent, refused.Reason);
        Assert.Contains("already live", refused.Message);
        Assert.Contains("1 modified", refused.Message);
        Assert.Contains("players who already have 2.0.0", refused.Message);
    }

    [Fact]
    public async Task A_publish_that_lost_a_race_is_not_in_the_history_and_is_told_what_can_work()
    {
        using var content = GameContent.Create(8);
        await GameStatic.PublishAsync(_store, Settings(content.Path, "2.9.0"), new BuildContext());
        using var other = GameContent.Create(8, seed: 5);
        var bothReady = new Rendezvous(2);
        var older = GameStatic.PublishAsync(new FaultyStore(_store) { BeforeLiveSwitch = bothReady }, Settings(content.Path, "3.0.0") with { FingerprintCache = null }, new BuildContext());
        var newer = GameStatic.PublishAsync(new FaultyStore(_store) { BeforeLiveSwitch = bothReady }, Settings(other.Path, "3.0.1") with { FingerprintCache = null }, new BuildContext());
        var outcomes = new List<Exception?>();
        foreach (var task in new[] { older, newer })
        {
            try { await task; outcomes.Add(null); }
            catch (ObjectConflictException e) { outcomes.Add(e); }
        }

        var live = (await GameStatic.ReadLiveAsync(_store))!.Value.Manifest.Version;
        var loser = live == "3.0.1" ? "3.0.0" : "3.0.1";
        var conflict = Assert.Single(outcomes.OfType<ObjectConflictException>());
        Assert.DoesNotContain(await GameStatic.HistoryAsync(_store), r => r.Version == loser);
        Assert.Contains(await GameStatic.HistoryAsync(_store), r => r.Version == live);
        if (loser == "3.0.0")
        {
            Assert.Contains("publish this content as a version greater than 3.0.1", conflict.Message);
            Assert.DoesNotContain("re-run to publish it", conflict.Message);
        }
        else Assert.Contains("re-run to publish it", conflict.Message);
    }
}
