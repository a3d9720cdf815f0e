using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests;

/// <summary>A small valid routing document the tests change with <c>with</c>.</summary>
internal static class Samples
{
    public static RoutingDocument Document() => new()
    {
        Revision = 0,
        ServerGroups =
        [
            new ServerGroup("prod", "wss://gw.vega.example.com"),
            new ServerGroup("gray", "wss://gw-gray.vega.example.com"),
            new ServerGroup("review", "wss://gw-review.vega.example.com"),
        ],
        Tracks =
        [
            Track("ios", "appstore"),
            Track("android", "taptap"),
        ],
    };

    public static ReleaseTrack Track(string platform, string channel) => new()
    {
        Platform = platform,
        Channel = channel,
        Production = new ProductionRoute
        {
            Version = "1.5.0",
            ClientVersions = VersionRange.Parse("1.4.0 - 1.5.9"),
            Manifest = "https://cdn.vega.example.com/1.5.0/project.manifest",
            ServerGroup = "prod",
        },
    };

    public static GraySlot Gray(decimal percentage = 10) => new()
    {
        Version = "1.5.1",
        Manifest = "https://cdn.vega.example.com/1.5.1/project.manifest",
        ServerGroup = "gray",
        Percentage = percentage,
        Salt = "vega-1.5.1",
        Steps = [GrayStep.SetWeight(percentage), GrayStep.Pause()],
        Step = 1,
    };

    public static RoutingDocument WithGray(this RoutingDocument document, GraySlot gray, int track = 0) =>
        document with { Tracks = document.Tracks.Select((t, i) => i == track ? t with { Gray = gray } : t).ToList() };

    public static ReviewRoute Review(string version = "1.6.0") => new()
    {
        Platform = "ios",
        ClientVersion = ClientVersion.Parse(version),
        ServerGroup = "review",
        Manifest = "https://cdn.vega.example.com/review/1.6.0/project.manifest",
    };
}
