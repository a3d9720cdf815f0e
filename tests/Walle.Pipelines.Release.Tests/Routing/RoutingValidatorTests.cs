using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

public class RoutingValidatorTests
{
    private static void AssertProblem(RoutingDocument document, string path, string message)
    {
        var problems = RoutingValidator.Validate(document);
        Assert.True(problems.Any(p => p.Path == path && p.Message.Contains(message)),
            $"expected '{path}: ...{message}...', got:\n{string.Join("\n", problems)}");
    }

    [Fact]
    public void The_sample_is_valid() => Assert.Empty(RoutingValidator.Validate(Samples.Document().WithGray(Samples.Gray()) with { Reviews = [Samples.Review()] }));

    [Fact]
    public void Unsupported_schema_version() =>
        AssertProblem(Samples.Document() with { SchemaVersion = 2 }, "$.schemaVersion", "schema version 2 is not supported");

    [Fact]
    public void Negative_revision() => AssertProblem(Samples.Document() with { Revision = -1 }, "$.revision", "negative");

    [Fact]
    public void No_server_groups() => AssertProblem(Samples.Document() with { ServerGroups = [] }, "$.serverGroups", "no server groups");

    [Fact]
    public void Duplicate_server_group() =>
        AssertProblem(Samples.Document() with { ServerGroups = [new("prod", "a"), new("prod", "b")] }, "$.serverGroups[1].name", "declared twice");

    [Fact]
    public void Bad_server_group_name() =>
        AssertProblem(Samples.Document() with { ServerGroups = [new("Prod Group", "a")] }, "$.serverGroups[0].name", "not a server group name");

    [Fact]
    public void Server_group_without_gateway() =>
        AssertProblem(Samples.Document() with { ServerGroups = [new("prod", " ")] }, "$.serverGroups[0].gateway", "no gateway");

    [Fact]
    public void No_tracks() => AssertProblem(Samples.Document() with { Tracks = [] }, "$.tracks", "no tracks");

    [Fact]
    public void Duplicate_track() =>
        AssertProblem(Samples.Document() with { Tracks = [Samples.Track("ios", "appstore"), Samples.Track("ios", "appstore")] }, "$.tracks[1]", "declared twice");

    [Fact]
    public void Bad_platform_and_channel_names()
    {
        var document = Samples.Document() with { Tracks = [Samples.Track("iOS", "app store")] };
        AssertProblem(document, "$.tracks[0].platform", "not a platform name");
        AssertProblem(document, "$.tracks[0].channel", "not a channel name");
    }

    [Fact]
    public void Production_rules()
    {
        var track = Samples.Track("ios", "appstore");
        var document = Samples.Document() with
        {
            Tracks = [track with { Production = new ProductionRoute { Version = "", ClientVersions = VersionRange.Parse("1.6.0 - 1.5.0"), Manifest = "", ServerGroup = "nope" } }],
        };
        AssertProblem(document, "$.tracks[ios/appstore].production.version", "no version");
        AssertProblem(document, "$.tracks[ios/appstore].production.clientVersions", "range 1.6.0 - 1.5.0 is empty");
        AssertProblem(document, "$.tracks[ios/appstore].production.manifest", "no manifest");
        AssertProblem(document, "$.tracks[ios/appstore].production.serverGroup", "unknown server group 'nope'; declared: gray, prod, review");
    }

    [Theory]
    [InlineData(-1, "outside 0-100")]
    [InlineData(100.01, "outside 0-100")]
    [InlineData(12.345, "more than two decimals")]
    public void Gray_percentage_rules(decimal percentage, string message) =>
        AssertProblem(Samples.Document().WithGray(Samples.Gray() with { Percentage = percentage }), "$.tracks[ios/appstore].gray.percentage", message);

    [Fact]
    public void Gray_rules()
    {
        var document = Samples.Document().WithGray(Samples.Gray() with
        {
            Version = "",
            Manifest = "",
            ServerGroup = "canary",
            Salt = "",
            ClientVersions = VersionRange.Parse("2.0 - 1.0"),
            Accounts = ["a", "a", ""],
            Devices = ["d", "d"],
            Step = 5,
        });
        const string gray = "$.tracks[ios/appstore].gray";
        AssertProblem(document, gray + ".version", "no version");
        AssertProblem(document, gray + ".manifest", "no manifest");
        AssertProblem(document, gray + ".serverGroup", "unknown server group 'canary'");
        AssertProblem(document, gray + ".salt", "no salt");
        AssertProblem(document, gray + ".clientVersions", "is empty");
        AssertProblem(document, gray + ".accounts[1]", "account id 'a' is listed twice");
        AssertProblem(document, gray + ".accounts[2]", "empty account id");
        AssertProblem(document, gray + ".devices[1]", "device id 'd' is listed twice");
        AssertProblem(document, gray + ".step", "step 5 is outside the 2 steps");
    }

    [Fact]
    public void Gray_identical_to_production()
    {
        var same = Samples.Gray() with { ServerGroup = "prod", Manifest = "https://cdn.vega.example.com/1.5.0/project.manifest" };
        AssertProblem(Samples.Document().WithGray(same), "$.tracks[ios/appstore].gray", "same server group and manifest as production");
    }

    [Fact]
    public void Step_rules()
    {
        var document = Samples.Document().WithGray(Samples.Gray() with
        {
            Steps = [GrayStep.SetWeight(101), GrayStep.Pause(TimeSpan.Zero), GrayStep.Check("ftp://x"), GrayStep.Metric("http://prom:9090", " ", 0.1)],
            Step = 0,
        });
        const string steps = "$.tracks[ios/appstore].gray.steps";
        AssertProblem(document, steps + "[0].setWeight", "outside 0-100");
        AssertProblem(document, steps + "[1].pause.duration", "must be positive");
        AssertProblem(document, steps + "[2].check.url", "not an http(s) URL");
        AssertProblem(document, steps + "[3].metric.query", "no query");
    }

    [Fact]
    public void Review_rules()
    {
        var document = Samples.Document() with
        {
            Reviews =
            [
                Samples.Review() with { Platform = "web" },
                Samples.Review("1.6.0"),
                Samples.Review("1.6.0"),
                Samples.Review("1.7.0") with { ServerGroup = "audit", Manifest = "" },
            ],
        };
        AssertProblem(document, "$.reviews[0].platform", "no track has platform 'web'");
        AssertProblem(document, "$.reviews[2]", "ios 1.6.0 is in review twice");
        AssertProblem(document, "$.reviews[3].serverGroup", "unknown server group 'audit'");
        AssertProblem(document, "$.reviews[3].manifest", "no manifest");
    }

    [Fact]
    public void Review_version_already_in_production() =>
        AssertProblem(Samples.Document() with { Reviews = [Samples.Review("1.5.2")] }, "$.reviews[0].clientVersion", "both in review and served by production on ios/appstore");

    [Fact]
    public void Review_version_also_in_gray()
    {
        var document = Samples.Document().WithGray(Samples.Gray() with { ClientVersions = VersionRange.Parse("1.5.0 - 1.6.0") }) with { Reviews = [Samples.Review("1.6.0")] };
        AssertProblem(document, "$.reviews[0].clientVersion", "both in review and in the gray of ios/appstore");
    }

    [Fact]
    public void Exception_lists_every_problem_and_the_source()
    {
        var e = Assert.Throws<RoutingDocumentException>(() => RoutingValidator.ThrowIfInvalid(Samples.Document() with { Revision = -3, ServerGroups = [] }, "routing.json"));
        Assert.Contains("routing.json", e.Message);
        Assert.True(e.Problems.Count >= 3);
        Assert.Contains("$.revision", e.Message);
    }

    [Theory]
    [InlineData("not-a-url")]
    [InlineData("cdn.vega.example.com/1.5.1/project.manifest")]
    [InlineData("file:///etc/project.manifest")]
    public void Manifests_must_be_absolute_http_urls(string url)
    {
        var document = Everywhere(p => p with { Manifest = url }, g => g with { Manifest = url }) with { Reviews = [Samples.Review() with { Manifest = url }] };
        AssertProblem(document, "$.tracks[ios/appstore].gray.manifest", $"'{url}' is not an absolute http(s) URL");
        AssertProblem(document, "$.tracks[android/taptap].production.manifest", $"'{url}' is not an absolute http(s) URL");
        AssertProblem(document, "$.reviews[0].manifest", $"'{url}' is not an absolute http(s) URL");
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.5.1-beta")]
    [InlineData("1..5")]
    [InlineData("1.2.3.4.5")]
    [InlineData("v1.5")]
    public void Versions_must_be_what_a_cocos_client_compares(string version)
    {
        var document = Everywhere(p => p with { Version = version }, g => g with { Version = version });
        AssertProblem(document, "$.tracks[ios/appstore].gray.version", $"'{version}' is not a version a cocos2d-x client compares");
        AssertProblem(document, "$.tracks[android/taptap].production.version", $"'{version}' is not a version");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.5.1")]
    [InlineData("1.5.1.2147483647")]
    public void Numeric_dotted_versions_are_valid(string version) =>
        Assert.Empty(RoutingValidator.Validate(Samples.Document().WithGray(Samples.Gray() with { Version = version })));

    /// <summary>The sample with a gray on ios/appstore, both changed, and every production route changed.</summary>
    private static RoutingDocument Everywhere(Func<ProductionRoute, ProductionRoute> production, Func<GraySlot, GraySlot> gray)
    {
        var document = Samples.Document().WithGray(gray(Samples.Gray()));
        return document with { Tracks = document.Tracks.Select(t => t with { Production = production(t.Production) }).ToList() };
    }
}
