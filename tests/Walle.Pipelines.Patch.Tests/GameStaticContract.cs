using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Publishing, rollback, retention and verify; run against the folder store and real S3.</summary>
public abstract class GameStaticContract
{
    private const string Cdn = "https://cdn.example.com/vega/";

    protected abstract Task<IObjectStore> NewStoreAsync();

    private static PatchPublishSettings Settings(TempFolder content, string version) => new(content.Path, version, Cdn) { Parallelism = 8 };

    [Fact]
    public async Task First_publish_uploads_everything_and_makes_it_live()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(30);
        var result = await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        Assert.Equal(30, result.Uploaded);
        Assert.Equal(0, result.Copied);
        Assert.Null(result.PreviousVersion);
        var live = await GameStatic.ReadLiveAsync(store);
        Assert.Equal("1.0.0", live!.Value.Manifest.Version);
        Assert.Equal(Cdn + "versions/1.0.0/", live.Value.Manifest.PackageUrl);
        Assert.Equal(Cdn + "project.manifest", live.Value.Manifest.RemoteManifestUrl);
        Assert.Equal(Cdn + "version.manifest", live.Value.Manifest.RemoteVersionUrl);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        var asset = live.Value.Manifest.Assets.First();
        Assert.Equal(asset.Value.Size, (await store.HeadAsync("versions/1.0.0/" + asset.Key))!.Size);
    }

    [Fact]
    public async Task Second_publish_stores_only_the_changed_files_and_players_on_the_base_update()
    {
        var store = new FaultyStore(await NewStoreAsync());
        using var content = GameContent.Create(30);
        var base100 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext())).Manifest;
        GameContent.Modify(content, "src/app/view0.lua");
        content.File("res/new/banner.png", new byte[5000]);
        File.Delete(Path.Combine(content.Path, "res/config/table2.json"));
        var putsBefore = store.Puts;

        var result = await GameStatic.PublishAsync(store, Settings(content, "1.0.1"), new BuildContext());

        Assert.Equal(2, result.Uploaded);
        Assert.Equal(0, result.Copied);
        Assert.Equal(2, result.Held);
        Assert.Equal("1.0.0", result.Base);
        Assert.Equal(["res/new/banner.png"], result.Diff.Added);
        Assert.Equal(["src/app/view0.lua"], result.Diff.Modified);
        Assert.Equal(["res/config/table2.json"], result.Diff.Deleted);
        Assert.Equal("1.0.0", result.PreviousVersion);
        // changed.json + claim + 2 files + version folder's version.manifest + history + 2 live manifests
        Assert.Equal(8, store.Puts - putsBefore);
        Assert.Equal(0, store.Copies);
        Assert.Equal(["res/new/banner.png", "src/app/view0.lua"], await Players.FilesInAsync(store, "1.0.1"));
        Assert.Equal(30, (await Players.FilesInAsync(store, "1.0.0")).Count);
        var changes = await PatchChanges.ReadAsync(store);
        Assert.Equal("1.0.0", changes!.Base);
        Assert.Equal(["res/config/table2.json", "res/new/banner.png", "src/app/view0.lua"], changes.Paths);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, base100);
    }

    [Fact]
    public async Task Every_player_version_can_update_to_each_new_version_and_folders_hold_only_what_changed_since_the_base()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(24);
        List<PatchManifest> published = [(await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext())).Manifest];
        string[][] steps =
        [
            ["src/app/view0.lua", "res/ui/icon1.png"],
            ["src/app/view0.lua", "res/config/table5.json"],
            ["res/ui/icon4.png"],
            ["src/app/view3.lua", "res/ui/icon1.png"],
        ];
        for (var i = 0; i < steps.Length; i++)
        {
            foreach (var path in steps[i]) GameContent.Modify(content, path);
            if (i == 2) File.Delete(Path.Combine(content.Path, "res/config/table8.json"));
            // Files carried into a new folder all copied server-side: only the changed ones travel from here.
            var result = await GameStatic.PublishAsync(store, Settings(content, $"1.0.{i + 1}") with { Keep = 0, CopyMinimumBytes = 0 }, new BuildContext());
            var changedSoFar = steps.Take(i + 1).SelectMany(s => s).Distinct().Count();
            Assert.Equal(changedSoFar, result.Held);
            Assert.True(result.Uploaded <= steps[i].Length, $"{result.Uploaded} uploads for {steps[i].Length} changed files");
            Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
            await Players.AssertEachCanUpdateAsync(store, Cdn, [.. published]);
            published.Add(result.Manifest);
        }
        // A player who deleted nothing still gets the deletion: the deleted path is on the changed list.
        Assert.Contains("res/config/table8.json", (await PatchChanges.ReadAsync(store))!.Paths);
    }

    [Fact]
    public async Task Rollback_puts_back_files_changed_after_the_target_so_every_player_gets_its_content()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(12);
        var v100 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext())).Manifest;
        GameContent.Modify(content, "src/app/view0.lua");
        var v101 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { ShareLiveFolder = false }, new BuildContext())).Manifest;
        GameContent.Modify(content, "res/ui/icon1.png");
        var v102 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.2") with { ShareLiveFolder = false }, new BuildContext())).Manifest;
        Assert.Equal(["src/app/view0.lua"], await Players.FilesInAsync(store, "1.0.1"));

        var rolledBack = await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.1"), new BuildContext());

        // Players on 1.0.2 need the 1.0.1 (= base) bytes of icon1.png: copied into 1.0.1's folder from the base.
        Assert.Equal(Cdn + "versions/1.0.1/", rolledBack.PackageUrl);
        Assert.Equal(["res/ui/icon1.png", "src/app/view0.lua"], await Players.FilesInAsync(store, "1.0.1"));
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, v100, v101, v102);
    }

    [Fact]
    public async Task Rollback_into_a_folder_a_later_version_added_other_bytes_to_uses_a_folder_of_its_own()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(12);
        var v100 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext())).Manifest;
        GameContent.Modify(content, "src/app/view0.lua");
        var v101 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.1"), new BuildContext())).Manifest;
        GameContent.Modify(content, "res/ui/icon1.png");
        var v102 = await GameStatic.PublishAsync(store, Settings(content, "1.0.2"), new BuildContext());
        Assert.Equal("1.0.1", v102.Folder);   // icon1.png was not in 1.0.1's folder: 1.0.2 adds it there

        var rolledBack = await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.1"), new BuildContext());

        Assert.Equal(Cdn + "versions/1.0.2.1/", rolledBack.PackageUrl);
        Assert.Equal(["res/ui/icon1.png", "src/app/view0.lua"], await Players.FilesInAsync(store, "1.0.2.1"));
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, v100, v101, v102.Manifest);
    }

    [Fact]
    public async Task Rollback_after_a_rebase_takes_files_the_folder_lacks_from_the_target_versions_own_base()
    {
        // Found by the model-based test with races (seed 27): 1.0.2 adds icon1.png to 1.0.1's folder; after a rebase,
        // a rollback to 1.0.2 and a publish on top make the folder's latest user one of the new base. Rolling back to
        // 1.0.1 then needs 1.0.1's icon1.png, which only its own base (1.0.0) has: it was looked for in the new base only.
        var store = await NewStoreAsync();
        using var content = GameContent.Create(12);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        await GameStatic.PublishAsync(store, Settings(content, "1.0.1"), new BuildContext());
        GameContent.Modify(content, "res/ui/icon1.png");
        var v102 = await GameStatic.PublishAsync(store, Settings(content, "1.0.2"), new BuildContext());
        Assert.Equal("1.0.1", v102.Folder);
        GameContent.Modify(content, "res/ui/icon2.png");
        var v103 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.3") with { Rebase = true }, new BuildContext())).Manifest;
        var v1031 = await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.2"), new BuildContext());
        var v104 = await GameStatic.PublishAsync(store, Settings(content, "1.0.4"), new BuildContext());

        var rolledBack = await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.1"), new BuildContext());

        Assert.Equal(Cdn + "versions/1.0.4.1/", rolledBack.PackageUrl);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        // A rebase asks players on older app packages to update the app: devices from the new base on.
        await Players.AssertEachCanUpdateAsync(store, Cdn, v103, v1031, v104.Manifest);
    }

    [Fact]
    public async Task A_publish_that_copies_the_files_changed_since_the_base_into_a_new_folder_says_when_a_rebase_pays_off()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(20);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        foreach (var path in new[] { "src/app/view0.lua", "res/ui/icon1.png", "res/config/table2.json" }) GameContent.Modify(content, path);
        var first = await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { Keep = 0 }, new BuildContext());
        Assert.Null(first.RebaseHint);   // nothing copied: the changed files are uploaded once

        GameContent.Modify(content, "src/app/view0.lua");   // clashes with the live folder: 1.0.2 gets its own, copying the other two
        GameContent.Modify(content, "src/app/view3.lua");
        var quiet = await GameStatic.PublishAsync(store, Settings(content, "1.0.2") with { Keep = 0, RebaseHintShare = 0.5, CopyMinimumBytes = 0 }, new BuildContext());
        Assert.Equal(("1.0.2", 4, 2), (quiet.Folder, quiet.Held, quiet.Copied));
        Assert.Null(quiet.RebaseHint);   // 4 of 20 files is under half

        GameContent.Modify(content, "src/app/view0.lua");
        var second = await GameStatic.PublishAsync(store, Settings(content, "1.0.3") with { Keep = 0, CopyMinimumBytes = 0 }, new BuildContext());

        Assert.Equal(("1.0.3", 4, 3), (second.Folder, second.Held, second.Copied));
        Assert.NotNull(second.RebaseHint);
        Assert.Contains("4 of 20 files (20%) changed since the base 1.0.0", second.RebaseHint);
        Assert.Contains("wrote 3 files earlier folders already held (3 copied server-side, 0 small ones uploaded again)", second.RebaseHint);
        Assert.Contains("as a rebase (PatchPublishSettings.Rebase)", second.RebaseHint);
        Assert.Contains("app package", second.RebaseHint);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => GameStatic.PublishAsync(store, Settings(content, "1.0.4") with { RebaseHintShare = 2 }, new BuildContext()));
    }

    [Fact]
    public async Task A_new_folder_gets_small_files_it_needs_uploaded_again_and_large_ones_copied_server_side()
    {
        var store = new FaultyStore(await NewStoreAsync());
        using var content = GameContent.Create(20);
        content.File("res/video/intro.mp4", new byte[3000]);   // the large one at a 2,500-byte threshold
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        foreach (var path in new[] { "src/app/view0.lua", "res/config/table2.json", "res/video/intro.mp4" }) GameContent.Modify(content, path);
        var first = await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { Keep = 0 }, new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");   // clashes with the live folder: 1.0.2 needs a folder of its own
        var copiesBefore = store.Copies;

        var own = await GameStatic.PublishAsync(store, Settings(content, "1.0.2") with { Keep = 0, CopyMinimumBytes = 2500, RebaseHintShare = 0.1 }, new BuildContext());

        Assert.Equal(("1.0.2", 3), (own.Folder, own.Held));
        Assert.Equal((1, 2), (own.Copied, own.Uploaded));   // intro.mp4 copied; view0.lua new, table2.json (small) uploaded again
        Assert.Equal(1, store.Copies - copiesBefore);
        Assert.Contains("wrote 2 files earlier folders already held (1 copied server-side, 1 small ones uploaded again) besides 1 files of its own", own.RebaseHint);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, first.Manifest, own.Manifest);
    }

    [Fact]
    public async Task A_version_that_changes_a_file_the_live_folder_holds_gets_its_own_folder_and_one_that_does_not_shares_it()
    {
        var store = new FaultyStore(await NewStoreAsync());
        using var content = GameContent.Create(20);
        var published = new List<PatchManifest> { (await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext())).Manifest };
        GameContent.Modify(content, "src/app/view0.lua");
        published.Add((await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { Keep = 0 }, new BuildContext())).Manifest);
        GameContent.Modify(content, "res/ui/icon1.png");   // not in 1.0.1's folder: added to it
        var shared = await GameStatic.PublishAsync(store, Settings(content, "1.0.2") with { Keep = 0 }, new BuildContext());
        Assert.Equal(("1.0.1", 2, 0), (shared.Folder, shared.Held, shared.Copied));
        published.Add(shared.Manifest);
        GameContent.Modify(content, "src/app/view0.lua");   // 1.0.1's folder holds other bytes under that name
        var own = await GameStatic.PublishAsync(store, Settings(content, "1.0.3") with { Keep = 0, CopyMinimumBytes = 0 }, new BuildContext());
        Assert.Equal(("1.0.3", 2, 1, 1), (own.Folder, own.Held, own.Copied, own.Uploaded));
        published.Add(own.Manifest);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, [.. published]);
    }

    [Fact]
    public async Task A_rebase_writes_every_file_and_later_versions_hold_only_what_changed_since_it()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(10);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        await GameStatic.PublishAsync(store, Settings(content, "1.0.1"), new BuildContext());
        GameContent.Modify(content, "res/ui/icon1.png");

        var rebase = await GameStatic.PublishAsync(store, Settings(content, "2.0.0") with { Rebase = true, Keep = 1, CopyMinimumBytes = 0 }, new BuildContext());

        Assert.Equal(10, rebase.Held);
        Assert.Equal(1, rebase.Uploaded);      // the rest is copied server-side
        Assert.Equal(9, rebase.Copied);
        var changes = await PatchChanges.ReadAsync(store);
        Assert.Equal("2.0.0", changes!.Base);
        Assert.Empty(changes.Paths);
        GameContent.Modify(content, "res/config/table2.json");
        var next = await GameStatic.PublishAsync(store, Settings(content, "2.0.1") with { Keep = 1 }, new BuildContext());
        Assert.Equal(("2.0.0", 1), (next.Base, next.Held));
        Assert.NotNull(await store.HeadAsync("versions/2.0.0/src/app/view0.lua"));   // the base outlives retention
        Assert.Null(await store.HeadAsync("versions/1.0.0/project.manifest"));
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, rebase.Manifest);
    }

    [Fact]
    public async Task A_version_that_only_adds_and_removes_files_shares_the_live_folder_without_copies()
    {
        var store = new FaultyStore(await NewStoreAsync());
        using var content = GameContent.Create(20);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        content.File("res/import/ab/ab12cd.5f3e1.json", "{\"new\": true}");
        File.Delete(Path.Combine(content.Path, "res/config/table2.json"));
        var copiesBefore = store.Copies;

        var result = await GameStatic.PublishAsync(store, Settings(content, "1.1.0"), new BuildContext());

        Assert.Equal("1.0.0", result.Folder);
        Assert.Equal(1, result.Uploaded);
        Assert.Equal(0, store.Copies - copiesBefore);
        Assert.Equal(Cdn + "versions/1.0.0/", result.Manifest.PackageUrl);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        // 1.0.0 still reads complete from the same folder: nothing it points at changed.
        var old = await GameStatic.ReadVersionAsync(store, "1.0.0");
        Assert.NotNull(await store.HeadAsync("versions/1.0.0/res/config/table2.json"));
        Assert.Equal("1.1.0.1", (await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.0"), new BuildContext())).Version);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        Assert.Equal(old!.Assets, (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Assets);

        // Re-adding a removed path with other bytes would change what 1.0.0 points at: a new folder is used.
        content.File("res/config/table2.json", "different bytes");
        var readded = await GameStatic.PublishAsync(store, Settings(content, "1.2.0"), new BuildContext());
        Assert.Equal("1.2.0", readded.Folder);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
    }

    [Fact]
    public async Task Patch_zips_go_live_as_compressed_assets_next_to_a_per_file_manifest()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(12);
        var v100 = (await GameStatic.PublishAsync(store, Settings(content, "1.0.0") with { ZipWindow = 2 }, new BuildContext())).Manifest;
        Assert.DoesNotContain(v100.Assets.Values, a => a.Compressed);   // a base lists every file
        foreach (var path in new[] { "src/app/view0.lua", "res/ui/icon1.png", "res/config/table2.json" }) GameContent.Modify(content, path);

        var result = await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { ZipWindow = 2 }, new BuildContext());

        var zip = Assert.Single(result.Manifest.Assets, a => a.Value.Compressed);
        Assert.StartsWith(".patch-1.0.1-", zip.Key);
        Assert.False(result.Manifest.Assets.ContainsKey("src/app/view0.lua"));
        Assert.Equal(12, (await PatchZipHistory.LiveFilesAsync(store))!.Assets.Count);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        await Players.AssertEachCanUpdateAsync(store, Cdn, v100);
        var again = await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { ZipWindow = 2 }, new BuildContext());
        Assert.Equal((0, 0), (again.Uploaded, again.Copied));   // deterministic zips: the same content is a no-op
        var error = await Assert.ThrowsAsync<ArgumentException>(() => GameStatic.PublishAsync(store, Settings(content, "1.0.2") with { ZipWindow = -1 }, new BuildContext()));
        Assert.Contains("PatchZipWindow", error.Message);
    }

    [Fact]
    public async Task A_version_not_greater_than_the_live_one_is_refused_unless_forced()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(5);
        await GameStatic.PublishAsync(store, Settings(content, "1.2.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        foreach (var version in new[] { "1.1.9", "1.2" })
        {
            var error = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(store, Settings(content, version), new BuildContext()));
            Assert.Equal(PatchRefusal.NotNewer, error.Reason);
            Assert.Contains($"Version {version} is not greater than the live version 1.2.0", error.Message);
        }
        var same = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(store, Settings(content, "1.2.0"), new BuildContext()));
        Assert.Equal(PatchRefusal.SameVersionOtherContent, same.Reason);
        Assert.Equal("1.2.0", (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Version);
        await GameStatic.PublishAsync(store, Settings(content, "1.1.9") with { Force = true }, new BuildContext());
        Assert.Equal("1.1.9", (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Version);
    }

    [Fact]
    public async Task A_version_folder_claimed_with_other_content_is_a_conflict_unless_forced()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(5);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        var dying = new FaultyStore(store) { FailAfterPuts = 1 };
        await Assert.ThrowsAnyAsync<IOException>(() => GameStatic.PublishAsync(dying, Settings(content, "1.0.1"), new BuildContext()));
        GameContent.Modify(content, "src/app/view0.lua");

        var error = await Assert.ThrowsAsync<ObjectConflictException>(() => GameStatic.PublishAsync(store, Settings(content, "1.0.1"), new BuildContext()));

        Assert.Contains("Version 1.0.1 was already published", error.Message);
        Assert.Equal("1.0.0", (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Version);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.1") with { Force = true }, new BuildContext());
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        Assert.Equal("1.0.1", (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Version);
    }

    [Fact]
    public async Task A_publish_interrupted_mid_upload_never_goes_live_and_a_rerun_uploads_only_what_is_missing()
    {
        var real = await NewStoreAsync();
        using var content = GameContent.Create(40);
        await GameStatic.PublishAsync(real, Settings(content, "1.0.0"), new BuildContext());
        for (var i = 0; i < 40; i += 4) GameContent.Modify(content, i % 3 == 0 ? $"src/app/view{i}.lua" : i % 3 == 1 ? $"res/ui/icon{i}.png" : $"res/config/table{i}.json");
        var dying = new FaultyStore(real) { FailAfterPuts = 6 };

        await Assert.ThrowsAnyAsync<IOException>(() => GameStatic.PublishAsync(dying, Settings(content, "1.1.0"), new BuildContext()));

        var live = await GameStatic.ReadLiveAsync(real);
        Assert.Equal("1.0.0", live!.Value.Manifest.Version);
        Assert.True((await GameStatic.VerifyAsync(real, new BuildContext())).Ok, "the live version must stay complete");
        var counting = new FaultyStore(real);
        var result = await GameStatic.PublishAsync(counting, Settings(content, "1.1.0"), new BuildContext());
        Assert.True(result.AlreadyThere > 0, "the re-run must reuse what the first attempt stored");
        Assert.Equal(10, result.Uploaded + result.Copied + result.AlreadyThere);
        Assert.True(result.Uploaded <= 10, $"uploaded {result.Uploaded} files; only 10 changed");
        // files not yet stored + claim check + folder version.manifest + history + two live manifests
        Assert.Equal(10 - result.AlreadyThere + 5, counting.Puts + counting.Copies);
        Assert.True((await GameStatic.VerifyAsync(real, new BuildContext())).Ok);
        Assert.Equal("1.1.0", (await GameStatic.ReadLiveAsync(real))!.Value.Manifest.Version);
    }

    [Fact]
    public async Task Two_racing_publishes_have_one_winner_and_a_clear_conflict()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(20);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        using var other = GameContent.Create(20, seed: 9);
        var bothReady = new Rendezvous(2);
        var a = GameStatic.PublishAsync(new FaultyStore(store) { BeforeLiveSwitch = bothReady }, Settings(content, "1.1.0"), new BuildContext());
        var b = GameStatic.PublishAsync(new FaultyStore(store) { BeforeLiveSwitch = bothReady }, Settings(other, "1.2.0"), new BuildContext());
        var outcomes = await Task.WhenAll(Outcome(a), Outcome(b));

        Assert.Single(outcomes, o => o is null);
        var conflict = Assert.Single(outcomes, o => o is not null);
        Assert.IsType<ObjectConflictException>(conflict);
        Assert.Contains("did not go live", conflict!.Message);
        var verify = await GameStatic.VerifyAsync(store, new BuildContext());
        Assert.True(verify.Ok, string.Join("\n", verify.Problems));
        Assert.Contains(verify.Version, new[] { "1.1.0", "1.2.0" });
        var history = await GameStatic.HistoryAsync(store);
        Assert.Contains(history, r => r.Version == verify.Version);
        Assert.DoesNotContain(history, r => r.Version == (verify.Version == "1.1.0" ? "1.2.0" : "1.1.0"));
    }

    private static async Task<Exception?> Outcome(Task task)
    {
        try { await task; return null; }
        catch (Exception e) { return e; }
    }

    [Fact]
    public async Task Rollback_puts_old_content_live_under_a_greater_version()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(10);
        await GameStatic.PublishAsync(store, Settings(content, "1.0.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        await GameStatic.PublishAsync(store, Settings(content, "1.1.0"), new BuildContext());

        var manifest = await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.0"), new BuildContext());

        Assert.Equal("1.1.0.1", manifest.Version);
        var live = (await GameStatic.ReadLiveAsync(store))!.Value.Manifest;
        Assert.Equal("1.1.0.1", live.Version);
        Assert.Equal(Cdn + "versions/1.0.0/", live.PackageUrl);
        Assert.Equal((await GameStatic.ReadVersionAsync(store, "1.0.0"))!.Assets, live.Assets);
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
        var missing = await Assert.ThrowsAsync<InvalidOperationException>(() => GameStatic.RollbackAsync(store, new PatchRollbackSettings("0.9.0"), new BuildContext()));
        Assert.Contains("Version 0.9.0 is not in", missing.Message);
        Assert.Contains("1.0.0", missing.Message);
    }

    [Fact]
    public async Task Retention_keeps_the_newest_versions_and_what_the_live_one_needs()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(6);
        foreach (var version in new[] { "1.0.0", "1.0.1", "1.0.2" })
        {
            GameContent.Modify(content, "src/app/view0.lua");
            await GameStatic.PublishAsync(store, Settings(content, version) with { Keep = 0 }, new BuildContext());
        }
        await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.0"), new BuildContext());
        GameContent.Modify(content, "src/app/view0.lua");
        var result = await GameStatic.PublishAsync(store, Settings(content, "1.0.3") with { Keep = 2 }, new BuildContext());

        Assert.Equal(["1.0.1", "1.0.2"], result.Removed.Order());
        Assert.Null(await store.HeadAsync("versions/1.0.1/project.manifest"));
        Assert.NotNull(await store.HeadAsync("versions/1.0.0/src/app/view0.lua"));   // the base and the rollback's content
        Assert.Equal(["1.0.2.1", "1.0.3"], (await GameStatic.HistoryAsync(store)).Select(r => r.Version));
        Assert.True((await GameStatic.VerifyAsync(store, new BuildContext())).Ok);
    }

    [Fact]
    public async Task Verify_finds_missing_and_corrupted_objects()
    {
        var store = await NewStoreAsync();
        using var content = GameContent.Create(6);
        await GameStatic.PublishAsync(store, Settings(content, "2.0.0"), new BuildContext());
        await store.DeleteAsync("versions/2.0.0/src/app/view0.lua");
        await store.PutAsync("versions/2.0.0/res/ui/icon1.png", new MemoryStream(new byte[3]));
        var result = await GameStatic.VerifyAsync(store, new BuildContext());
        Assert.False(result.Ok);
        Assert.Contains(result.Problems, p => p.Contains("versions/2.0.0/src/app/view0.lua is missing"));
        Assert.Contains(result.Problems, p => p.Contains("versions/2.0.0/res/ui/icon1.png has 3 bytes"));
        var empty = await VerifyEmptyAsync();
        Assert.False(empty.Ok);
        Assert.Contains("Nothing is published", Assert.Single(empty.Problems));
    }

    private async Task<PatchVerifyResult> VerifyEmptyAsync() => await GameStatic.VerifyAsync(await NewStoreAsync(), new BuildContext());

    [Fact]
    public async Task A_missing_source_folder_is_named_and_nothing_is_written()
    {
        var store = await NewStoreAsync();
        var error = await Assert.ThrowsAsync<PatchSourceNotFoundException>(() =>
            GameStatic.PublishAsync(store, new PatchPublishSettings("/nonexistent/vega/client", "1.0.0", Cdn), new BuildContext()));
        Assert.Contains("/nonexistent/vega/client", error.Message);
        Assert.Equal("/nonexistent/vega/client", error.Folder);
        Assert.Contains("SourceDirectory", error.Message);
        await foreach (var _ in store.ListAsync("")) Assert.Fail("nothing may be written");
    }
}

public sealed class LocalGameStaticTests : GameStaticContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IObjectStore> NewStoreAsync() =>
        Task.FromResult<IObjectStore>(new LocalObjectStore(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"))));

    public void Dispose() => _folder.Dispose();
}

public sealed class S3GameStaticTests : GameStaticContract
{
    protected override async Task<IObjectStore> NewStoreAsync() => await S3Server.NewStoreAsync("vega/");
}
