namespace Walle.Pipelines.Engine;

/// <summary>
/// Marks a build member (field or property) or a component property as a parameter. Values come from,
/// first wins: CLI <c>--kebab-name</c>, environment (exact, UPPER_SNAKE, <c>WALLE_</c>UPPER_SNAKE),
/// <c>.nuke/parameters.&lt;profile&gt;.json</c>, <c>.nuke/parameters.json</c>, then the member's default.
/// </summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class ParameterAttribute(string? description = null) : Attribute
{
    /// <summary>Text shown in <c>--help</c>.</summary>
    public string? Description { get; } = description;

    /// <summary>Overrides the name (default: the member name).</summary>
    public string? Name { get; init; }
}

/// <summary>The parameter's value is a secret: masked in every line of output, shown as set/unset in <c>--help</c>.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class SecretAttribute : Attribute;

/// <summary>The parameter must have a value before any target runs.</summary>
[AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;
