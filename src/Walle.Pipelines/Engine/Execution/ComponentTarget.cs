using System.Linq.Expressions;
using System.Reflection;
using System.Reflection.Emit;

namespace Walle.Pipelines.Engine;

/// <summary>A component interface's own body of a target, even when the build re-implements that target.</summary>
internal static class ComponentTarget
{
    /// <summary>
    /// Calls the interface's default getter non-virtually (C# has no <c>base(IComponent)</c> call), so a build's
    /// explicit implementation can start from the component's definition instead of recursing into itself.
    /// </summary>
    public static Target Inherit<T>(object build, Expression<Func<T, Target>> select) where T : class
    {
        if (!typeof(T).IsInterface || select.Body is not MemberExpression { Member: PropertyInfo { GetMethod: { } getter } property }
            || property.DeclaringType != typeof(T))
            throw new BuildDefinitionException(
                $"Inherit<{typeof(T).Name}>({select}): name a Target property declared by the component interface, e.g. Inherit<ICompile>(x => x.Compile).");
        if (getter.IsAbstract)
            throw new BuildDefinitionException(
                $"Inherit<{typeof(T).Name}>(x => x.{property.Name}): {typeof(T).Name}.{property.Name} has no body to inherit. Define the whole target instead.");
        if (build is not T component)
            throw new BuildDefinitionException($"Inherit<{typeof(T).Name}>: the build does not implement {typeof(T).Name}. Add it to the build class.");

        var call = new DynamicMethod($"{typeof(T).Name}.{property.Name}.Inherited", typeof(Target), [typeof(T)], typeof(T).Module, skipVisibility: true);
        var il = call.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, getter);
        il.Emit(OpCodes.Ret);
        return ((Func<T, Target>)call.CreateDelegate(typeof(Func<T, Target>)))(component);
    }
}
