using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

public class RoutingJsonTests
{
    private static RoutingDocument Full() => Samples.Document().WithGray(Samples.Gray(12.5m) with
    {
        ClientVersions = VersionRange.Parse("1.5.0 - 1.5.1"),
        Accounts = ["qa-001", "玩家\"7\""],
        Devices = ["dev-1"],
        Networks = [IpRange.Parse("10.8.0.0/16")],
        Steps = [GrayStep.SetWeight(1), GrayStep.Pause(TimeSpan.FromMinutes(30)), GrayStep.Check("https://health.vega.example.com/ok"), GrayStep.Metric("http://prom:9090", "sum(rate(crash[5m]))", 0.01), GrayStep.SetWeight(12.5m), GrayStep.Pause()],
        Step = 1,
        StepReachedAt = new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero),
        StartedAt = new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero),
    }) with
    {
        Revision = 42,
        Change = new RoutingChange("alice", new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero), "GrayStart ios/appstore 1.5.1"),
        Reviews = [Samples.Review("1.6.0")],
    };

    [Fact]
    public void Round_trip_keeps_everything()
    {
        var json = RoutingJson.Serialize(Full());
        var parsed = RoutingJson.Parse(json);
        Assert.Equal(json, RoutingJson.Serialize(parsed));
        Assert.Equal(42, parsed.Revision);
        Assert.Equal("alice", parsed.Change!.By);
        var gray = parsed.Tracks[0].Gray!;
        Assert.Equal(12.5m, gray.Percentage);
        Assert.Equal("玩家\"7\"", gray.Accounts[1]);
        Assert.Equal(TimeSpan.FromMinutes(30), gray.Steps[1].Duration);
        Assert.Equal(0.01, gray.Steps[3].Max);
        Assert.Equal(ClientVersion.Parse("1.6.0"), parsed.Reviews[0].ClientVersion);
        Assert.Contains("\"percentage\": 12.5,", json);
        Assert.Contains("\"pause\": {\n", json);
    }

    [Fact]
    public void A_server_loads_the_document_and_resolves()
    {
        var resolver = new RoutingResolver(RoutingJson.Parse(RoutingJson.Serialize(Full())));
        Assert.Equal(RouteReason.GrayAccount, resolver.Resolve("ios", "appstore", "1.5.0", "qa-001").Reason);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1,", "line 1, column 21: expected a property name")]
    [InlineData("{\"a\": 1, \"a\": 2}", "appears twice")]
    [InlineData("[1, 2] x", "unexpected text")]
    [InlineData("{\"a\": \"\u0001\"}", "control character")]
    [InlineData("{\"a\": 01}", "expected ',' or '}'")]
    public void Syntax_errors_name_the_position(string json, string message)
    {
        var e = Assert.Throws<RoutingDocumentException>(() => RoutingJson.Parse(json, "routing.json"));
        Assert.Contains("routing.json", e.Message);
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Shape_errors_are_all_reported_with_paths()
    {
        var json = RoutingJson.Serialize(Full())
            .Replace("\"percentage\": 12.5", "\"percentage\": \"12.5\"")
            .Replace("\"channel\": \"taptap\"", "\"chanel\": \"taptap\"")
            .Replace("\"duration\": \"30m\"", "\"duration\": \"30 minutes\"")
            .Replace("\"10.8.0.0/16\"", "\"10.8.0.0/33\"")
            .Replace("\"clientVersion\": \"1.6.0\"", "\"clientVersion\": \"1.6.x\"");
        var e = Assert.Throws<RoutingDocumentException>(() => RoutingJson.Parse(json));
        string[] expected =
        [
            "$.tracks[0].gray.percentage: expected a number",
            "$.tracks[1].chanel: unknown property",
            "$.tracks[1].channel: missing",
            "$.tracks[0].gray.steps[1].pause.duration: '30 minutes' is not a duration",
            "$.tracks[0].gray.networks[0]: '10.8.0.0/33' is not a CIDR range",
            "$.reviews[0].clientVersion: '1.6.x' is not a client version",
        ];
        foreach (var line in expected) Assert.Contains(line, e.Message);
    }

    [Fact]
    public void Parse_validates_content()
    {
        var json = RoutingJson.Serialize(Samples.Document().WithGray(Samples.Gray()) with { }).Replace("\"serverGroup\": \"gray\"", "\"serverGroup\": \"grey\"");
        var e = Assert.Throws<RoutingDocumentException>(() => RoutingJson.Parse(json));
        Assert.Contains("unknown server group 'grey'", e.Message);
    }
}

public class SampleSeedTests
{
    [Fact]
    public void The_Vega_seed_is_a_valid_revision_0_in_canonical_form()
    {
        var dir = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(dir, "Walle.slnx"))) dir = Path.GetDirectoryName(dir) ?? throw new InvalidOperationException("repository root not found");
        var path = Path.Combine(dir, "samples", "Vega", "release", "routing.seed.json");
        var text = File.ReadAllText(path);
        var seed = RoutingJson.Parse(text, path);
        Assert.Equal(0, seed.Revision);
        Assert.Equal(text, RoutingJson.Serialize(seed));
        Assert.Equal(RouteReason.Production, new RoutingResolver(seed).Resolve("android", "huawei", "1.0.3", "10001").Reason);
    }
}
