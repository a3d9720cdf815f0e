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

    /// <summary>The run's clock; the system's by default.</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>How the run's external tools run; local processes by default.</summary>
    public Tooling.IToolRunner? Tools { get; init; }

    /// <summary>A person at a terminal can answer a prompt (a password).</summary>
    public bool Interactive { get; init; } = !System.Console.IsInputRedirected && !System.Console.IsOutputRedirected;

    /// <summary>The exit code of a cancelled run: 130 after Ctrl-C, 143 after SIGTERM.</summary>
    public Func<int> CancelledExitCode { get; init; } = () => ExitCodes.Cancelled;

    /// <summary>
    /// The folder of the build's own executable. A game's build lives inside its repository, so the root is the
    /// nearest folder with <c>.nuke/</c> above it, wherever the bootstrap was called from. Null in-process (tests).
    /// </summary>
    public string? BuildLocation { get; init; }

    /// <summary>True on a CI server (Jenkins, GitHub Actions, Azure Pipelines, or CI=true).</summary>
    public bool IsServerBuild =>
        new[] { "JENKINS_URL", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI" }.Any(v => Environment[v] is string { Length: > 0 })
        || string.Equals(Environment["CI"] as string, "true", StringComparison.OrdinalIgnoreCase);
}
