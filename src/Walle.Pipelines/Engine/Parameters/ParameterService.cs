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
        IReadOnlyList<ParameterFile> files,
        ParameterSecrets? secrets = null)
    {
        foreach (var member in members)
        {
            var raw = Find(member, commandLine, environment, files, secrets);
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
        IReadOnlyList<ParameterFile> files,
        ParameterSecrets? secrets)
    {
        if (commandLine.TryGetValue(Naming.Normalize(member.Name), out var fromCli)) return fromCli;
        foreach (var name in member.EnvironmentNames)
            if (environment[name] is string text && text.Length > 0)
                return new ParameterValue([text], $"environment {name}");
        foreach (var file in files)
        {
            if (file.FindEntry(member.Name) is not { } entry) continue;
            ParameterFile.CheckKind(entry, member.ValueType, member.Name, file.DisplayPath);
            if (entry.Value.Values is [var single] && ParameterSecrets.IsEncrypted(single))
            {
                if (!member.IsSecret)
                    throw new UsageException($"{file.DisplayPath}, line {entry.Line}: \"{entry.Key}\" is encrypted, but '{member.Name}' is not a [Secret] parameter. Store it in clear.");
                // Without secrets (--plan, --help, --parameters) an encrypted value is shown as set, never decrypted.
                return entry.Value with { Values = [secrets?.Decrypt(single, file.DisplayPath, member.Name) ?? "(encrypted)"], Source = file.DisplayPath + " (encrypted)" };
            }
            return entry.Value;
        }
        return null;
    }
}

/// <summary>A parameter's value and where it came from.</summary>
internal sealed record ResolvedParameter(ParameterMember Member, object? Value, string Source)
{
    public bool HasValue => ParameterService.IsSet(Value);

    /// <summary>Where the value shown comes from: its source, or "default"/"unset" when it has none.</summary>
    public string ShownSource => HasValue ? Source : Source == "default" ? "default" : "unset";
}
