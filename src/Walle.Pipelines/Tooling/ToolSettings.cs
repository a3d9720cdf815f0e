using Serilog.Events;

namespace Walle.Pipelines.Tooling;

/// <summary>One run of an external tool: the executable and its argument list (never a shell string).</summary>
public sealed record ToolSettings
{
    /// <summary>Full path (or PATH name) of the executable.</summary>
    public required string Executable { get; init; }

    /// <summary>Arguments, one element each; no quoting needed. Paths the tool reads or writes are typed (<see cref="ToolArgument.Input(string)"/>) so a runner can map them.</summary>
    public IReadOnlyList<ToolArgument> Arguments { get; init; } = [];

    /// <summary>Working directory; the current one when null.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>Extra environment variables for the tool.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Values (licences, passwords) masked as <c>****</c> in every message and captured output line.</summary>
    public IReadOnlyList<string> Secrets { get; init; } = [];

    /// <summary>Kills the tool after this long; null waits forever.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>The log level of the tool's output lines (Debug: shown with --verbosity verbose; Information: always).</summary>
    public LogEventLevel OutputLevel { get; init; } = LogEventLevel.Debug;

    /// <summary>Where the tool runs; null: the run's runner (<see cref="Engine.BuildContext.Tools"/>, a local process by default).</summary>
    public IToolRunner? Runner { get; init; }
}
