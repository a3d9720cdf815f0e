using BenchmarkDotNet.Attributes;
using Walle.Release.Routing;

namespace Walle.Release.Benchmarks;

/// <summary>
/// Resolutions of a realistic document (8 tracks, a gray with whitelists and networks, two reviews) over
/// 1024 distinct players per invocation. Results are per player (OperationsPerInvoke).
/// </summary>
[MemoryDiagnoser]
public class ResolverBenchmarks
{
    private const int Players = 1024;
    private RoutingResolver _resolver = null!;
    private NaiveResolver _naive = null!;
    private string[] _accounts = null!;
    private string[] _ips = null!;

    [GlobalSetup]
    public void Setup()
    {
        var groups = new[] { new ServerGroup("prod", "wss://gw"), new ServerGroup("gray", "wss://gw-gray"), new ServerGroup("review", "wss://gw-review") };
        var tracks = new List<ReleaseTrack>();
        foreach (var (platform, channel) in new[] { ("ios", "appstore"), ("android", "taptap"), ("android", "huawei"), ("android", "xiaomi"), ("android", "oppo"), ("android", "vivo"), ("android", "google"), ("android", "bilibili") })
        {
            tracks.Add(new ReleaseTrack
            {
                Platform = platform,
                Channel = channel,
                Production = new ProductionRoute { Version = "1.5.0", ClientVersions = VersionRange.Parse("1.4.0 - 1.5.9"), Manifest = "https://cdn/1.5.0/project.manifest", ServerGroup = "prod" },
                Gray = new GraySlot
                {
                    Version = "1.5.1",
                    Manifest = "https://cdn/1.5.1/project.manifest",
                    ServerGroup = "gray",
                    Percentage = 10,
                    Salt = "gray-1.5.1",
                    Accounts = Enumerable.Range(0, 200).Select(i => "qa-" + i).ToArray(),
                    Devices = Enumerable.Range(0, 50).Select(i => "dev-" + i).ToArray(),
                    Networks = [IpRange.Parse("10.8.0.0/16"), IpRange.Parse("192.168.10.0/24")],
                    Steps = [GrayStep.SetWeight(10), GrayStep.Pause()],
                    Step = 1,
                },
            });
        }
        var document = new RoutingDocument
        {
            ServerGroups = groups,
            Tracks = tracks,
            Reviews =
            [
                new ReviewRoute { Platform = "ios", ClientVersion = ClientVersion.Parse("1.6.0"), ServerGroup = "review", Manifest = "https://cdn/review" },
                new ReviewRoute { Platform = "android", ClientVersion = ClientVersion.Parse("1.6.0"), ServerGroup = "review", Manifest = "https://cdn/review" },
            ],
        };
        _resolver = new RoutingResolver(document);
        _naive = new NaiveResolver(document);
        var random = new Random(42);
        _accounts = Enumerable.Range(0, Players).Select(_ => random.NextInt64(10_000_000, 99_999_999).ToString()).ToArray();
        _ips = Enumerable.Range(0, Players).Select(_ => $"{random.Next(11, 223)}.{random.Next(256)}.{random.Next(256)}.{random.Next(256)}").ToArray();
    }

    /// <summary>The common case: an eligible player outside the whitelists, decided by the bucket.</summary>
    [Benchmark(OperationsPerInvoke = Players)]
    public int GrayBucket()
    {
        int gray = 0;
        for (int i = 0; i < Players; i++)
            if (_resolver.Resolve("android", "taptap", "1.5.3", _accounts[i], "device-x", _ips[i]).IsGray) gray++;
        return gray;
    }

    /// <summary>A client version outside the gray: production at once.</summary>
    [Benchmark(OperationsPerInvoke = Players)]
    public int Review()
    {
        int review = 0;
        for (int i = 0; i < Players; i++)
            if (_resolver.Resolve("ios", "appstore", "1.6.0", _accounts[i]).Reason == RouteReason.Review) review++;
        return review;
    }

    /// <summary>The anchor on the same input as <see cref="GrayBucket"/>.</summary>
    [Benchmark(OperationsPerInvoke = Players, Baseline = true)]
    public int NaiveGrayBucket()
    {
        int gray = 0;
        for (int i = 0; i < Players; i++)
            if (_naive.Resolve("android", "taptap", "1.5.3", _accounts[i], "device-x", _ips[i]) == "gray") gray++;
        return gray;
    }
}
