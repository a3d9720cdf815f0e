namespace Walle.Pipelines.Engine;

/// <summary>What happened to a planned target.</summary>
public enum TargetStatus
{
    /// <summary>Planned but not reached (an earlier failure stopped the build, or a dependency failed).</summary>
    NotRun,

    /// <summary>Ran and succeeded.</summary>
    Succeeded,

    /// <summary>Ran and threw.</summary>
    Failed,

    /// <summary>Skipped by <c>--skip</c> or a condition.</summary>
    Skipped,

    /// <summary>Inputs and outputs unchanged since its last success: not run.</summary>
    UpToDate,

    /// <summary>Cancelled while running.</summary>
    Aborted,
}
