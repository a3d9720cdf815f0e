using Amazon.S3;
using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.EndToEnd;

/// <summary>The release flow on the shipped S3 store against the real S3 server (Ceph RGW): conditional writes are the server's.</summary>
public sealed class S3EndToEndTests : IAsyncLifetime
{
    private AmazonS3Client _client = null!;
    private readonly string _bucket = "walle-release-" + Guid.NewGuid().ToString("N")[..12];

    public async Task InitializeAsync()
    {
        _client = RealS3.Admin(_bucket);
        await _client.PutBucketAsync(_bucket);
    }

    public async Task DisposeAsync()
    {
        await foreach (var o in Store().ListAsync("")) await _client.DeleteObjectAsync(_bucket, o.Key);
        await _client.DeleteBucketAsync(_bucket);
        _client.Dispose();
    }

    /// <summary>Each writer gets its own client, as two engineers on two machines would.</summary>
    private IObjectStore Store() => RealS3.Store(_bucket);

    [Fact]
    public async Task Two_concurrent_writers_on_the_same_base_exactly_one_wins_and_the_other_writes_nothing()
    {
        using var f = new ReleaseFixture(Store());
        await GrayRelease.StartAsync(f.Start(), f.Context);

        var alice = new RoutingStore(Store(), new ReleaseStoreLayout());
        var bob = new RoutingStore(Store(), new ReleaseStoreLayout());
        var aliceBase = (await alice.LoadLiveAsync())!;
        var bobBase = (await bob.LoadLiveAsync())!;
        Assert.Equal(aliceBase.ETag, bobBase.ETag);

        var aliceChange = aliceBase.Document with { Revision = 2, Change = new RoutingChange("alice", f.Clock.Now, "alice"), Tracks = [.. aliceBase.Document.Tracks.Select(t => t with { Gray = null })] };
        var bobChange = bobBase.Document with { Revision = 2, Change = new RoutingChange("bob", f.Clock.Now, "bob"), Reviews = [Samples.Review("1.7.0")] };
        var outcomes = await Task.WhenAll(Attempt(alice.PublishAsync(aliceChange, aliceBase.ETag)), Attempt(bob.PublishAsync(bobChange, bobBase.ETag)));

        Assert.Single(outcomes, o => o == null);
        var loser = Assert.Single(outcomes, o => o != null)!;
        Assert.IsType<ReleaseConflictException>(loser);
        Assert.Contains("Nothing was written", loser.Message);

        var live = await f.LiveAsync();
        Assert.Equal(2, live.Revision);
        var winner = live.Change!.By;
        Assert.Equal(winner, (await f.Routing.LoadRevisionAsync(2))!.Change!.By);
        Assert.Equal(winner == "alice" ? 0 : 1, live.Reviews.Count);
        Assert.Equal(winner == "alice", live.Tracks[0].Gray == null);
        Assert.Equal(["release/revisions/000001.json", "release/revisions/000002.json", "release/routing.json"], await f.KeysAsync());
    }

    [Fact]
    public async Task Concurrent_commands_from_two_engineers_never_lose_a_change()
    {
        using var f = new ReleaseFixture(Store());
        await GrayRelease.StartAsync(f.Start(), f.Context);
        int published = 0;
        async Task Engineer(string name, int first)
        {
            var store = Store();
            for (int i = first; i < first + 4; i++)
            {
                var settings = f.With(new ReviewSubmitSettings(store, "ios", ClientVersion.Parse($"1.6.{i}"), "https://cdn/review") { Force = true }, author: name);
                for (int attempt = 0; ; attempt++)
                {
                    try
                    {
                        await StoreReview.SubmitAsync(settings, f.Context);
                        Interlocked.Increment(ref published);
                        break;
                    }
                    catch (ReleaseConflictException) when (attempt < 20)
                    {
                        // the documented recovery: run the command again on the new revision
                    }
                }
            }
        }
        await Task.WhenAll(Engineer("alice", 0), Engineer("bob", 10));
        var live = await f.LiveAsync();
        Assert.Equal(8, published);
        Assert.Equal(9, live.Revision);
        Assert.Equal(8, live.Reviews.Count);
        var history = await RoutingRevisions.HistoryAsync(f.With(new ReleaseSettings(f.Store)));
        Assert.Equal(Enumerable.Range(1, 9).Reverse(), history.Select(h => h.Revision));
        Assert.Equal(4, history.Count(h => h.Change!.By == "alice" && h.Change.Summary.StartsWith("ReviewSubmit")));
        Assert.Equal(4, history.Count(h => h.Change!.By == "bob"));
        Assert.Equal("GrayStart 1.5.1: ios/appstore at 1%", history[^1].Change!.Summary);
    }

    [Fact]
    public async Task The_live_document_is_replaced_only_if_it_is_still_the_base()
    {
        using var f = new ReleaseFixture(Store());
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var snapshot = (await f.Routing.LoadLiveAsync())!;
        var handEdit = RoutingJson.Serialize(snapshot.Document with { Change = new RoutingChange("ops", f.Clock.Now, "hand edit") });
        await f.Store.PutAsync("release/routing.json", new MemoryStream(System.Text.Encoding.UTF8.GetBytes(handEdit)));

        var next = snapshot.Document with { Revision = 2, Change = new RoutingChange("alice", f.Clock.Now, "x") };
        await Assert.ThrowsAsync<ReleaseConflictException>(() => f.Routing.PublishAsync(next, snapshot.ETag));
        Assert.Equal("ops", (await f.LiveAsync()).Change!.By);
        Assert.Null(await f.Store.HeadAsync("release/revisions/000002.json"));
    }

    [Fact]
    public async Task Dry_run_and_refused_changes_write_nothing_on_S3()
    {
        using var f = new ReleaseFixture(Store());
        await GrayRelease.StartAsync(f.Start() with { DryRun = true }, f.Context);
        Assert.Empty(await f.KeysAsync());
        await GrayRelease.StartAsync(f.Start(), f.Context);
        await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(f.Start(), f.Context));
        await GrayRelease.AbortAsync(f.Step(), f.Context);
        await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.AbortAsync(f.Step(), f.Context));
        Assert.Equal(3, (await f.KeysAsync()).Count);
        Assert.Equal(2, (await f.LiveAsync()).Revision);
    }

    private static async Task<Exception?> Attempt(Task publish)
    {
        try
        {
            await publish;
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
