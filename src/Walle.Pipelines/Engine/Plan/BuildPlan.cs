namespace Walle.Pipelines.Engine;

/// <summary>
/// What a run will do, read-only and independent of the machine that computed it: the planned targets in execution
/// order, their relations, placement and artifacts, the resources they share, and the build's parameters.
/// <c>--plan</c>, <c>--plan --json</c>, <c>--parameters</c> and build extensions (reports, CI files) read it.
/// </summary>
/// <param name="Invoked">The targets named on the command line, or the defaults.</param>
/// <param name="Targets">Every planned target, in the order they run (ties in declaration order).</param>
/// <param name="Resources">The <c>Uses</c> resources of the planned targets, with their capacities, by name.</param>
/// <param name="Parameters">Every parameter of the build, by name.</param>
public sealed record BuildPlan(
    IReadOnlyList<string> Invoked,
    IReadOnlyList<PlannedTarget> Targets,
    IReadOnlyList<PlannedResource> Resources,
    IReadOnlyList<PlannedParameter> Parameters);

/// <summary>One planned target.</summary>
/// <param name="Name">The target's name.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="IsDefault">A default target of the build.</param>
/// <param name="IsListed">Shown in <c>--help</c> (false for <c>Unlisted()</c>).</param>
/// <param name="Relations">What it waits for or pulls in, among the planned targets.</param>
/// <param name="Skipped">Why it is skipped before running (<c>--skip</c>, a static condition), or null.</param>
/// <param name="DynamicConditions">How many conditions are evaluated just before it runs.</param>
/// <param name="Uses">The resources it holds a slot of while running.</param>
/// <param name="RunsOn">The agent label it must run on, or null for any agent.</param>
/// <param name="Inputs">Globs whose content decides whether it is up to date.</param>
/// <param name="Outputs">Globs it writes.</param>
/// <param name="Produces">Artifacts (globs) it hands on.</param>
/// <param name="Consumes">Targets whose artifacts it needs.</param>
/// <param name="ProceedsAfterFailure">Later targets not depending on it run when it fails.</param>
/// <param name="AssuredAfterFailure">It runs even after another target failed.</param>
/// <param name="HasActions">It does work of its own (false for a target that only groups others).</param>
public sealed record PlannedTarget(
    string Name,
    string? Description,
    bool IsDefault,
    bool IsListed,
    IReadOnlyList<TargetRelation> Relations,
    string? Skipped,
    int DynamicConditions,
    IReadOnlyList<string> Uses,
    string? RunsOn,
    IReadOnlyList<string> Inputs,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<string> Produces,
    IReadOnlyList<string> Consumes,
    bool ProceedsAfterFailure,
    bool AssuredAfterFailure,
    bool HasActions = true);

/// <summary>How a planned target relates to another.</summary>
public enum RelationKind
{
    /// <summary>Must run first, and is pulled into the plan (<c>DependsOn</c>, <c>Consumes</c>, a reversed <c>DependentFor</c>).</summary>
    DependsOn,

    /// <summary>Runs first when both are planned; never pulls it in (<c>After</c>, a reversed <c>Before</c>).</summary>
    After,

    /// <summary>Triggered it: runs first and pulled this target in (<c>Triggers</c>, a reversed <c>TriggeredBy</c>).</summary>
    TriggeredBy,
}

/// <summary>A relation from a planned target to <paramref name="Target"/>.</summary>
/// <param name="Kind">Which kind.</param>
/// <param name="Target">The other target's name.</param>
public sealed record TargetRelation(RelationKind Kind, string Target);

/// <summary>A named lock shared by targets.</summary>
/// <param name="Name">The resource's name.</param>
/// <param name="Capacity">How many targets may hold it at once.</param>
public sealed record PlannedResource(string Name, int Capacity);

/// <summary>A parameter of the build. Never holds a secret's value.</summary>
/// <param name="Name">The member's name (the key in <c>.nuke/parameters.json</c>).</param>
/// <param name="Option">The command-line option, e.g. <c>--patch-version</c>.</param>
/// <param name="Type">A short type name: string, int, bool, number, string[], an enum's values.</param>
/// <param name="Description">The <c>[Parameter]</c> text.</param>
/// <param name="IsSecret">Marked <c>[Secret]</c>: its value is never shown.</param>
/// <param name="IsRequired">Marked <c>[Required]</c>.</param>
/// <param name="Source">Where the value comes from: the command line, environment NAME, a parameters file, default, unset.</param>
/// <param name="ReadBy">The targets that may read it: those of the component declaring it (and components extending that one), or that require it.</param>
public sealed record PlannedParameter(
    string Name,
    string Option,
    string Type,
    string? Description,
    bool IsSecret,
    bool IsRequired,
    string Source,
    IReadOnlyList<string> ReadBy);
