using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci.Tests;

/// <summary>Runs a build in-process in a temporary repository (a folder with .nuke/) and captures its output.</summary>
internal sealed class BuildHarness : IDisposable
{
    public BuildHarness()
    {
        Root = Directory.CreateTempSubdirectory("walle-ci-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
    }

    public string Root { get; }
    public Dictionary<string, string> Environment { get; } = new();

    public string Temp(string name) => Path.Combine(Root, ".nuke", "temp", name);

    public (int ExitCode, string Output) Run<T>(params string[] args) where T : WalleBuild, new() => Run(new T(), args);

    public (int ExitCode, string Output) Run<T>(T build, params string[] args) where T : WalleBuild =>
        InProcessBuild.Run(build, Root, Environment, args);

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
