using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Release.Tests.Components;

/// <summary>A game build composing <see cref="IRelease"/> on the default store (the folder .nuke/store).</summary>
internal sealed class ReleaseBuild : WalleBuild, IRelease;

/// <summary>Runs <see cref="ReleaseBuild"/> in-process in a temporary repository holding the seed.</summary>
internal sealed class ReleaseBuildHarness : IDisposable
{
    public ReleaseBuildHarness()
    {
        Root = Directory.CreateTempSubdirectory("walle-release-build-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        Directory.CreateDirectory(Path.Combine(Root, "release"));
        File.WriteAllText(Path.Combine(Root, "release", "routing.seed.json"), Walle.Release.Routing.RoutingJson.Serialize(Samples.Document()));
    }

    public string Root { get; }

    public IObjectStore Store => new LocalObjectStore(Path.Combine(Root, ".nuke", "store"));

    public (int ExitCode, string Output) Run(params string[] args) =>
        InProcessBuild.Run(new ReleaseBuild(), Root, new Dictionary<string, string> { ["BUILD_USER"] = "jenkins-alice" }, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
