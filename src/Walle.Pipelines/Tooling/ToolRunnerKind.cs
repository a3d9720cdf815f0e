namespace Walle.Pipelines.Tooling;

/// <summary>Where a tool runs, as chosen per tool in parameters (e.g. <c>--sheet-tool-runner docker</c>).</summary>
public enum ToolRunnerKind
{
    /// <summary>A local process (<see cref="LocalToolRunner"/>).</summary>
    Local,

    /// <summary>A container on a Docker engine, local or remote (<see cref="DockerToolRunner"/>).</summary>
    Docker,
}
