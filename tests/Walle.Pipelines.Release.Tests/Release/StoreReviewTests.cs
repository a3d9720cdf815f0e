using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Release;

public class StoreReviewTests
{
    private static ReviewSubmitSettings Submit(ReleaseFixture f, string version = "1.6.0") =>
        f.With(new ReviewSubmitSettings(f.Store, "ios", ClientVersion.Parse(version), "https://cdn.vega.example.com/review/1.6.0/project.manifest"));

    private static ReviewDecisionSettings Decide(ReleaseFixture f, string version = "1.6.0") =>
        f.With(new ReviewDecisionSettings(f.Store, "ios", ClientVersion.Parse(version)));

    private static async Task Package(ReleaseFixture f, string version = "1.6.0") =>
        await f.Store.PutAsync($"builds/ios/{version}/client-manifest.json", new MemoryStream("{}"u8.ToArray()));

    [Fact]
    public async Task A_version_never_packaged_is_refused_unless_forced()
    {
        using var f = new ReleaseFixture();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.SubmitAsync(Submit(f), f.Context));
        Assert.Contains("ios 1.6.0 was never packaged: no build record", e.Message);
        Assert.Contains("builds/ios/1.6.0/client-manifest.json", e.Message);
        Assert.Equal(ReleaseRefusal.NeverPackaged, e.Reason);
        Assert.Contains("ReviewSubmitSettings.Force", e.Message);
        Assert.DoesNotContain("--", e.Message);
        Assert.Empty(await f.KeysAsync());

        var forced = await StoreReview.SubmitAsync(Submit(f) with { Force = true }, f.Context);
        Assert.True(forced.Published);
    }

    [Fact]
    public async Task Submit_routes_the_exact_version_to_review()
    {
        using var f = new ReleaseFixture();
        await Package(f);
        var result = await StoreReview.SubmitAsync(Submit(f), f.Context);
        Assert.Contains("+ reviews[ios 1.6.0].serverGroup = review", result.Diff);
        var resolver = new RoutingResolver(await f.LiveAsync());
        Assert.Equal(RouteReason.Review, resolver.Resolve("ios", "appstore", "1.6.0", "reviewer").Reason);
        Assert.Equal(RouteReason.ClientTooNew, resolver.Resolve("ios", "appstore", "1.6.1", "reviewer").Reason);

        var twice = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.SubmitAsync(Submit(f), f.Context));
        Assert.Contains("ios 1.6.0 is already in review", twice.Message);
    }

    [Fact]
    public async Task A_version_production_already_serves_cannot_go_to_review()
    {
        using var f = new ReleaseFixture();
        await Package(f, "1.5.2");
        var e = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.SubmitAsync(Submit(f, "1.5.2"), f.Context));
        Assert.Contains("1.5.2 is both in review and served by production on ios/appstore", e.Message);
    }

    [Fact]
    public async Task Approve_routes_the_version_to_production()
    {
        using var f = new ReleaseFixture();
        await Package(f);
        await StoreReview.SubmitAsync(Submit(f), f.Context);
        var result = await StoreReview.ApproveAsync(Decide(f), f.Context);
        Assert.Contains("~ tracks[ios/appstore].production.clientVersions: 1.4.0 - 1.5.9 → 1.4.0 - 1.6.0", result.Diff);
        Assert.Contains("- reviews[ios 1.6.0].serverGroup = review", result.Diff);
        var route = new RoutingResolver(await f.LiveAsync()).Resolve("ios", "appstore", "1.6.0", "player");
        Assert.Equal(RouteReason.Production, route.Reason);
        Assert.Equal("prod", route.ServerGroup);
    }

    [Fact]
    public async Task Approve_into_gray_starts_a_gray_reaching_the_new_version()
    {
        using var f = new ReleaseFixture();
        await Package(f);
        await StoreReview.SubmitAsync(Submit(f), f.Context);
        var plan = new GrayPlan("1.6.0", "https://cdn.vega.example.com/1.6.0/project.manifest") { Steps = GraySteps.Parse("5%, pause") };
        var result = await StoreReview.ApproveAsync(Decide(f) with { Gray = plan }, f.Context);
        Assert.StartsWith("ReviewApprove ios 1.6.0 → gray; GrayStart 1.6.0: ios/appstore at 5%", result.After.Change!.Summary);
        var resolver = new RoutingResolver(await f.LiveAsync());
        Assert.Equal(RouteReason.GrayOnlyClientVersion, resolver.Resolve("ios", "appstore", "1.6.0", "player").Reason);
        Assert.Equal("1.4.0 - 1.6.0", result.After.Tracks[0].Gray!.ClientVersions!.ToString());
        Assert.Equal(2, result.After.Revision);
    }

    [Fact]
    public async Task Approve_or_cancel_a_version_not_in_review_is_refused()
    {
        using var f = new ReleaseFixture();
        await Package(f);
        await StoreReview.SubmitAsync(Submit(f), f.Context);
        var e = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.ApproveAsync(Decide(f, "1.6.1"), f.Context));
        Assert.Contains("ios 1.6.1 is not in review (in review: ios 1.6.0); submit it with ReviewSubmit first", e.Message);
        await StoreReview.CancelAsync(Decide(f), f.Context);
        Assert.Empty((await f.LiveAsync()).Reviews);
        e = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.CancelAsync(Decide(f), f.Context));
        Assert.Contains("ios 1.6.0 is not in review", e.Message);
    }

    [Fact]
    public async Task Submit_for_a_platform_without_tracks_is_refused()
    {
        using var f = new ReleaseFixture();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => StoreReview.SubmitAsync(f.With(new ReviewSubmitSettings(f.Store, "web", ClientVersion.Parse("1.6.0"), "m") { Force = true }), f.Context));
        Assert.Contains("No track web/* in the routing document", e.Message);
    }
}
