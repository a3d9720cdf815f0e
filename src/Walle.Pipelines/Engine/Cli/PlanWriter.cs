using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>Writes <c>--plan</c>: the ordered targets, what each waits for, and which are skipped and why.</summary>
internal static class PlanWriter
{
    public static string Render(BuildPlan plan, int parallel)
    {
        var text = new StringBuilder();
        text.AppendLine($"Plan ({plan.Targets.Count} targets, up to {parallel} at once):");
        var width = 2;
        foreach (var target in plan.Targets) width = Math.Max(width, target.Name.Length + 2);
        for (var i = 0; i < plan.Targets.Count; i++)
        {
            var target = plan.Targets[i];
            var details = new List<string>();
            var waits = target.Relations.Select(r => r.Target).Distinct().ToList();
            if (waits.Count > 0) details.Add("after " + string.Join(", ", waits));
            if (target.Skipped is { } why) details.Add($"skipped: {why}");
            if (target.Uses.Count > 0) details.Add("uses " + string.Join(", ", target.Uses));
            if (target.RunsOn is { } label) details.Add("runs on " + label);
            text.AppendLine($"  {i + 1,3}. {target.Name.PadRight(width)}{string.Join("; ", details)}".TrimEnd());
        }

        return text.ToString();
    }
}
