namespace Walle.Pipelines.Engine;

/// <summary>Collects what a <see cref="Target"/> declares; the planner and executor read it.</summary>
internal sealed class TargetDefinition(object build) : ITargetDefinition
{
    public string? DescriptionText { get; private set; }
    public bool IsListed { get; private set; } = true;
    public List<Func<CancellationToken, Task>> Actions { get; } = [];
    public List<TargetReference> DependsOnTargets { get; } = [];
    public List<TargetReference> DependentForTargets { get; } = [];
    public List<TargetReference> AfterTargets { get; } = [];
    public List<TargetReference> BeforeTargets { get; } = [];
    public List<TargetReference> TriggersTargets { get; } = [];
    public List<TargetReference> TriggeredByTargets { get; } = [];
    public List<Func<bool>> StaticConditions { get; } = [];
    public List<Func<bool>> DynamicConditions { get; } = [];
    public DependencyBehavior SkipBehavior { get; private set; } = DependencyBehavior.Execute;
    /// <summary>Parameters that must have a value, with the source text of the lambda that reads each.</summary>
    public List<(Func<object?> Read, string Expression)> RequiredParameters { get; } = [];
    public List<Func<bool>> RequiredConditions { get; } = [];
    public bool ProceedsAfterFailure { get; private set; }
    public bool IsAssuredAfterFailure { get; private set; }
    public List<string> InputGlobs { get; } = [];
    public List<string> OutputGlobs { get; } = [];
    public Dictionary<string, int> Resources { get; } = new(StringComparer.Ordinal);
    public string? AgentLabel { get; private set; }
    public List<string> ProducedGlobs { get; } = [];
    public List<TargetReference> ConsumedTargets { get; } = [];

    /// <summary><c>() =&gt; Version</c> or <c>() =&gt; this.Version</c> → <c>Version</c>: the member a <c>Requires</c> lambda reads.</summary>
    public static string ParameterName(string expression) =>
        expression.Split("=>", 2)[^1].Trim().Split('.')[^1].Trim();

    public ITargetDefinition Description(string description) { DescriptionText = description; return this; }
    public ITargetDefinition Unlisted() { IsListed = false; return this; }

    public ITargetDefinition Inherit<T>(System.Linq.Expressions.Expression<Func<T, Target>> target) where T : class
    {
        ComponentTarget.Inherit(build, target)(this);
        return this;
    }

    public ITargetDefinition Executes(Action action) =>
        Executes(_ => { action(); return Task.CompletedTask; });

    public ITargetDefinition Executes(Func<Task> action) => Executes(_ => action());

    public ITargetDefinition Executes(Func<CancellationToken, Task> action) { Actions.Add(action); return this; }

    public ITargetDefinition DependsOn(params Target[] targets) => Add(DependsOnTargets, targets);
    public ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) where T : class => Add(DependsOnTargets, targets, optional: false);
    public ITargetDefinition TryDependsOn<T>(params Func<T, Target>[] targets) where T : class => Add(DependsOnTargets, targets, optional: true);
    public ITargetDefinition DependentFor(params Target[] targets) => Add(DependentForTargets, targets);
    public ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) where T : class => Add(DependentForTargets, targets, optional: false);
    public ITargetDefinition TryDependentFor<T>(params Func<T, Target>[] targets) where T : class => Add(DependentForTargets, targets, optional: true);
    public ITargetDefinition After(params Target[] targets) => Add(AfterTargets, targets);
    public ITargetDefinition After<T>(params Func<T, Target>[] targets) where T : class => Add(AfterTargets, targets, optional: false);
    public ITargetDefinition TryAfter<T>(params Func<T, Target>[] targets) where T : class => Add(AfterTargets, targets, optional: true);
    public ITargetDefinition Before(params Target[] targets) => Add(BeforeTargets, targets);
    public ITargetDefinition Before<T>(params Func<T, Target>[] targets) where T : class => Add(BeforeTargets, targets, optional: false);
    public ITargetDefinition TryBefore<T>(params Func<T, Target>[] targets) where T : class => Add(BeforeTargets, targets, optional: true);
    public ITargetDefinition Triggers(params Target[] targets) => Add(TriggersTargets, targets);
    public ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) where T : class => Add(TriggersTargets, targets, optional: false);
    public ITargetDefinition TryTriggers<T>(params Func<T, Target>[] targets) where T : class => Add(TriggersTargets, targets, optional: true);
    public ITargetDefinition TriggeredBy(params Target[] targets) => Add(TriggeredByTargets, targets);
    public ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) where T : class => Add(TriggeredByTargets, targets, optional: false);
    public ITargetDefinition TryTriggeredBy<T>(params Func<T, Target>[] targets) where T : class => Add(TriggeredByTargets, targets, optional: true);

    public ITargetDefinition OnlyWhenStatic(params Func<bool>[] conditions) { StaticConditions.AddRange(conditions); return this; }
    public ITargetDefinition OnlyWhenDynamic(params Func<bool>[] conditions) { DynamicConditions.AddRange(conditions); return this; }
    public ITargetDefinition WhenSkipped(DependencyBehavior behavior) { SkipBehavior = behavior; return this; }
    public ITargetDefinition Requires<T>(Func<T?> parameter, string expression = "")
    {
        RequiredParameters.Add((() => parameter(), expression));
        return this;
    }

    public ITargetDefinition Requires<T1, T2>(Func<T1?> first, Func<T2?> second, string firstExpression = "", string secondExpression = "") =>
        Requires(first, firstExpression).Requires(second, secondExpression);

    public ITargetDefinition Requires<T1, T2, T3>(
        Func<T1?> first, Func<T2?> second, Func<T3?> third, string firstExpression = "", string secondExpression = "", string thirdExpression = "") =>
        Requires(first, firstExpression).Requires(second, secondExpression).Requires(third, thirdExpression);
    public ITargetDefinition Requires(params Func<bool>[] conditions) { RequiredConditions.AddRange(conditions); return this; }
    public ITargetDefinition ProceedAfterFailure() { ProceedsAfterFailure = true; return this; }
    public ITargetDefinition AssuredAfterFailure() { IsAssuredAfterFailure = true; return this; }
    public ITargetDefinition Inputs(params string[] globs) { InputGlobs.AddRange(globs); return this; }
    public ITargetDefinition Outputs(params string[] globs) { OutputGlobs.AddRange(globs); return this; }

    public ITargetDefinition Uses(string resource, int capacity = 1)
    {
        if (capacity < 1)
            throw new BuildDefinitionException($"Uses(\"{resource}\", {capacity}): capacity must be at least 1.");
        Resources[resource] = capacity;
        return this;
    }

    public ITargetDefinition RunsOn(string agentLabel) { AgentLabel = agentLabel; return this; }
    public ITargetDefinition Produces(params string[] globs) { ProducedGlobs.AddRange(globs); return this; }
    public ITargetDefinition Consumes(params Target[] targets) => Add(ConsumedTargets, targets);
    public ITargetDefinition Consumes<T>(params Func<T, Target>[] targets) where T : class => Add(ConsumedTargets, targets, optional: false);

    private TargetDefinition Add(List<TargetReference> list, Target[] targets)
    {
        list.AddRange(targets.Select(TargetReference.Direct));
        return this;
    }

    private TargetDefinition Add<T>(List<TargetReference> list, Func<T, Target>[] targets, bool optional) where T : class
    {
        list.AddRange(targets.Select(x => TargetReference.Component(x, optional)));
        return this;
    }
}
