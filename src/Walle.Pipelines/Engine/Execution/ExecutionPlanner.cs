namespace Walle.Pipelines.Engine;

/// <summary>
/// Orders the targets to run (NUKE's semantics): the invoked targets, everything they depend on and trigger,
/// sorted so that dependencies, triggers and After/Before come first; ties keep declaration order.
/// </summary>
internal static class ExecutionPlanner
{
    public static IReadOnlyList<ExecutableTarget> Plan(IReadOnlyList<ExecutableTarget> invoked)
    {
        var planned = new HashSet<ExecutableTarget>();
        var pending = new Stack<ExecutableTarget>(invoked.Reverse());
        while (pending.Count > 0)
        {
            var target = pending.Pop();
            if (!planned.Add(target)) continue;
            foreach (var next in target.Dependencies.Concat(target.Triggers))
                pending.Push(next);
        }

        return Sort(planned);
    }

    /// <summary>The targets that must finish before <paramref name="target"/> starts, among those planned.</summary>
    public static IEnumerable<ExecutableTarget> Predecessors(ExecutableTarget target, IReadOnlySet<ExecutableTarget> planned) =>
        target.Dependencies
            .Concat(target.OrderedAfter)
            .Concat(planned.Where(t => t.Triggers.Contains(target)))
            .Where(planned.Contains)
            .Distinct();

    private static List<ExecutableTarget> Sort(HashSet<ExecutableTarget> planned)
    {
        var predecessors = planned.ToDictionary(t => t, t => Predecessors(t, planned).ToHashSet());
        var ordered = new List<ExecutableTarget>(planned.Count);
        var ready = new SortedSet<ExecutableTarget>(Comparer<ExecutableTarget>.Create((a, b) => a.Index.CompareTo(b.Index)));
        foreach (var target in planned)
            if (predecessors[target].Count == 0) ready.Add(target);

        while (ready.Count > 0)
        {
            var next = ready.Min!;
            ready.Remove(next);
            ordered.Add(next);
            predecessors.Remove(next);
            foreach (var (target, before) in predecessors)
                if (before.Remove(next) && before.Count == 0)
                    ready.Add(target);
        }

        if (predecessors.Count > 0)
            throw new BuildDefinitionException($"The targets form a cycle: {DescribeCycle(predecessors)}. Remove one of these dependencies.");
        return ordered;
    }

    private static string DescribeCycle(Dictionary<ExecutableTarget, HashSet<ExecutableTarget>> remaining)
    {
        // Every remaining target waits on another remaining one: walk back until a target repeats.
        var path = new List<ExecutableTarget>();
        var current = remaining.Keys.MinBy(t => t.Index)!;
        while (!path.Contains(current))
        {
            path.Add(current);
            current = remaining[current].MinBy(t => t.Index)!;
        }

        var cycle = path.Skip(path.IndexOf(current)).Reverse().ToList();
        cycle.Add(cycle[0]);
        return string.Join(" -> ", cycle.Select(t => t.Name));
    }
}
