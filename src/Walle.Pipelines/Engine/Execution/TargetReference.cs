namespace Walle.Pipelines.Engine;

/// <summary>A reference from one target to another, resolved against the build once all targets are known.</summary>
/// <param name="Resolve">Returns the referenced target's delegate, or null when an optional component is absent.</param>
/// <param name="Describe">How the reference reads in an error message.</param>
internal sealed record TargetReference(Func<object, Target?> Resolve, string Describe)
{
    public static TargetReference Direct(Target target) =>
        new(_ => target, target.Method.Name);

    public static TargetReference Component<T>(Func<T, Target> select, bool optional) where T : class =>
        new(build => build switch
        {
            T component => select(component),
            _ when optional => null,
            _ => throw new BuildDefinitionException(
                $"The build does not implement {typeof(T).Name}, but a target depends on one of its targets. " +
                $"Add {typeof(T).Name} to the build class, or use the Try... form to make the reference optional."),
        }, typeof(T).Name);
}
