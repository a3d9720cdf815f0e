using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>Writes <c>--plan</c>: the ordered targets, what each waits for, and which are skipped and why.</summary>
internal static class PlanWriter
{
    public static string Render(IReadOnlyList<ExecutableTarget> plan, int parallel)
    {
        var planned = plan.ToHashSet();
        var text = new StringBuilder();
        text.AppendLine($"Plan ({plan.Count} targets, up to {parallel} at once):");
        var width = plan.Select(t => t.Name.Length).DefaultIfEmpty(0).Max() + 2;
        for (var i = 0; i < plan.Count; i++)
        {
            var target = plan[i];
            var details = new List<string>();
            var waits = ExecutionPlanner.Predecessors(target, planned).Select(t => t.Name).ToList();
            if (waits.Count > 0) details.Add("after " + string.Join(", ", waits));
            if (target.Status == TargetStatus.Skipped) details.Add($"skipped: {target.Note}");
            if (target.Definition.Resources.Count > 0) details.Add("uses " + string.Join(", ", target.Definition.Resources.Keys));
            if (target.Definition.AgentLabel is { } label) details.Add("runs on " + label);
            text.AppendLine($"  {i + 1,3}. {target.Name.PadRight(width)}{string.Join("; ", details)}".TrimEnd());
        }

        return text.ToString();
    }
}
