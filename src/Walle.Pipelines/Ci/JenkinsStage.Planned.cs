using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>One generated stage: targets that run together in one <c>./build.sh ... --skip</c> on one agent.</summary>
/// <param name="Name">The stage's name.</param>
/// <param name="Label">The <c>RunsOn</c> label its targets share, or null for any agent.</param>
/// <param name="Targets">Its targets, in plan order.</param>
/// <param name="Level">Its step in the pipeline: stages of one level run in <c>parallel</c>, after every lower level.</param>
/// <param name="Unstash">Targets from other stages whose artifacts it needs.</param>
/// <param name="Stash">Globs it hands to later stages (its targets' <c>Produces</c> that another stage consumes), or none.</param>
/// <param name="Archive">Globs its targets produce, archived with the build.</param>
/// <param name="Locks">Resources held while its targets run, with their capacities.</param>
/// <param name="Secrets">The <c>[Secret]</c> parameters its targets read.</param>
internal sealed record PlannedStage(
    string Name,
    string? Label,
    IReadOnlyList<string> Targets,
    int Level,
    IReadOnlyList<string> Unstash,
    IReadOnlyList<string> Stash,
    IReadOnlyList<string> Archive,
    IReadOnlyList<PlannedResource> Locks,
    IReadOnlyList<string> Secrets);
