using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests;

/// <summary>A temp folder with a seed file and a store; settings helpers for each command.</summary>
internal sealed class ReleaseFixture : IDisposable
{
    public ReleaseFixture(IObjectStore? store = null, RoutingDocument? seed = null)
    {
        Root = Directory.CreateTempSubdirectory("walle-release-").FullName;
        SeedFile = Path.Combine(Root, "routing.seed.json");
        File.WriteAllText(SeedFile, RoutingJson.Serialize(seed ?? Samples.Document()));
        Store = store ?? new LocalObjectStore(Path.Combine(Root, "store"));
    }

    public string Root { get; }
    public string SeedFile { get; }
    public IObjectStore Store { get; }
    public ManualClock Clock { get; } = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    public RoutingStore Routing => new(Store, new ReleaseStoreLayout());

    /// <summary>The run the release tasks get: a detached context on <see cref="Clock"/>.</summary>
    public BuildContext Context => _context ??= new BuildContext(clock: Clock);

    private BuildContext? _context;

    public T With<T>(T settings, string author = "alice") where T : ReleaseSettings =>
        settings with { SeedFile = SeedFile, Author = author };

    public GrayStartSettings Start(string steps = "1%, pause, 5%, pause 30m, 20%, pause", string platform = "ios", string? channel = "appstore") =>
        With(new GrayStartSettings(Store, new TrackSelector(platform, channel), new GrayPlan("1.5.1", "https://cdn.vega.example.com/1.5.1/project.manifest")
        {
            Steps = GraySteps.Parse(steps),
            Accounts = ["qa-001"],
        }));

    public GrayStepSettings Step(string platform = "ios", string? channel = "appstore") => With(new GrayStepSettings(Store, new TrackSelector(platform, channel)));

    public async Task<RoutingDocument> LiveAsync() => (await Routing.LoadLiveAsync())!.Document;

    public async Task<List<string>> KeysAsync()
    {
        var keys = new List<string>();
        await foreach (var info in Store.ListAsync("")) keys.Add(info.Key);
        return keys;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
