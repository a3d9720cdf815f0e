using System.Reflection;
using System.Runtime.CompilerServices;

namespace Walle.Pipelines.TestSupport;

/// <summary>
/// Finds process-wide state in an assembly: static fields that are not readonly, or readonly fields holding
/// something that changes (AsyncLocal, ThreadLocal, concurrent collections). Compiler-made fields and constants are
/// not counted.
/// </summary>
internal static class StaticState
{
    /// <summary>
    /// Every such field of <paramref name="assembly"/> not in <paramref name="allowed"/> (full type name, '.', field
    /// name), and every allowed name whose field no longer exists, so the list of exceptions stays true.
    /// </summary>
    public static IReadOnlyList<string> Offenders(Assembly assembly, IReadOnlyDictionary<string, string> allowed)
    {
        var offenders = new List<string>();
        var seen = new HashSet<string>();
        foreach (var type in assembly.GetTypes())
        {
            if (type.IsDefined(typeof(CompilerGeneratedAttribute))) continue;
            foreach (var field in type.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                if (field.IsLiteral || field.IsDefined(typeof(CompilerGeneratedAttribute)) || field.Name.Contains('<')) continue;
                if (field.IsInitOnly && !Changes(field.FieldType)) continue;
                var name = $"{type.FullName}.{field.Name}";
                if (allowed.ContainsKey(name)) seen.Add(name);
                else offenders.Add($"{name} ({field.FieldType.Name}{(field.IsInitOnly ? "" : ", not readonly")})");
            }
        }

        offenders.AddRange(allowed.Keys.Except(seen).Select(name => $"{name} is listed as an exception but is gone: take it off the list"));
        return offenders;
    }

    private static bool Changes(Type type) =>
        type.IsGenericType && type.GetGenericTypeDefinition() is var open &&
        (open == typeof(AsyncLocal<>) || open == typeof(ThreadLocal<>) || open.Name.StartsWith("Concurrent", StringComparison.Ordinal));
}
