using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>
/// The engine's built-in extension that writes <c>.nuke/temp/build-report.html</c> after every run — also when
/// planning failed — and, for <c>--plan --html</c>, <c>.nuke/temp/build-plan.html</c> without running anything.
/// On Jenkins it ends the log with the link to the build's archived artifacts.
/// </summary>
internal sealed class BuildReport : IBuildExtension
{
    // Boxed starts: a dictionary of a value type is compiled at run time on first use (a few ms of every run).
    private readonly Dictionary<string, object> _starts = new(StringComparer.Ordinal);
    private WalleBuild? _build;
    private BuildPlan? _plan;
    private long _startedTicks;
    private DateTimeOffset _started;

    /// <summary>The report's path, or null before the build is created.</summary>
    public string? ReportPath => _build is null ? null : Path.Combine(_build.TemporaryDirectory, "build-report.html");

    public void OnBuildCreated(IWalleBuild build)
    {
        _build = build as WalleBuild;
        _started = build.Context.Clock.GetLocalNow();
        _startedTicks = build.Context.Clock.GetTimestamp();
    }

    public void OnPlanMade(BuildPlan plan) => _plan = plan;

    /// <summary>
    /// Targets are about to run: render a draft of the page on another core meanwhile, so that the real one at the end
    /// finds the code loaded and compiled. Measured (benchmarks/ci/run.sh): the first render of a 12-target page costs
    /// about 30 ms on this 2-core VM, a warm one 1.5 ms; the no-op build's run was 1.27x its anchor without this.
    /// </summary>
    public void WarmUp()
    {
        if (_plan is not { } plan) return;
        var draft = new BuildReportModel("succeeded", _started, TimeSpan.FromSeconds(1), plan,
            [.. plan.Targets.Select(t => new TargetRun(t.Name, TargetStatus.Succeeded, TimeSpan.Zero, TimeSpan.FromMilliseconds(1), t.Skipped))],
            [new ReportParameter("Draft", "--draft", "", "default", false)], null, null);
        _ = Task.Run(() => BuildReportPage.Render(draft));
    }

    public void OnTargetStarting(string target) => _starts[target] = Elapsed;

    public void OnBuildFinished(BuildOutcome outcome)
    {
        if (_build is null || _plan is null) return;
        var runs = outcome.Targets.Select(t => new TargetRun(t.Name, t.Status, _starts.TryGetValue(t.Name, out var start) ? (TimeSpan)start : null, t.Duration, t.Note)).ToList();
        var host = Host();
        Write(ReportPath!, new BuildReportModel(outcome.Status, _started, outcome.Duration, _plan, runs, Parameters(), null, host?.BuildUrl));
        if (host?.ArtifactsUrl is { } artifacts)
            _build.Context.Logger.Information("Build report and artifacts: {Url}", artifacts);
    }

    /// <summary>For <c>--plan --html</c>: the plan's graph, nothing run. Returns the page's path.</summary>
    public string WritePlan()
    {
        var path = Path.Combine(_build!.TemporaryDirectory, "build-plan.html");
        var runs = _plan!.Targets.Select(t => new TargetRun(t.Name, null, null, TimeSpan.Zero, t.Skipped)).ToList();
        Write(path, new BuildReportModel("plan", _started, null, _plan, runs, Parameters(), null, Host()?.BuildUrl));
        return path;
    }

    /// <summary>Planning failed (unknown target, cycle, missing parameter): a report saying why, with whatever was planned.</summary>
    public void PlanningFailed(string message)
    {
        if (_build is null) return;
        var runs = _plan?.Targets.Select(t => new TargetRun(t.Name, TargetStatus.NotRun, null, TimeSpan.Zero, null)).ToList() ?? [];
        Write(ReportPath!, new BuildReportModel("failed in planning", _started, Elapsed, _plan, runs, Parameters(), _build.Context.Secrets.Apply(message), Host()?.BuildUrl));
    }

    private TimeSpan Elapsed => _build!.Context.Clock.GetElapsedTime(_startedTicks);

    private JenkinsHost? Host() => JenkinsHost.TryDetect(_build!.Context.Environment);

    private List<ReportParameter> Parameters()
    {
        if (_build?.Session is not { } session) return [];
        var secrets = _build.Context.Secrets;
        return session.Parameters.All
            .OrderBy(p => p.Member.Name, StringComparer.Ordinal)
            .Select(p => new ReportParameter(
                p.Member.Name,
                p.Member.CliName,
                !p.HasValue ? "" : p.Member.IsSecret ? "****" : secrets.Apply(ValueConverter.Format(p.Value)),
                p.ShownSource,
                p.Member.IsSecret))
            .ToList();
    }

    /// <summary>Through a temporary file: a reader (Jenkins archiving, a browser) never sees half a page.</summary>
    private static void Write(string path, BuildReportModel model)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + $".{Environment.ProcessId}.tmp";
        File.WriteAllText(temporary, BuildReportPage.Render(model));
        File.Move(temporary, path, overwrite: true);
    }
}
