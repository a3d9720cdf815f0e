using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

public class RoutingResolverTests
{
    private static readonly RoutingDocument Document = Samples.Document()
        .WithGray(Samples.Gray(10) with
        {
            ClientVersions = VersionRange.Parse("1.5.0 - 1.5.1"),
            Accounts = ["qa-001"],
            Devices = ["dev-abc"],
            Networks = [IpRange.Parse("10.8.0.0/16"), IpRange.Parse("2001:db8::/32")],
        }) with { Reviews = [Samples.Review("1.6.0")] };

    private static readonly RoutingResolver Resolver = new(Document);

    [Fact]
    public void Review_version_goes_to_review_first_even_for_whitelisted_accounts()
    {
        var route = Resolver.Resolve("ios", "appstore", "1.6.0", "qa-001");
        Assert.Equal(RouteReason.Review, route.Reason);
        Assert.Equal("review", route.ServerGroup);
        Assert.Equal("wss://gw-review.vega.example.com", route.Gateway);
        Assert.Equal("1.6.0", route.Version);
        Assert.Contains("review", route.Explain());
    }

    [Fact]
    public void Review_applies_to_the_platform_only()
    {
        Assert.Equal(RouteReason.ClientTooNew, Resolver.Resolve("android", "taptap", "1.6.0", "a").Reason);
    }

    [Theory]
    [InlineData("qa-001", null, null, RouteReason.GrayAccount)]
    [InlineData("someone", "dev-abc", null, RouteReason.GrayDevice)]
    [InlineData("someone", "dev-x", "10.8.3.4", RouteReason.GrayNetwork)]
    [InlineData("someone", "dev-x", "2001:db8::1", RouteReason.GrayNetwork)]
    [InlineData("someone", "dev-x", "::ffff:10.8.0.1", RouteReason.GrayNetwork)]
    public void Whitelists_put_players_in_gray(string account, string? device, string? ip, RouteReason reason)
    {
        var route = Resolver.Resolve("ios", "appstore", "1.5.0", account, device, ip);
        Assert.Equal(reason, route.Reason);
        Assert.Equal("gray", route.ServerGroup);
        Assert.Equal("1.5.1", route.Version);
    }

    [Fact]
    public void Outside_the_whitelist_the_bucket_decides()
    {
        // bucket("vega-1.5.1", account) < 1000 → gray
        for (int i = 0; i < 1000; i++)
        {
            var account = "p" + i;
            var route = Resolver.Resolve("ios", "appstore", "1.5.0", account, null, "10.9.0.1");
            int bucket = GrayBucket.Of("vega-1.5.1", account);
            Assert.Equal(bucket, route.Bucket);
            Assert.Equal(bucket < 1000 ? RouteReason.GrayBucket : RouteReason.Production, route.Reason);
            Assert.Equal(bucket < 1000 ? "gray" : "prod", route.ServerGroup);
        }
    }

    [Fact]
    public void Without_an_account_the_device_is_bucketed()
    {
        var route = Resolver.Resolve("ios", "appstore", "1.5.0", "", "device-77");
        Assert.Equal(GrayBucket.Of("vega-1.5.1", "device-77"), route.Bucket);
    }

    [Fact]
    public void Client_versions_outside_the_gray_range_stay_in_production()
    {
        var route = Resolver.Resolve("ios", "appstore", "1.4.2", "qa-001");
        Assert.Equal(RouteReason.Production, route.Reason);
        Assert.Equal("prod", route.ServerGroup);
        Assert.Equal(-1, route.Bucket);
    }

    [Fact]
    public void Versions_only_gray_serves_go_to_gray()
    {
        var document = Samples.Document().WithGray(Samples.Gray() with { ClientVersions = VersionRange.Parse("1.6.0 - 1.6.9") });
        var route = new RoutingResolver(document).Resolve("ios", "appstore", "1.6.3", "anyone");
        Assert.Equal(RouteReason.GrayOnlyClientVersion, route.Reason);
        Assert.Equal("gray", route.ServerGroup);
    }

    [Theory]
    [InlineData("1.3.9", RouteReason.ClientTooOld)]
    [InlineData("1.7", RouteReason.ClientTooNew)]
    [InlineData("1.x", RouteReason.InvalidClientVersion)]
    [InlineData("", RouteReason.InvalidClientVersion)]
    public void Unserved_clients_get_no_server_group(string version, RouteReason reason)
    {
        var route = Resolver.Resolve("ios", "appstore", version, "a");
        Assert.Equal(reason, route.Reason);
        Assert.False(route.IsServed);
        Assert.Null(route.ServerGroup);
    }

    [Fact]
    public void Unknown_track_is_reported()
    {
        Assert.Equal(RouteReason.UnknownTrack, Resolver.Resolve("ios", "testflight", "1.5.0", "a").Reason);
        Assert.Equal(RouteReason.UnknownTrack, Resolver.Resolve("web", "appstore", "1.5.0", "a").Reason);
    }

    [Fact]
    public void Invalid_documents_are_refused()
    {
        var bad = Samples.Document().WithGray(Samples.Gray(120));
        var e = Assert.Throws<RoutingDocumentException>(() => new RoutingResolver(bad));
        Assert.Contains("percentage 120 is outside 0-100", e.Message);
    }

    [Theory]
    [InlineData("1.6.0", "1.6", true)]
    [InlineData("1.6.0.1", "1.6.0", false)]
    [InlineData("1.10.0", "1.9.9", false)]
    public void Versions_compare_numerically(string a, string b, bool equal)
    {
        var va = ClientVersion.Parse(a);
        var vb = ClientVersion.Parse(b);
        Assert.Equal(equal, va == vb);
        if (!equal) Assert.True(va > vb);
        Assert.Equal(a, va.ToString());
    }

    [Theory]
    [InlineData("1..0")]
    [InlineData("1.2.3.4.5")]
    [InlineData("65536")]
    [InlineData("v1.0")]
    public void Bad_versions_do_not_parse(string text)
    {
        Assert.False(ClientVersion.TryParse(text, out _));
        Assert.Contains("expected 1 to 4 dot-separated numbers", Assert.Throws<FormatException>(() => ClientVersion.Parse(text)).Message);
    }
}
