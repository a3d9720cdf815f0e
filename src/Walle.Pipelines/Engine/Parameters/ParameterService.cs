using System.Collections;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Resolves every parameter once, before any target runs: CLI, then environment, then profile files, then
/// <c>.nuke/parameters.json</c>, then the member's default. Conversion errors therefore surface up front.
/// </summary>
internal sealed class ParameterService
{
    private readonly Dictionary<string, ResolvedParameter> _resolved = new(StringComparer.OrdinalIgnoreCase);

    public ParameterService(
        object build,
        IReadOnlyList<ParameterMember> members,
        IReadOnlyDictionary<string, ParameterValue> commandLine,
        IDictionary environment,
        IReadOnlyList<ParameterFile> files)
    {
        foreach (var member in members)
        {
            var raw = Find(member, commandLine, environment, files);
            var resolved = raw is null
                ? new ResolvedParameter(member, member.ReadDefault(build), IsSet(member.ReadDefault(build)) ? "default" : "unset")
                : new ResolvedParameter(member, ValueConverter.Convert(raw, member.ValueType, member.Name, member.IsSecret), raw.Source);
            _resolved[member.Name] = resolved;
            if (raw is not null && member.IsInjected) member.Inject(build, resolved.Value);
        }
    }

    public IEnumerable<ResolvedParameter> All => _resolved.Values;

    /// <summary>The values of secret parameters, to be masked in all output.</summary>
    public IEnumerable<string> SecretValues =>
        _resolved.Values.Where(r => r.Member.IsSecret && r.Value is not null).Select(r => r.Value!.ToString()!);

    public T? Get<T>(string name)
    {
        if (!_resolved.TryGetValue(name, out var resolved))
            throw new BuildDefinitionException(
                $"TryGetValue(\"{name}\"): no member named '{name}' is marked [Parameter]. Mark the property with [Parameter].");
        return resolved.Value switch
        {
            null => default,
            T value => value,
            var other => throw new BuildDefinitionException(
                $"Parameter '{name}' is a {other.GetType().Name}, but was asked for as {typeof(T).Name}."),
        };
    }

    public bool TryFind(string name, out ResolvedParameter parameter) => _resolved.TryGetValue(name, out parameter!);

    public static bool IsSet(object? value) => value switch
    {
        null => false,
        string s => s.Length > 0,
        ICollection c => c.Count > 0,
        _ => true,
    };

    private static ParameterValue? Find(
        ParameterMember member,
        IReadOnlyDictionary<string, ParameterValue> commandLine,
        IDictionary environment,
        IReadOnlyList<ParameterFile> files)
    {
        if (commandLine.TryGetValue(Naming.Normalize(member.Name), out var fromCli)) return fromCli;
        foreach (var name in member.EnvironmentNames)
            if (environment[name] is string text && text.Length > 0)
                return new ParameterValue([text], $"environment {name}");
        return files.Select(f => f.Find(member.Name)).FirstOrDefault(v => v is not null);
    }
}

/// <summary>A parameter's value and where it came from.</summary>
internal sealed record ResolvedParameter(ParameterMember Member, object? Value, string Source)
{
    public bool HasValue => ParameterService.IsSet(Value);
}
