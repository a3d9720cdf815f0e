using System.Collections;

namespace Walle.Pipelines.Engine;

/// <summary>The process surroundings of a build run; tests replace them to run builds in-process.</summary>
internal sealed record RunOptions
{
    public TextWriter Console { get; init; } = System.Console.Out;
    public bool Colors { get; init; } = !System.Console.IsOutputRedirected && System.Environment.GetEnvironmentVariable("NO_COLOR") is null;
    public IDictionary Environment { get; init; } = System.Environment.GetEnvironmentVariables();
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();
    public CancellationToken CancellationToken { get; init; }

    /// <summary>True on a CI server (Jenkins, GitHub Actions, Azure Pipelines, or CI=true).</summary>
    public bool IsServerBuild =>
        new[] { "JENKINS_URL", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI" }.Any(v => Environment[v] is string { Length: > 0 })
        || string.Equals(Environment["CI"] as string, "true", StringComparison.OrdinalIgnoreCase);
}
