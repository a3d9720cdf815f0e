namespace Walle.Pipelines.Engine;

/// <summary>Which planned targets are skipped: by <c>--skip</c>, by static conditions, and by cascading to dependencies.</summary>
internal static class SkipRules
{
    /// <summary>Marks skipped targets before anything runs. Static conditions are evaluated here, once.</summary>
    public static void ApplyBeforeRun(IReadOnlyList<ExecutableTarget> plan, IReadOnlySet<ExecutableTarget> invoked, IReadOnlyList<string>? skip)
    {
        foreach (var target in plan)
        {
            if (skip is not null && (skip.Count == 0 ? !invoked.Contains(target) : skip.Contains(target.Name, StringComparer.OrdinalIgnoreCase)))
                MarkSkipped(target, "--skip");
            else if (target.Definition.StaticConditions.Any(condition => !condition()))
                MarkSkipped(target, "condition false");
        }

        bool changed;
        do
        {
            changed = false;
            foreach (var target in plan.Where(t => t.Status != TargetStatus.Skipped))
            {
                if (!IsSkippedWithDependents(target, plan, invoked, evaluateDynamic: false)) continue;
                MarkSkipped(target, "only needed by skipped targets");
                changed = true;
            }
        } while (changed);
    }

    /// <summary>
    /// True when every planned target that depends on <paramref name="target"/> is skipped (or, with
    /// <paramref name="evaluateDynamic"/>, is about to be skipped by a false dynamic condition) and asked
    /// <see cref="DependencyBehavior.Skip"/>.
    /// </summary>
    public static bool IsSkippedWithDependents(
        ExecutableTarget target, IReadOnlyList<ExecutableTarget> plan, IReadOnlySet<ExecutableTarget> invoked, bool evaluateDynamic)
    {
        if (invoked.Contains(target)) return false;
        var dependents = plan.Where(t => t.Dependencies.Contains(target)).ToList();
        return dependents.Count > 0 && dependents.All(d =>
            d.Definition.SkipBehavior == DependencyBehavior.Skip
            && (d.Status == TargetStatus.Skipped
                || (evaluateDynamic && d.Definition.DynamicConditions.Any(condition => !condition()))));
    }

    private static void MarkSkipped(ExecutableTarget target, string reason)
    {
        target.Status = TargetStatus.Skipped;
        target.Note = reason;
    }
}
