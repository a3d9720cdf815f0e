using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

/// <summary>
/// Nothing of a run lives in process-wide state, so builds run side by side in one process. The exceptions are
/// named here, each with why it is process-wide; a new static field that can change fails this test until it is
/// made per run or listed with its reason.
/// </summary>
public sealed class StaticStateTests
{
    private static readonly Dictionary<string, string> ProcessWide = new()
    {
        ["Walle.Pipelines.Engine.BuildContext.Ambient"] = "Serilog's Log.Logger is process-wide by design; this finds the run of the calling async flow",
        ["Walle.Pipelines.Engine.AmbientLog._installed"] = "that bridge is installed into Log.Logger once per process",
        ["Walle.Pipelines.Tooling.DockerToolRunner.Slots"] = "container seats are per Docker engine, shared by every run in the process",
        ["Walle.Pipelines.Tooling.ContainerRemovals.All"] = "containers still being removed, awaited when the process exits",
        ["Walle.Pipelines.Storage.Md5.t_hash"] = "one reusable hasher per thread; reset after each use, it holds no run's data",
    };

    [Fact]
    public void The_engine_library_keeps_no_static_mutable_state_but_the_listed_exceptions() =>
        Assert.Empty(StaticState.Offenders(typeof(WalleBuild).Assembly, ProcessWide));
}
