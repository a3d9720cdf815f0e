using System.Reflection;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Finds the targets of a build: <see cref="Target"/> properties of the build class and of every component
/// interface it implements (a class member overrides the component's default), and resolves their references.
/// </summary>
internal static class TargetCollector
{
    private const BindingFlags InstanceMembers = BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic;

    public static IReadOnlyList<ExecutableTarget> Collect(object build)
    {
        var targets = new List<ExecutableTarget>();
        var byName = new Dictionary<string, ExecutableTarget>(StringComparer.OrdinalIgnoreCase);
        // A component's target that a build-class member of the same name replaces without implementing it (a private
        // or non-virtual redeclaration): references to the component's target mean the build's member.
        var replaced = new List<(Target Component, ExecutableTarget By)>();
        foreach (var property in TargetProperties(build.GetType()))
        {
            if (byName.TryGetValue(property.Name, out var existing))
            {
                if (!existing.DeclaringType.IsInterface && property.DeclaringType!.IsInterface
                    && property.GetValue(build) is Target component && !component.Equals(existing.Factory))
                    replaced.Add((component, existing));
                if (existing.DeclaringType.IsInterface && property.DeclaringType!.IsInterface
                    && !existing.DeclaringType.IsAssignableFrom(property.DeclaringType)
                    && !property.DeclaringType.IsAssignableFrom(existing.DeclaringType))
                    throw new BuildDefinitionException(
                        $"Target '{property.Name}' is declared by both {existing.DeclaringType.Name} and {property.DeclaringType.Name}. " +
                        $"Implement it in the build class to choose one.");
                continue;
            }

            var factory = (Target?)property.GetValue(build)
                ?? throw new BuildDefinitionException($"Target '{property.Name}' of {property.DeclaringType!.Name} is null.");
            var definition = new TargetDefinition(build);
            factory(definition);
            var target = new ExecutableTarget(property.Name, targets.Count, factory, definition, property.DeclaringType!);
            targets.Add(target);
            byName.Add(target.Name, target);
        }

        foreach (var target in targets)
            Resolve(build, target, targets, replaced);
        CheckResources(targets);
        return targets;
    }

    /// <summary>The names of a build type's targets, found without creating them (for reading the command line).</summary>
    public static IReadOnlySet<string> Names(Type buildType) =>
        TargetProperties(buildType).Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The build class's own targets first (most derived first), then the interfaces' in a stable order.</summary>
    private static IEnumerable<PropertyInfo> TargetProperties(Type buildType)
    {
        for (var type = buildType; type is not null && type != typeof(object); type = type.BaseType)
        {
            foreach (var property in type.GetProperties(InstanceMembers | BindingFlags.DeclaredOnly)
                         .Where(p => p.PropertyType == typeof(Target) && !p.Name.Contains('.'))
                         .OrderBy(p => p.MetadataToken))
                yield return property;
        }

        foreach (var component in buildType.GetInterfaces().OrderBy(i => i.FullName, StringComparer.Ordinal))
        {
            foreach (var property in component.GetProperties(InstanceMembers | BindingFlags.DeclaredOnly)
                         .Where(p => p.PropertyType == typeof(Target) && !p.Name.Contains('.'))
                         .OrderBy(p => p.MetadataToken))
                yield return property;
        }
    }

    private static void Resolve(
        object build, ExecutableTarget target, IReadOnlyList<ExecutableTarget> all, IReadOnlyList<(Target Component, ExecutableTarget By)> replaced)
    {
        var definition = target.Definition;
        IEnumerable<ExecutableTarget> Find(IEnumerable<TargetReference> references) => Lookup(build, target, references, all, replaced);
        foreach (var dependency in Find(definition.DependsOnTargets))
            AddOnce(target.Dependencies, dependency);
        foreach (var consumed in Find(definition.ConsumedTargets))
        {
            AddOnce(target.Dependencies, consumed);
            AddOnce(target.Consumed, consumed);
        }
        foreach (var dependent in Find(definition.DependentForTargets))
            AddOnce(dependent.Dependencies, target);
        foreach (var triggered in Find(definition.TriggersTargets))
            AddOnce(target.Triggers, triggered);
        foreach (var trigger in Find(definition.TriggeredByTargets))
            AddOnce(trigger.Triggers, target);
        foreach (var earlier in Find(definition.AfterTargets))
            AddOnce(target.OrderedAfter, earlier);
        foreach (var later in Find(definition.BeforeTargets))
            AddOnce(later.OrderedAfter, target);
    }

    private static IEnumerable<ExecutableTarget> Lookup(
        object build, ExecutableTarget owner, IEnumerable<TargetReference> references, IReadOnlyList<ExecutableTarget> all,
        IReadOnlyList<(Target Component, ExecutableTarget By)> replaced)
    {
        foreach (var reference in references)
        {
            var factory = reference.Resolve(build);
            if (factory is null) continue;
            var match = all.FirstOrDefault(t => t.Factory.Equals(factory))
                ?? replaced.FirstOrDefault(r => r.Component.Equals(factory)).By
                ?? throw new BuildDefinitionException(
                    $"Target '{owner.Name}' refers to a target ({reference.Describe}) that is not a Target property of the build or its components.");
            if (match == owner)
                throw new BuildDefinitionException($"Target '{owner.Name}' refers to itself.");
            yield return match;
        }
    }

    private static void CheckResources(IReadOnlyList<ExecutableTarget> targets)
    {
        // The first target declaring each resource (a dictionary of a value tuple is generic code compiled at start-up).
        var declaredBy = new Dictionary<string, ExecutableTarget>(StringComparer.Ordinal);
        foreach (var target in targets)
        foreach (var (resource, capacity) in target.Definition.Resources)
        {
            if (!declaredBy.TryGetValue(resource, out var first))
                declaredBy.Add(resource, target);
            else if (first.Definition.Resources[resource] != capacity)
                throw new BuildDefinitionException(
                    $"Resource '{resource}' has capacity {first.Definition.Resources[resource]} in target '{first.Name}' but {capacity} in target '{target.Name}'. Use one capacity.");
        }
    }

    private static void AddOnce(List<ExecutableTarget> list, ExecutableTarget target)
    {
        if (!list.Contains(target)) list.Add(target);
    }
}
