using Serilog.Events;

namespace Walle.Pipelines.Engine;

/// <summary>Calls every <see cref="IBuildExtension"/> of a run — the build itself first, then <see cref="WalleBuild.Extensions"/> — one call at a time.</summary>
internal sealed class BuildExtensions(WalleBuild build)
{
    private readonly IReadOnlyList<IBuildExtension> _extensions = [.. (build is IBuildExtension own ? [own] : Array.Empty<IBuildExtension>()), .. build.Extensions];
    private readonly Lock _gate = new();

    /// <summary>Whether the run has any extension (the build itself or listed ones).</summary>
    public bool Any => _extensions.Count > 0;

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
