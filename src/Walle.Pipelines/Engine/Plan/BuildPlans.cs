namespace Walle.Pipelines.Engine;

/// <summary>What a running build's components may ask the engine about plans other than the run's own.</summary>
internal static class BuildPlans
{
    /// <summary>
    /// The plan the engine would make for <paramref name="targets"/> (none: the build's defaults), with the run's
    /// parameters; nothing is run or skipped. Unknown names are a <see cref="UsageException"/> listing the targets.
    /// </summary>
    public static BuildPlan Of(IWalleBuild build, IReadOnlyList<string> targets) =>
        (build as WalleBuild)?.Session?.PlanOther?.Invoke(targets)
        ?? throw new InvalidOperationException("Plans are only made while the build runs (WalleBuild.Execute<T>()).");

    /// <summary>The run's <c>--profile</c> names.</summary>
    public static IReadOnlyList<string> Profiles(IWalleBuild build) => (build as WalleBuild)?.Session?.Profiles ?? [];
}
