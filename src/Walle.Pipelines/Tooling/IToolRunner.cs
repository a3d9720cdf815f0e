namespace Walle.Pipelines.Tooling;

/// <summary>
/// Where an external tool runs: a local process (<see cref="LocalToolRunner"/>), or a container on a chosen Docker
/// engine with the input paths copied in and the output paths copied out. Arguments that are paths are typed
/// (<see cref="ToolArgument.Input(string)"/>, <see cref="ToolArgument.Output"/>) so a runner can map host paths.
/// </summary>
public interface IToolRunner
{
    /// <summary>Runs the tool to completion and returns its result whatever the exit code; cancellation stops it.</summary>
    Task<ToolResult> RunAsync(ToolSettings settings, CancellationToken cancellationToken = default);
}
