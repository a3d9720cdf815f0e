using System.Runtime.CompilerServices;

namespace Walle.Pipelines.Engine;

/// <summary>The fluent surface used to declare a target (NUKE's names, plus Walle's additions).</summary>
public interface ITargetDefinition
{
    /// <summary>Text shown in <c>--help</c>.</summary>
    ITargetDefinition Description(string description);

    /// <summary>Hides the target from <c>--help</c>; it can still be invoked.</summary>
    ITargetDefinition Unlisted();

    /// <summary>
    /// Starts from a component's own definition of a target the build re-implements, then adds to it (NUKE's
    /// <c>Inherit</c>): <c>Target IPatchPublish.PatchPublish => _ => _.Inherit&lt;IPatchPublish&gt;(x => x.PatchPublish).Executes(...)</c>
    /// keeps the component's dependencies, conditions and actions and runs the new action after them.
    /// </summary>
    ITargetDefinition Inherit<T>(System.Linq.Expressions.Expression<Func<T, Target>> target) where T : class;

    /// <summary>Adds a synchronous action.</summary>
    ITargetDefinition Executes(Action action);

    /// <summary>Adds an asynchronous action.</summary>
    ITargetDefinition Executes(Func<Task> action);

    /// <summary>Adds an asynchronous action that observes cancellation (Ctrl-C, build failure).</summary>
    ITargetDefinition Executes(Func<CancellationToken, Task> action);

    /// <summary>These targets run before this one and are pulled into the plan.</summary>
    ITargetDefinition DependsOn(params Target[] targets);

    /// <summary>Component form of <see cref="DependsOn(Target[])"/>; fails if the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition DependsOn<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="DependsOn{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryDependsOn<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>This target runs before those targets whenever they are planned, and is pulled in by them.</summary>
    ITargetDefinition DependentFor(params Target[] targets);

    /// <summary>Component form of <see cref="DependentFor(Target[])"/>.</summary>
    ITargetDefinition DependentFor<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="DependentFor{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryDependentFor<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Order only: when both are planned, this target runs after those. Never pulls a target in.</summary>
    ITargetDefinition After(params Target[] targets);

    /// <summary>Component form of <see cref="After(Target[])"/>.</summary>
    ITargetDefinition After<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="After{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryAfter<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Order only: when both are planned, this target runs before those. Never pulls a target in.</summary>
    ITargetDefinition Before(params Target[] targets);

    /// <summary>Component form of <see cref="Before(Target[])"/>.</summary>
    ITargetDefinition Before<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="Before{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryBefore<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>When this target is planned, those targets are planned too and run after it.</summary>
    ITargetDefinition Triggers(params Target[] targets);

    /// <summary>Component form of <see cref="Triggers(Target[])"/>.</summary>
    ITargetDefinition Triggers<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="Triggers{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryTriggers<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>When any of those targets is planned, this one is planned too and runs after it.</summary>
    ITargetDefinition TriggeredBy(params Target[] targets);

    /// <summary>Component form of <see cref="TriggeredBy(Target[])"/>.</summary>
    ITargetDefinition TriggeredBy<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Like <see cref="TriggeredBy{T}"/>, ignored when the build does not implement <typeparamref name="T"/>.</summary>
    ITargetDefinition TryTriggeredBy<T>(params Func<T, Target>[] targets) where T : class;

    /// <summary>Conditions evaluated once, before anything runs; a false one skips the target.</summary>
    ITargetDefinition OnlyWhenStatic(params Func<bool>[] conditions);

    /// <summary>Conditions evaluated just before the target runs; a false one skips the target.</summary>
    ITargetDefinition OnlyWhenDynamic(params Func<bool>[] conditions);

    /// <summary>What happens to this target's dependencies when it is skipped (default: they still run).</summary>
    ITargetDefinition WhenSkipped(DependencyBehavior behavior);

    /// <summary>A parameter that must be set (non-null, non-empty) before the build starts; checked for every planned target up front.</summary>
    /// <param name="parameter">Reads the parameter, e.g. <c>() =&gt; Version</c>.</param>
    /// <param name="expression">Filled in by the compiler; names the parameter in the error.</param>
    ITargetDefinition Requires<T>(Func<T?> parameter, [CallerArgumentExpression(nameof(parameter))] string expression = "");

    /// <summary>Two parameters that must be set before the build starts.</summary>
    ITargetDefinition Requires<T1, T2>(
        Func<T1?> first, Func<T2?> second,
        [CallerArgumentExpression(nameof(first))] string firstExpression = "",
        [CallerArgumentExpression(nameof(second))] string secondExpression = "");

    /// <summary>Three parameters that must be set before the build starts.</summary>
    ITargetDefinition Requires<T1, T2, T3>(
        Func<T1?> first, Func<T2?> second, Func<T3?> third,
        [CallerArgumentExpression(nameof(first))] string firstExpression = "",
        [CallerArgumentExpression(nameof(second))] string secondExpression = "",
        [CallerArgumentExpression(nameof(third))] string thirdExpression = "");

    /// <summary>Conditions that must hold before the build starts.</summary>
    ITargetDefinition Requires(params Func<bool>[] conditions);

    /// <summary>When this target fails, targets that do not depend on it still run (the build still fails).</summary>
    ITargetDefinition ProceedAfterFailure();

    /// <summary>This target runs even after another target failed (clean-up, notifications, unlocks).</summary>
    ITargetDefinition AssuredAfterFailure();

    /// <summary>Files (globs relative to the root) whose content decides whether the target is up to date.</summary>
    ITargetDefinition Inputs(params string[] globs);

    /// <summary>Files (globs relative to the root) the target writes; missing or changed outputs make it run again.</summary>
    ITargetDefinition Outputs(params string[] globs);

    /// <summary>Takes a slot of a named resource while running (e.g. a per-host memory, GPU or editor limit).</summary>
    /// <param name="resource">Resource name, shared by all targets that use it.</param>
    /// <param name="capacity">How many targets may hold it at once; all declarations of one resource must agree.</param>
    ITargetDefinition Uses(string resource, int capacity = 1);

    /// <summary>The Jenkins agent label this target must run on (e.g. <c>texturepacker</c>, <c>macos</c>).</summary>
    ITargetDefinition RunsOn(string agentLabel);

    /// <summary>Artifacts (globs relative to the root) this target hands to later targets or stages.</summary>
    ITargetDefinition Produces(params string[] globs);

    /// <summary>This target needs the artifacts another target produces; implies <see cref="DependsOn(Target[])"/>.</summary>
    ITargetDefinition Consumes(params Target[] targets);

    /// <summary>Component form of <see cref="Consumes(Target[])"/>.</summary>
    ITargetDefinition Consumes<T>(params Func<T, Target>[] targets) where T : class;
}

/// <summary>What a skipped target does to its dependencies.</summary>
public enum DependencyBehavior
{
    /// <summary>Dependencies still run.</summary>
    Execute,

    /// <summary>Dependencies that no other running target needs are skipped too.</summary>
    Skip,
}
