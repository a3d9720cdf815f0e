using System.Collections;
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

    public (int ExitCode, string Output) Run<T>(T build, params string[] args) where T : WalleBuild
    {
        var console = new StringWriter();
        var exitCode = BuildRunner.Run(build, [], args, new RunOptions
        {
            Console = console,
            Colors = false,
            Environment = new Hashtable(Environment),
            WorkingDirectory = Root,
        });
        return (exitCode, console.ToString());
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
