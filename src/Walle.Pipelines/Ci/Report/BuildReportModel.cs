using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>What a build report shows: the plan, what ran when, and how the run ended.</summary>
/// <param name="Status">succeeded, failed, cancelled, "failed in planning" or "plan" (nothing ran).</param>
/// <param name="Started">When the run started.</param>
/// <param name="Duration">The whole run, or null when nothing ran.</param>
/// <param name="Plan">The plan, or null when planning failed before it was made.</param>
/// <param name="Targets">Each planned target's run, in plan order.</param>
/// <param name="Parameters">The build's parameters with their shown values (secrets masked) and sources.</param>
/// <param name="Error">Why planning failed, or null.</param>
/// <param name="Link">The CI build's page (Jenkins BUILD_URL), or null.</param>
internal sealed record BuildReportModel(
    string Status,
    DateTimeOffset Started,
    TimeSpan? Duration,
    BuildPlan? Plan,
    IReadOnlyList<TargetRun> Targets,
    IReadOnlyList<ReportParameter> Parameters,
    string? Error,
    string? Link);

/// <summary>How one planned target ran.</summary>
/// <param name="Name">The target.</param>
/// <param name="Status">Its status; null in a plan-only report.</param>
/// <param name="Start">When it started, from the start of the run; null when it did not run.</param>
/// <param name="Duration">How long it ran.</param>
/// <param name="Note">Its note (reason, first line of the error), secrets masked.</param>
internal sealed record TargetRun(string Name, TargetStatus? Status, TimeSpan? Start, TimeSpan Duration, string? Note);

/// <summary>A parameter as the report shows it.</summary>
/// <param name="Name">The parameter's name.</param>
/// <param name="Option">Its command-line option.</param>
/// <param name="Value">Its value as text, <c>****</c> for a secret that is set, empty when unset.</param>
/// <param name="Source">Where the value comes from.</param>
/// <param name="IsSecret">A <c>[Secret]</c>.</param>
internal sealed record ReportParameter(string Name, string Option, string Value, string Source, bool IsSecret);
