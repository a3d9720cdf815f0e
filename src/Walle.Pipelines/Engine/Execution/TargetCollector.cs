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
        foreach (var property in TargetProperties(build.GetType()))
        {
            if (byName.TryGetValue(property.Name, out var existing))
            {
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
            var definition = new TargetDefinition();
            factory(definition);
            var target = new ExecutableTarget(property.Name, targets.Count, factory, definition, property.DeclaringType!);
            targets.Add(target);
            byName.Add(target.Name, target);
        }

        foreach (var target in targets)
            Resolve(build, target, targets);
        CheckResources(targets);
        return targets;
    }

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

    private static void Resolve(object build, ExecutableTarget target, IReadOnlyList<ExecutableTarget> all)
    {
        var definition = target.Definition;
        foreach (var dependency in Lookup(build, target, definition.DependsOnTargets.Concat(definition.ConsumedTargets), all))
            AddOnce(target.Dependencies, dependency);
        foreach (var dependent in Lookup(build, target, definition.DependentForTargets, all))
            AddOnce(dependent.Dependencies, target);
        foreach (var triggered in Lookup(build, target, definition.TriggersTargets, all))
            AddOnce(target.Triggers, triggered);
        foreach (var trigger in Lookup(build, target, definition.TriggeredByTargets, all))
            AddOnce(trigger.Triggers, target);
        foreach (var earlier in Lookup(build, target, definition.AfterTargets, all))
            AddOnce(target.OrderedAfter, earlier);
        foreach (var later in Lookup(build, target, definition.BeforeTargets, all))
            AddOnce(later.OrderedAfter, target);
    }

    private static IEnumerable<ExecutableTarget> Lookup(
        object build, ExecutableTarget owner, IEnumerable<TargetReference> references, IReadOnlyList<ExecutableTarget> all)
    {
        foreach (var reference in references)
        {
            var factory = reference.Resolve(build);
            if (factory is null) continue;
            var match = all.FirstOrDefault(t => t.Factory.Equals(factory))
                ?? throw new BuildDefinitionException(
                    $"Target '{owner.Name}' refers to a target ({reference.Describe}) that is not a Target property of the build or its components.");
            if (match == owner)
                throw new BuildDefinitionException($"Target '{owner.Name}' refers to itself.");
            yield return match;
        }
    }

    private static void CheckResources(IReadOnlyList<ExecutableTarget> targets)
    {
        var capacities = new Dictionary<string, (int Capacity, string Target)>(StringComparer.Ordinal);
        foreach (var target in targets)
        foreach (var (resource, capacity) in target.Definition.Resources)
        {
            if (capacities.TryGetValue(resource, out var first) && first.Capacity != capacity)
                throw new BuildDefinitionException(
                    $"Resource '{resource}' has capacity {first.Capacity} in target '{first.Target}' but {capacity} in target '{target.Name}'. Use one capacity.");
            capacities.TryAdd(resource, (capacity, target.Name));
        }
    }

    private static void AddOnce(List<ExecutableTarget> list, ExecutableTarget target)
    {
        if (!list.Contains(target)) list.Add(target);
    }
}
