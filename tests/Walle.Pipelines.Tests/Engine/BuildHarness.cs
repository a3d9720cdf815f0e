using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

/// <summary>Runs a build in-process in a temporary repository (a folder with .nuke/) and captures its output.</summary>
internal sealed class BuildHarness : IDisposable
{
    public BuildHarness()
    {
        Root = Directory.CreateTempSubdirectory("walle-engine-").FullName;
        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
    }

    public string Root { get; }
    public Dictionary<string, string> Environment { get; } = new();
    public CancellationToken CancellationToken { get; set; }

    public string NukeFile(string name) => Path.Combine(Root, ".nuke", name);

    public void WriteFile(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    public BuildResult<T> Run<T>(params string[] args) where T : WalleBuild, new() => Run(new T(), [], args);

    public BuildResult<T> Run<T>(T build, Func<T, Target>[] defaults, params string[] args) where T : WalleBuild
    {
        var (exitCode, output) = InProcessBuild.Run(
            build, Root, Environment, args, defaults.Select(d => (Func<object, Target>)(b => d((T)b))).ToList(), CancellationToken);
        return new BuildResult<T>(build, exitCode, output, Root);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>What a build run left behind.</summary>
internal sealed record BuildResult<T>(T Build, int ExitCode, string Output, string Root)
{
    public string SummaryJson => File.ReadAllText(Path.Combine(Root, ".nuke", "temp", "build-summary.json"));
    public string LogFile => File.ReadAllText(Path.Combine(Root, ".nuke", "temp", "build.log"));

    /// <summary>The status build-summary.json records for a target: succeeded, failed, skipped, upToDate, notRun, aborted.</summary>
    public string StatusOf(string target)
    {
        using var summary = System.Text.Json.JsonDocument.Parse(SummaryJson);
        return summary.RootElement.GetProperty("targets").EnumerateArray()
            .Where(t => t.GetProperty("name").GetString() == target)
            .Select(t => t.GetProperty("status").GetString()!)
            .SingleOrDefault() ?? "not planned";
    }

    /// <summary>The planned targets in the order the summary lists them.</summary>
    public IReadOnlyList<string> Planned
    {
        get
        {
            using var summary = System.Text.Json.JsonDocument.Parse(SummaryJson);
            return summary.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).ToList();
        }
    }
}

/// <summary>A thread-safe record of what targets did, in order.</summary>
public sealed class Journal
{
    private readonly List<string> _entries = [];
    private readonly Lock _gate = new();

    internal void Add(string entry)
    {
        lock (_gate) _entries.Add(entry);
    }

    public IReadOnlyList<string> Entries
    {
        get { lock (_gate) return [.. _entries]; }
    }
}
