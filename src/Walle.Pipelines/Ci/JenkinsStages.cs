using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>
/// Cuts a plan into Jenkins stages: one per target, or per chain of targets with the same <c>RunsOn</c> label (each
/// has one predecessor that has no other successor), placed at the lowest level after all of their predecessors.
/// </summary>
internal static class JenkinsStages
{
    /// <param name="plan">The plan.</param>
    /// <param name="rootDirectory">The root, to make absolute globs relative.</param>
    /// <param name="hidden">Parameters left out of the pipeline: a hidden secret is bound in no stage.</param>
    public static IReadOnlyList<PlannedStage> Plan(BuildPlan plan, string? rootDirectory, IReadOnlyList<string> hidden)
    {
        var byName = plan.Targets.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var predecessors = plan.Targets.ToDictionary(t => t.Name, t => t.Relations.Select(r => r.Target).Where(byName.ContainsKey).Distinct().ToList());
        var successors = plan.Targets.ToDictionary(t => t.Name, t => plan.Targets.Where(s => predecessors[s.Name].Contains(t.Name)).Select(s => s.Name).ToList());

        // Chains first: a target joins its only predecessor's stage when that one has no other successor and the same label.
        var stageOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var stages = new List<List<string>>();
        foreach (var target in plan.Targets)
        {
            if (predecessors[target.Name] is [var only] && successors[only].Count == 1 && byName[only].RunsOn == target.RunsOn
                && stageOf[only] is var chain && chain[^1] == only)
            {
                chain.Add(target.Name);
                stageOf[target.Name] = chain;
                continue;
            }

            var stage = new List<string> { target.Name };
            stages.Add(stage);
            stageOf[target.Name] = stage;
        }

        var levels = new Dictionary<List<string>, int>();
        foreach (var stage in stages) // plan order puts every predecessor's stage first
            levels[stage] = stage.SelectMany(t => predecessors[t]).Select(p => stageOf[p]).Where(s => s != stage).Select(s => levels[s] + 1).DefaultIfEmpty(0).Max();

        CheckHandOvers(plan, stageOf, byName);
        var consumedAcross = plan.Targets.SelectMany(t => t.Consumes.Where(c => stageOf[c] != stageOf[t.Name])).ToHashSet(StringComparer.Ordinal);
        var resources = plan.Resources.ToDictionary(r => r.Name, StringComparer.Ordinal);
        return stages.Select(stage =>
        {
            var targets = stage.Select(n => byName[n]).ToList();
            var produced = targets.SelectMany(t => t.Produces.Select(g => Relative(g, t.Name, rootDirectory))).Distinct().ToList();
            return new PlannedStage(
                string.Join(" + ", stage),
                targets[0].RunsOn,
                stage,
                levels[stage],
                [.. targets.SelectMany(t => t.Consumes).Where(c => stageOf[c] != stage).Distinct()],
                [.. targets.Where(t => consumedAcross.Contains(t.Name)).SelectMany(t => t.Produces.Select(g => Relative(g, t.Name, rootDirectory))).Distinct()],
                produced,
                [.. targets.SelectMany(t => t.Uses).Distinct().Order(StringComparer.Ordinal).Select(u => resources.TryGetValue(u, out var r) ? r : new PlannedResource(u, 1))],
                [.. plan.Parameters.Where(p => p.IsSecret && !hidden.Contains(p.Name) && (p.ReadBy.Count == 0 || p.ReadBy.Any(stage.Contains))).Select(p => p.Name)]);
        }).ToList();
    }

    /// <summary>Stages run on different agents (or workspaces): a consumed target's files only cross by its <c>Produces</c>.</summary>
    private static void CheckHandOvers(BuildPlan plan, Dictionary<string, List<string>> stageOf, Dictionary<string, PlannedTarget> byName)
    {
        var problems = plan.Targets
            .SelectMany(t => t.Consumes.Where(c => stageOf[c] != stageOf[t.Name] && byName[c].Produces.Count == 0).Select(c =>
                $"'{t.Name}' (runs on {Describe(t.RunsOn)}) consumes '{c}' (runs on {Describe(byName[c].RunsOn)}), but they run in different stages and '{c}' declares no Produces(...) to hand over"))
            .ToList();
        if (problems.Count > 0)
            throw new JenkinsfileException(
                $"The plan cannot be staged: {string.Join("; ", problems)}. Add .Produces(\"<globs>\") to the consumed target so its files are stashed for the consumer, " +
                "or give both the same RunsOn label with nothing else depending on the first, so they run as one stage.");
    }

    private static string Describe(string? label) => label is null ? "any agent" : $"'{label}'";

    /// <summary>A glob as Jenkins reads it: relative to the workspace (the repository root).</summary>
    private static string Relative(string glob, string target, string? root)
    {
        if (!Path.IsPathRooted(glob)) return glob.Replace('\\', '/');
        return (root is null ? null : WorkspacePath.Of(root, glob))
            ?? throw new JenkinsfileException($"'{target}' produces {glob}, which is outside the repository ({root ?? "unknown root"}); Jenkins stashes and archives only workspace files. Produce a path under the repository root.");
    }
}
