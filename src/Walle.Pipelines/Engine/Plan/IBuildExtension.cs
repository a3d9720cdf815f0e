namespace Walle.Pipelines.Engine;

/// <summary>
/// Lifecycle hooks of a run, NUKE-style: notifications, reports and CI hosts hang on them. A build class or a component
/// interface implements the hooks it needs (each has an empty default), or the build lists extension objects in
/// <see cref="WalleBuild.Extensions"/>. Hooks run in that order — the build first — on the engine's thread; an
/// exception in a hook fails the run, except in <see cref="OnBuildFinished"/>, where it is logged as a warning.
/// </summary>
public interface IBuildExtension
{
    /// <summary>The build's parameters and targets are known; nothing is planned yet.</summary>
    void OnBuildCreated(IWalleBuild build) { }

    /// <summary>The plan is made (also for <c>--plan</c>); nothing has run.</summary>
    void OnPlanMade(BuildPlan plan) { }

    /// <summary>A target is about to run its actions.</summary>
    void OnTargetStarting(string target) { }

    /// <summary>A target finished: succeeded, failed, skipped, up to date or aborted.</summary>
    void OnTargetFinished(TargetOutcome outcome) { }

    /// <summary>Every planned target is settled; the summary is written after the hooks, so it lists their warnings.</summary>
    void OnBuildFinished(BuildOutcome outcome) { }
}

/// <summary>How a target ended.</summary>
/// <param name="Name">The target.</param>
/// <param name="Status">Its status.</param>
/// <param name="Duration">How long it ran (zero when it did not).</param>
/// <param name="Note">The reason or first line of the error, secrets masked.</param>
public sealed record TargetOutcome(string Name, TargetStatus Status, TimeSpan Duration, string? Note);

/// <summary>How the run ended.</summary>
/// <param name="ExitCode">The process exit code (see <see cref="ExitCodes"/>).</param>
/// <param name="Status">succeeded, failed or cancelled.</param>
/// <param name="Duration">The whole run.</param>
/// <param name="Targets">Every planned target's outcome, in plan order.</param>
public sealed record BuildOutcome(int ExitCode, string Status, TimeSpan Duration, IReadOnlyList<TargetOutcome> Targets);
