using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Assets.Tests;

public sealed class CachingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string OldFile(string name, string content)
    {
        var path = _temp[name];
        File.WriteAllText(path, content);
        File.SetLastWriteTimeUtc(path, DateTime.UtcNow.AddMinutes(-5));
        return path;
    }

    [Fact]
    public void Unchanged_files_are_hashed_once_and_the_memo_survives_a_save()
    {
        var a = OldFile("a.txt", "alpha");
        var b = OldFile("b.txt", "beta");
        Thread.Sleep(FileIdentity.RacyWindow + TimeSpan.FromMilliseconds(200)); // their ctime (which no one can set back) must be older than the racy window
        var hashes = new FileHashes();
        var first = hashes.Get(a);
        hashes.Get(b);
        Assert.Equal(first, hashes.Get(a));
        Assert.Equal(2, hashes.ComputedCount);

        hashes.Save(_temp["memo.tsv"]);
        var loaded = FileHashes.Load(_temp["memo.tsv"]);
        Assert.Equal(first, loaded.Get(a));
        Assert.Equal(0, loaded.ComputedCount);
    }

    [Fact]
    public void A_changed_file_is_hashed_again()
    {
        var a = OldFile("a.txt", "alpha");
        var hashes = new FileHashes();
        var before = hashes.Get(a);
        File.WriteAllText(a, "alphb");
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddMinutes(-4));
        Assert.NotEqual(before, hashes.Get(a));
        Assert.Equal(2, hashes.ComputedCount);
    }

    [Fact]
    public void A_file_changed_right_after_hashing_is_not_trusted_from_the_memo()
    {
        var a = _temp["fresh.txt"];
        File.WriteAllText(a, "one");
        File.SetLastWriteTimeUtc(a, DateTime.UtcNow.AddSeconds(30)); // as if written while (or after) it was hashed
        var hashes = new FileHashes();
        hashes.Get(a);
        hashes.Get(a);
        Assert.Equal(2, hashes.ComputedCount);
    }

    [Fact]
    public void A_damaged_memo_gives_an_empty_memo()
    {
        File.WriteAllText(_temp["memo.tsv"], "abc\tnot-a-number\t1\t2\t/x\n");
        var a = OldFile("a.txt", "alpha");
        var hashes = FileHashes.Load(_temp["memo.tsv"]);
        Assert.Equal(FileHashes.HashContent(a), hashes.Get(a));
        Assert.Equal(1, hashes.ComputedCount);
    }

    [Fact]
    public void Keys_change_with_tool_version_settings_paths_and_content()
    {
        string Key(string version = "1", string settings = "s", string path = "a.png", string hash = "h") =>
            new CacheKey("packer", version).Add("settings", settings).AddFile(path, hash).ToString();

        var keys = new[] { Key(), Key(version: "2"), Key(settings: "t"), Key(path: "b.png"), Key(hash: "g") };
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(Key(), Key());
        Assert.NotEqual(new CacheKey("a", "bc").ToString(), new CacheKey("ab", "c").ToString());
    }

    [Fact]
    public async Task Entries_round_trip_locally_and_through_the_remote_store()
    {
        var store = new FolderObjectStore(_temp["remote"]);
        Directory.CreateDirectory(_temp["out/sub"]);
        File.WriteAllText(_temp["out/a.plist"], "plist");
        File.WriteAllText(_temp["out/sub/a.png"], "png");
        var key = new CacheKey("t", "1").ToString();
        await new BuildCache(_temp["cache-a"], store).StoreAsync(key, _temp["out"], ["a.plist", "sub/a.png"]);

        var other = new BuildCache(_temp["cache-b"], store);
        var hit = await other.TryRestoreAsync(key, _temp["restored"]);
        Assert.Equal(CacheSource.Remote, hit!.Source);
        Assert.Equal(["a.plist", "sub/a.png"], hit.Files.Order());
        Assert.Equal("png", File.ReadAllText(_temp["restored/sub/a.png"]));

        var again = await other.TryRestoreAsync(key, _temp["restored2"]);
        Assert.Equal(CacheSource.Local, again!.Source);
        Assert.Null(await other.TryRestoreAsync(new CacheKey("t", "2").ToString(), _temp["restored3"]));
    }

    [Fact]
    public async Task Storing_an_entry_twice_keeps_the_first_and_does_not_fail()
    {
        var store = new FolderObjectStore(_temp["remote"]);
        File.WriteAllText(_temp["x.txt"], "x");
        var key = new CacheKey("t", "1").ToString();
        await new BuildCache(_temp["cache-a"], store).StoreAsync(key, _temp.Path, ["x.txt"]);
        await new BuildCache(_temp["cache-b"], store).StoreAsync(key, _temp.Path, ["x.txt"]);
        Assert.Equal(2, store.Puts);
        Assert.Single(Directory.EnumerateFiles(_temp["remote"], "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task A_damaged_local_entry_is_a_miss_and_removed()
    {
        var cache = new BuildCache(_temp["cache"]);
        File.WriteAllText(_temp["x.txt"], "x");
        var key = new CacheKey("t", "1").ToString();
        await cache.StoreAsync(key, _temp.Path, ["x.txt"]);
        var entry = Directory.EnumerateFiles(_temp["cache"], "*.zip", SearchOption.AllDirectories).Single();
        File.WriteAllText(entry, "not a zip");

        Assert.Null(await cache.TryRestoreAsync(key, _temp["out"]));
        Assert.False(File.Exists(entry));
    }

    public void Dispose() => _temp.Dispose();
}
