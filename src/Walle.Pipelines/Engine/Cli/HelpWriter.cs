using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>Writes <c>--help</c>: targets with descriptions and dependencies, parameters with their current value's source, options.</summary>
internal static class HelpWriter
{
    public static string Render(object build, IReadOnlyList<ExecutableTarget> targets, ParameterService parameters)
    {
        var text = new StringBuilder();
        text.AppendLine("Usage: ./build.sh [targets] [options] [--parameter value ...]");
        text.AppendLine();
        text.AppendLine("Targets (* = default):");
        var listed = targets.Where(t => t.Definition.IsListed).ToList();
        var width = listed.Select(t => t.Name.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var target in listed)
        {
            var line = $"  {(target.IsDefault ? "*" : " ")} {target.Name.PadRight(width)}{target.Definition.DescriptionText}";
            if (target.Dependencies.Count > 0)
                line += $"{(target.Definition.DescriptionText is null ? "" : " ")}(depends on {string.Join(", ", target.Dependencies.Select(d => d.Name))})";
            text.AppendLine(line.TrimEnd());
        }

        text.AppendLine();
        text.AppendLine("Parameters:");
        var rows = parameters.All
            .OrderBy(p => p.Member.Name, StringComparer.Ordinal)
            .Select(p => (Usage: $"{p.Member.CliName} <{ValueConverter.Describe(p.Member.ValueType)}>", Parameter: p))
            .ToList();
        var usageWidth = rows.Select(r => r.Usage.Length).DefaultIfEmpty(0).Max() + 2;
        foreach (var (usage, parameter) in rows)
        {
            var flags = parameter.Member.IsRequired ? " (required)" : "";
            text.AppendLine($"  {usage.PadRight(usageWidth)}{parameter.Member.Description}{flags}".TrimEnd());
            text.AppendLine($"  {"".PadRight(usageWidth)}= {CurrentValue(build, parameter)}");
        }

        text.AppendLine();
        text.AppendLine("Options:");
        var optionWidth = CommandLine.EngineOptions.Max(o => o.Usage.Length) + 2;
        foreach (var (_, usage, description) in CommandLine.EngineOptions)
            text.AppendLine($"  {usage.PadRight(optionWidth)}{description}");
        text.AppendLine();
        text.AppendLine("Parameters are read from, first wins: the command line, the environment (Name, NAME_SNAKE or WALLE_NAME_SNAKE),");
        text.AppendLine(".nuke/parameters.<profile>.json (--profile), .nuke/parameters.json, then the default.");
        return text.ToString();
    }

    private static string CurrentValue(object build, ResolvedParameter parameter)
    {
        if (parameter.Member.IsSecret)
            return parameter.HasValue ? $"set (from {parameter.Source})" : "unset";
        if (!parameter.HasValue)
            return ParameterService.IsSet(parameter.Member.Read(build)) ? $"{Format(parameter.Member.Read(build))} (component default)" : "unset";
        return $"{Format(parameter.Value)} (from {parameter.Source})";
    }

    private static string Format(object? value) => ValueConverter.Format(value);
}
