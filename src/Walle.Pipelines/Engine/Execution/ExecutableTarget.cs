using System.Diagnostics;

namespace Walle.Pipelines.Engine;

/// <summary>A target of the build, its definition resolved against the other targets, and its outcome.</summary>
[DebuggerDisplay("{Name} {Status}")]
internal sealed class ExecutableTarget(string name, int index, Target factory, TargetDefinition definition, Type declaringType)
{
    public string Name { get; } = name;

    /// <summary>Declaration order, used to break ties so that plans are deterministic.</summary>
    public int Index { get; } = index;

    public Target Factory { get; } = factory;
    public TargetDefinition Definition { get; } = definition;
    public Type DeclaringType { get; } = declaringType;
    public bool IsDefault { get; set; }

    /// <summary>Targets that must run first and are pulled into the plan (DependsOn, Consumes, reversed DependentFor).</summary>
    public List<ExecutableTarget> Dependencies { get; } = [];

    /// <summary>The dependencies whose artifacts this target consumes (<c>Consumes</c>).</summary>
    public List<ExecutableTarget> Consumed { get; } = [];

    /// <summary>Targets this one pulls into the plan to run after it (Triggers, reversed TriggeredBy).</summary>
    public List<ExecutableTarget> Triggers { get; } = [];

    /// <summary>Targets that, when planned, run before this one (After, reversed Before); never pulled in.</summary>
    public List<ExecutableTarget> OrderedAfter { get; } = [];

    public TargetStatus Status { get; set; } = TargetStatus.NotRun;
    public TimeSpan Duration { get; set; }
    public string? Note { get; set; }

    public override string ToString() => Name;
}
