namespace Walle.Pipelines.Engine;

/// <summary>Builds the public <see cref="BuildPlan"/> from the engine's planned targets and resolved parameters (none when null).</summary>
internal static class BuildPlanner
{
    public static BuildPlan Describe(
        IReadOnlyList<ExecutableTarget> plan, IReadOnlyList<ExecutableTarget> invoked, IReadOnlyList<ExecutableTarget> all, ParameterService? parameters)
    {
        var planned = plan.ToHashSet();
        var targets = plan.Select(t => new PlannedTarget(
                t.Name,
                t.Definition.DescriptionText,
                t.IsDefault,
                t.Definition.IsListed,
                Relations(t, planned),
                t.Status == TargetStatus.Skipped ? t.Note : null,
                t.Definition.DynamicConditions.Count,
                [.. t.Definition.Resources.Keys.Order(StringComparer.Ordinal)],
                t.Definition.AgentLabel,
                [.. t.Definition.InputGlobs],
                [.. t.Definition.OutputGlobs],
                [.. t.Definition.ProducedGlobs],
                [.. t.Consumed.Select(d => d.Name)],
                t.Definition.ProceedsAfterFailure,
                t.Definition.IsAssuredAfterFailure,
                t.Definition.Actions.Count > 0))
            .ToList();
        // Loops over reference types, not SelectMany/GroupBy or a SortedDictionary: LINQ and sorted collections of
        // KeyValuePair<string, int> are generic code over a value type that ReadyToRun does not precompile; they cost
        // 30-38 methods compiled when --plan starts (74 in all before).
        var declared = new HashSet<string>(StringComparer.Ordinal);
        var resources = new List<PlannedResource>();
        foreach (var target in plan)
        foreach (var resource in target.Definition.Resources)
            if (declared.Add(resource.Key)) resources.Add(new PlannedResource(resource.Key, resource.Value));
        resources.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        // The text --plan shows no parameters: describing them (their readers) is skipped there, a tenth of the start-up.
        return new BuildPlan([.. invoked.Select(t => t.Name)], targets, resources, parameters is null ? [] : Parameters(parameters, all));
    }

    private static List<TargetRelation> Relations(ExecutableTarget target, IReadOnlySet<ExecutableTarget> planned) =>
        target.Dependencies.Where(planned.Contains).Select(d => new TargetRelation(RelationKind.DependsOn, d.Name))
            .Concat(target.OrderedAfter.Where(planned.Contains).Select(d => new TargetRelation(RelationKind.After, d.Name)))
            .Concat(planned.Where(t => t.Triggers.Contains(target)).OrderBy(t => t.Index).Select(t => new TargetRelation(RelationKind.TriggeredBy, t.Name)))
            .Distinct()
            .ToList();

    private static List<PlannedParameter> Parameters(ParameterService parameters, IReadOnlyList<ExecutableTarget> all) =>
        parameters.All
            .OrderBy(p => p.Member.Name, StringComparer.Ordinal)
            .Select(p => new PlannedParameter(
                p.Member.Name,
                p.Member.CliName,
                ValueConverter.Describe(p.Member.ValueType),
                p.Member.Description,
                p.Member.IsSecret,
                p.Member.IsRequired,
                p.ShownSource,
                [.. ReadBy(p.Member, all)]))
            .ToList();

    private static IEnumerable<string> ReadBy(ParameterMember member, IReadOnlyList<ExecutableTarget> all)
    {
        var declaring = member.Member.DeclaringType!;
        bool Requires(ExecutableTarget t) => t.Definition.RequiredParameters.Any(r => TargetDefinition.ParameterName(r.Expression) == member.Member.Name);
        bool InComponent(ExecutableTarget t) => declaring.IsInterface
            ? t.DeclaringType.IsInterface && declaring.IsAssignableFrom(t.DeclaringType)
            : !t.DeclaringType.IsInterface;
        return all.Where(t => InComponent(t) || Requires(t)).Select(t => t.Name);
    }
}
