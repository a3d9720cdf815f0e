using Serilog.Events;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Calls every <see cref="IBuildExtension"/> of a run — the build itself first, then <see cref="WalleBuild.Extensions"/>,
/// then the built-in HTML <see cref="Report"/> — one call at a time.
/// </summary>
internal sealed class BuildExtensions
{
    private readonly IReadOnlyList<IBuildExtension> _extensions;
    private readonly Lock _gate = new();

    public BuildExtensions(WalleBuild build)
    {
        IReadOnlyList<IBuildExtension> own = [.. (build is IBuildExtension self ? [self] : Array.Empty<IBuildExtension>()), .. build.Extensions];
        Any = own.Count > 0;
        _extensions = [.. own, Report];
    }

    /// <summary>Whether the run has extensions of its own (the build itself or listed ones), besides the built-in report.</summary>
    public bool Any { get; }

    /// <summary>The built-in <c>.nuke/temp/build-report.html</c>.</summary>
    public Ci.BuildReport Report { get; } = new();

    /// <summary>Planning failed with <paramref name="message"/>: the report says so (a failure to write it changes nothing).</summary>
    public void PlanningFailed(string message, BuildOutput output)
    {
        try
        {
            lock (_gate) Report.PlanningFailed(message);
        }
        catch (Exception e)
        {
            output.Write(LogEventLevel.Warning, $"The build report could not be written: {e.Message}");
        }
    }

    public void BuildCreated(IWalleBuild created) => Each(e => e.OnBuildCreated(created));
    public void PlanMade(BuildPlan plan) => Each(e => e.OnPlanMade(plan));
    public void TargetStarting(string target) => Each(e => e.OnTargetStarting(target));
    public void TargetFinished(TargetOutcome outcome) => Each(e => e.OnTargetFinished(outcome));

    /// <summary>The build's result is settled by now: a failing hook is reported, never changes the exit code.</summary>
    public void BuildFinished(BuildOutcome outcome, BuildOutput output)
    {
        foreach (var extension in _extensions)
        {
            try
            {
                lock (_gate) extension.OnBuildFinished(outcome);
            }
            catch (Exception e)
            {
                output.Write(LogEventLevel.Warning, $"{extension.GetType().Name}.OnBuildFinished failed: {e.Message}");
            }
        }
    }

    private void Each(Action<IBuildExtension> call)
    {
        foreach (var extension in _extensions)
            lock (_gate) call(extension);
    }
}
