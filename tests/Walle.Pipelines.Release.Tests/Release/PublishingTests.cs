using System.Text;
using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Release;

public class PublishingTests
{
    [Fact]
    public async Task A_stale_base_revision_conflicts_and_writes_nothing()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var alice = (await f.Routing.LoadLiveAsync())!;
        var bob = (await f.Routing.LoadLiveAsync())!;

        var bobsChange = bob.Document with { Revision = 2, Change = new RoutingChange("bob", f.Clock.Now, "bob's change"), Tracks = [.. bob.Document.Tracks.Select(t => t with { Gray = null })] };
        await f.Routing.PublishAsync(bobsChange, bob.ETag);

        var alicesChange = alice.Document with { Revision = 2, Change = new RoutingChange("alice", f.Clock.Now, "alice's change") };
        var e = await Assert.ThrowsAsync<ReleaseConflictException>(() => f.Routing.PublishAsync(alicesChange, alice.ETag));
        Assert.Contains("Revision 2 already exists", e.Message);
        Assert.Contains("Nothing was written", e.Message);

        var live = await f.LiveAsync();
        Assert.Equal("bob", live.Change!.By);
        Assert.Equal("bob", (await f.Routing.LoadRevisionAsync(2))!.Change!.By);
        Assert.Equal(["release/revisions/000001.json", "release/revisions/000002.json", "release/routing.json"], await f.KeysAsync());
    }

    [Fact]
    public async Task A_live_document_changed_behind_our_back_conflicts_and_the_claimed_revision_is_taken_back()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var snapshot = (await f.Routing.LoadLiveAsync())!;
        var edited = RoutingJson.Serialize(snapshot.Document with { Change = new RoutingChange("someone", f.Clock.Now, "hand edit") });
        await f.Store.PutAsync("release/routing.json", new MemoryStream(Encoding.UTF8.GetBytes(edited)));

        var next = snapshot.Document with { Revision = 2, Change = new RoutingChange("alice", f.Clock.Now, "x") };
        var e = await Assert.ThrowsAsync<ReleaseConflictException>(() => f.Routing.PublishAsync(next, snapshot.ETag));
        Assert.Contains("changed since this change read it (revision 1). Nothing was published", e.Message);
        Assert.DoesNotContain("release/revisions/000002.json", await f.KeysAsync());
        Assert.Equal("someone", (await f.LiveAsync()).Change!.By);
    }

    [Fact]
    public async Task An_interrupted_publish_is_explained()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var orphan = (await f.LiveAsync()) with { Revision = 2 };
        await f.Store.PutAsync("release/revisions/000002.json", new MemoryStream(Encoding.UTF8.GetBytes(RoutingJson.Serialize(orphan))));
        var e = await Assert.ThrowsAsync<ReleaseConflictException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("If ReleaseStatus still shows revision 1 after a minute, a publish was interrupted: delete release/revisions/000002.json", e.Message);
        Assert.Equal(1, (await f.LiveAsync()).Revision);
    }

    [Fact]
    public async Task A_command_with_an_expected_base_revision_fails_when_the_live_one_moved()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await GrayRelease.NextAsync(f.Step(), f.Context);
        var e = await Assert.ThrowsAsync<ReleaseConflictException>(() => GrayRelease.AbortAsync(f.Step() with { BaseRevision = 1 }, f.Context));
        Assert.Contains("at revision 2, not 1", e.Message);
        Assert.Equal(ReleaseRefusal.BaseRevisionMoved, e.Reason);
        Assert.DoesNotContain("--", e.Message);
        Assert.NotNull((await f.LiveAsync()).Tracks[0].Gray);
        await GrayRelease.AbortAsync(f.Step() with { BaseRevision = 2 }, f.Context);
        Assert.Null((await f.LiveAsync()).Tracks[0].Gray);
    }

    [Fact]
    public async Task Concurrent_commands_never_lose_a_change()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var outcomes = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await StoreReview.SubmitAsync(f.With(new ReviewSubmitSettings(f.Store, "ios", ClientVersion.Parse($"1.6.{i}"), "https://cdn/review") { Force = true }, author: "engineer" + i), f.Context);
                return true;
            }
            catch (ReleaseConflictException)
            {
                return false;
            }
        })));
        var live = await f.LiveAsync();
        Assert.Equal(1 + outcomes.Count(o => o), live.Revision);
        Assert.Equal(outcomes.Count(o => o), live.Reviews.Count);
        Assert.Contains(true, outcomes);
    }

    [Fact]
    public async Task A_corrupt_live_document_is_refused_with_how_to_repair_it()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await GrayRelease.NextAsync(f.Step(), f.Context);
        await f.Store.PutAsync("release/routing.json", new MemoryStream("{\"schemaVersion\": 1, \"revision\": "u8.ToArray()));

        var e = await Assert.ThrowsAsync<LiveDocumentCorruptException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("The live routing document is corrupt, so Walle will not change it blindly", e.Message);
        Assert.Contains("release/routing.json is invalid", e.Message);
        Assert.Equal(2, e.LatestRevision);
        Assert.Contains("roll back to revision N with RoutingRevisions.RollbackAsync (the latest revision kept is 2", e.Message);
        Assert.DoesNotContain("--", e.Message);
        Assert.Equal(["release/revisions/000001.json", "release/revisions/000002.json", "release/routing.json"], await f.KeysAsync());

        var repaired = await RoutingRevisions.RollbackAsync(f.With(new RollbackSettings(f.Store, 2)), f.Context);
        Assert.True(repaired.Published);
        var live = await f.LiveAsync();
        Assert.Equal(3, live.Revision);
        Assert.Equal(5m, live.Tracks[0].Gray!.Percentage);
        Assert.Equal("ReleaseRollback to revision 2", live.Change!.Summary);
    }

    [Fact]
    public async Task A_missing_live_document_while_revisions_exist_is_corruption_not_a_first_publish()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await GrayRelease.NextAsync(f.Step(), f.Context);
        await f.Store.DeleteAsync("release/routing.json");

        var e = await Assert.ThrowsAsync<LiveDocumentCorruptException>(() => f.Routing.LoadLiveAsync());
        Assert.Equal(2, e.LatestRevision);
        Assert.Contains("release/routing.json is missing, but revisions up to 2 exist", e.Message);
        await Assert.ThrowsAsync<LiveDocumentCorruptException>(() => GrayRelease.AbortAsync(f.Step(), f.Context));
        Assert.Equal(["release/revisions/000001.json", "release/revisions/000002.json"], await f.KeysAsync());

        var restored = await RoutingRevisions.RollbackAsync(f.With(new RollbackSettings(f.Store, 2)), f.Context);
        Assert.True(restored.Published);
        Assert.Equal(3, (await f.LiveAsync()).Revision);
        Assert.Equal(5m, (await f.LiveAsync()).Tracks[0].Gray!.Percentage);
    }

    [Fact]
    public async Task History_lists_who_when_and_what_newest_first()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        f.Clock.Now = f.Clock.Now.AddHours(1);
        await GrayRelease.NextAsync(f.With(f.Step(), author: "bob"), f.Context);
        var history = await RoutingRevisions.HistoryAsync(f.With(new ReleaseSettings(f.Store)));
        Assert.Equal([2, 1], history.Select(h => h.Revision));
        Assert.Equal("bob", history[0].Change!.By);
        Assert.Equal(new DateTimeOffset(2026, 11, 25, 11, 0, 0, TimeSpan.Zero), history[0].Change!.At);
        Assert.Equal("GrayNext: ios/appstore 1% → 5%", history[0].Change!.Summary);
        Assert.Equal("alice", history[1].Change!.By);
    }

    [Fact]
    public async Task Rollback_republishes_an_old_revision_as_a_new_one()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await GrayRelease.AbortAsync(f.Step(), f.Context);
        var result = await RoutingRevisions.RollbackAsync(f.With(new RollbackSettings(f.Store, 1)), f.Context);
        Assert.Equal(3, result.After.Revision);
        Assert.Contains("+ tracks[ios/appstore].gray.version = 1.5.1", result.Diff);
        Assert.NotNull((await f.LiveAsync()).Tracks[0].Gray);

        var missing = await Assert.ThrowsAsync<ReleaseException>(() => RoutingRevisions.RollbackAsync(f.With(new RollbackSettings(f.Store, 9)), f.Context));
        Assert.Contains("Revision 9 does not exist", missing.Message);
        Assert.Contains("revisions go up to 3", missing.Message);
        Assert.Equal(ReleaseRefusal.NoSuchRevision, missing.Reason);
        var same = await Assert.ThrowsAsync<ReleaseException>(() => RoutingRevisions.RollbackAsync(f.With(new RollbackSettings(f.Store, 3)), f.Context));
        Assert.Contains("is the live revision already", same.Message);
    }

    [Fact]
    public async Task Revisions_are_immutable_and_served_with_long_cache_the_live_one_with_no_cache()
    {
        var store = new RecordingStore(new LocalObjectStore(Directory.CreateTempSubdirectory().FullName));
        using var f = new ReleaseFixture(store);
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await GrayRelease.NextAsync(f.Step(), f.Context);
        Assert.Equal(
        [
            "release/revisions/000001.json IfNoneMatch=* immutable",
            "release/routing.json IfNoneMatch=* no-cache",
            "release/revisions/000002.json IfNoneMatch=* immutable",
            "release/routing.json IfMatch=etag no-cache",
        ], store.Puts);
    }

    [Fact]
    public void Status_table_shows_tracks_gray_and_reviews()
    {
        var document = Samples.Document().WithGray(Samples.Gray(10) with { Accounts = ["a"] }) with
        {
            Revision = 7,
            Change = new RoutingChange("alice", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), "GrayNext"),
            Reviews = [Samples.Review()],
        };
        var text = ReleaseStatusTable.Render(document);
        Assert.Contains("Routing revision 7 (2026-11-25 10:00:00Z by alice: GrayNext)", text);
        Assert.Matches(@"\| ios/appstore\s+\| 1\.5\.0\s+\| 1\.4\.0 - 1\.5\.9\s+\| prod\s+\| 1\.5\.1 · 10% · step 2/2 \(pause\)", text);
        Assert.Matches(@"\| android/taptap\s+\| 1\.5\.0 .*\| -", text);
        Assert.Matches(@"\| ios\s+\| 1\.6\.0\s+\| review", text);
    }

    /// <summary>Records each write's key and conditions, then passes it on.</summary>
    private sealed class RecordingStore(IObjectStore inner) : IObjectStore
    {
        public List<string> Puts { get; } = [];
        public string Location => inner.Location;
        public Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);
        public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => inner.HeadAsync(key, cancellationToken);

        public Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
        {
            var condition = options?.IfMatch != null ? "IfMatch=etag" : "IfNoneMatch=" + options?.IfNoneMatch;
            Puts.Add($"{key} {condition} {(options?.CacheControl?.Contains("immutable") == true ? "immutable" : options?.CacheControl)}");
            return inner.PutAsync(key, content, options, cancellationToken);
        }

        public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default) => inner.CopyAsync(sourceKey, destinationKey, options, cancellationToken);
        public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
        public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);
    }
}
