namespace Walle.Pipelines.Engine;

/// <summary>
/// The parsed command line: <c>[targets] [--skip [targets]] [--plan] [--help] [--profile p] [--root dir]
/// [--parallel [n]] [--continue] [--verbosity quiet|normal|verbose] [--parameter value ...]</c>.
/// </summary>
internal sealed record CommandLine
{
    /// <summary>The options the engine itself understands, with a one-line description for <c>--help</c>.</summary>
    public static readonly IReadOnlyList<EngineOption> EngineOptions =
    [
        new("target", "--target <targets>", "Targets to run (same as naming them first)"),
        new("skip", "--skip [targets]", "Skip these targets; with no names, skip all but the invoked ones"),
        new("plan", "--plan", "Print the ordered plan and exit"),
        new("json", "--json", "With --plan: print the plan as JSON (docs/engine.md has the schema)"),
        new("html", "--html", "With --plan: write the plan's graph to .nuke/temp/build-plan.html"),
        new("parameters", "--parameters", "Print every parameter: value (secrets ****), source, targets that read it"),
        new("set-parameter", "--set-parameter <Name=Value>", "Write a value into .nuke/parameters[.<profile>].json (secrets encrypted)"),
        new("help", "--help, -h", "Show targets, parameters and options"),
        new("profile", "--profile <names>", "Also read .nuke/parameters.<name>.json"),
        new("root", "--root <dir>", "Repository root (default: nearest folder with .nuke/)"),
        new("parallel", "--parallel [n]", "Run up to n independent targets at once (no n: one per core)"),
        new("continue", "--continue", "Keep running targets that do not depend on a failed one"),
        new("verbosity", "--verbosity <level>", "quiet | normal | verbose"),
    ];

    public IReadOnlyList<string> Targets { get; init; } = [];

    /// <summary>Null when <c>--skip</c> was not given; empty when given without names.</summary>
    public IReadOnlyList<string>? Skip { get; init; }

    public bool Plan { get; init; }
    public bool Json { get; init; }
    public bool Html { get; init; }
    public bool ShowParameters { get; init; }

    /// <summary><c>--set-parameter Name=Value</c> pairs, in order.</summary>
    public IReadOnlyList<string> SetParameters { get; init; } = [];
    public bool Help { get; init; }
    public IReadOnlyList<string> Profiles { get; init; } = [];
    public string? Root { get; init; }
    public int Parallel { get; init; } = 1;
    public bool Continue { get; init; }
    public Verbosity Verbosity { get; init; } = Verbosity.Normal;

    /// <summary>Every other <c>--option</c>, keyed by its normalized name, to be matched against the build's parameters.</summary>
    public IReadOnlyDictionary<string, ParameterValue> Parameters { get; init; } = new Dictionary<string, ParameterValue>();

    /// <summary>The other options as typed, for error messages.</summary>
    public IReadOnlyDictionary<string, string> ParameterSpellings { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// True when the command line asks only to look at the build (<c>--plan</c>, <c>--help</c>, <c>--parameters</c>): a
    /// scan before <see cref="Parse"/>, which runs after the logger and the signal handlers are (or are not) set up.
    /// </summary>
    public static bool OnlyInspects(IReadOnlyList<string> args)
    {
        foreach (var arg in args)
        {
            if (arg is "-h" or "-?" or "/?") return true;
            if (!arg.StartsWith("--", StringComparison.Ordinal)) continue;
            var name = Naming.Normalize(arg.Split('=', 2)[0][2..]);
            if (name is "plan" or "help" or "parameters") return true;
        }
        return false;
    }

    public static CommandLine Parse(IReadOnlyList<string> args)
    {
        var targets = new List<string>();
        var options = new List<(string Name, string Spelling, List<string> Values)>();
        var closed = true; // before any option, and after --name=value: a bare word is a target
        foreach (var arg in args)
        {
            if (arg is "-h" or "-?" or "/?")
                options.Add(("help", arg, []));
            else if (arg.StartsWith("--", StringComparison.Ordinal) && arg.Length > 2)
            {
                var (name, value) = arg.IndexOf('=') is var eq and > 0 ? (arg[2..eq], arg[(eq + 1)..]) : (arg[2..], null);
                options.Add((Naming.Normalize(name), "--" + name, value is null ? [] : [value]));
                closed = value is not null;
                continue;
            }
            else if (closed)
                targets.Add(arg);
            else
                options[^1].Values.Add(arg);
        }

        var result = new CommandLine();
        var parameters = new Dictionary<string, ParameterValue>();
        var spellings = new Dictionary<string, string>();
        foreach (var (name, spelling, values) in options)
        {
            result = name switch
            {
                "target" => result with { Targets = [.. result.Targets, .. values] },
                "skip" => result with { Skip = [.. result.Skip ?? [], .. values] },
                "plan" => result with { Plan = true, Targets = [.. result.Targets, .. values] },
                "json" => result with { Json = true, Targets = [.. result.Targets, .. values] },
                "html" => result with { Html = true, Targets = [.. result.Targets, .. values] },
                "parameters" => result with { ShowParameters = true, Targets = [.. result.Targets, .. values] },
                "setparameter" => result with { SetParameters = [.. result.SetParameters, .. Required(spelling, values, "Name=Value")] },
                "help" => result with { Help = true, Targets = [.. result.Targets, .. values] },
                "profile" => result with { Profiles = [.. result.Profiles, .. Required(spelling, values, "a profile name")] },
                "root" => result with { Root = Single(spelling, values, "a folder") },
                "parallel" => result with { Parallel = ParseParallel(spelling, values) },
                "continue" => result with { Continue = true, Targets = [.. result.Targets, .. values] },
                "verbosity" => result with { Verbosity = ParseVerbosity(spelling, values) },
                _ when parameters.ContainsKey(name) =>
                    throw new UsageException($"Option {spelling} is given twice. Give it once."),
                _ => result,
            };
            if (EngineOptions.Any(o => Naming.Normalize(o.Name) == name)) continue;
            parameters[name] = new ParameterValue(values, "the command line");
            spellings[name] = spelling;
        }

        return result with { Targets = [.. targets, .. result.Targets], Parameters = parameters, ParameterSpellings = spellings };
    }

    /// <summary>
    /// Bare words after an option that takes one value (or none, a flag) are targets when they name one:
    /// <c>--patch-keep 3 PatchVerify</c> runs PatchVerify. Anything else stays a value, and conversion says it got too many.
    /// </summary>
    /// <param name="valueCount">How many values a parameter takes: 0 for a flag, 1, or null for a list (or no such parameter).</param>
    /// <param name="isTarget">Whether a word names a target of the build.</param>
    public CommandLine WithTrailingTargets(Func<string, int?> valueCount, Func<string, bool> isTarget)
    {
        var parameters = new Dictionary<string, ParameterValue>();
        var moved = new List<string>();
        foreach (var (name, value) in Parameters)
        {
            var keep = valueCount(name) switch
            {
                0 when value.Values.Count > 0 && isTarget(value.Values[0]) => 0,
                1 when value.Values.Count > 1 => 1,
                _ => value.Values.Count,
            };
            var trailing = value.Values.Skip(keep).ToList();
            if (trailing.Count == 0 || !trailing.All(isTarget))
            {
                parameters[name] = value;
                continue;
            }

            moved.AddRange(trailing);
            parameters[name] = value with { Values = value.Values.Take(keep).ToList() };
        }

        return moved.Count == 0 ? this : this with { Targets = [.. Targets, .. moved], Parameters = parameters };
    }

    private static List<string> Required(string spelling, List<string> values, string what) =>
        values.Count > 0 ? values : throw new UsageException($"{spelling} needs {what}.");

    private static string Single(string spelling, List<string> values, string what) =>
        values.Count == 1 ? values[0] : throw new UsageException($"{spelling} needs exactly one value: {what}.");

    private static int ParseParallel(string spelling, List<string> values)
    {
        if (values.Count == 0) return Environment.ProcessorCount;
        return values.Count == 1 && int.TryParse(values[0], out var n) && n >= 1
            ? n
            : throw new UsageException($"{spelling} takes a number of targets to run at once (1 or more), e.g. --parallel 4; got '{string.Join(" ", values)}'.");
    }

    private static Verbosity ParseVerbosity(string spelling, List<string> values) =>
        values.Count == 1 && Enum.TryParse<Verbosity>(values[0], ignoreCase: true, out var verbosity) && Enum.IsDefined(verbosity)
            ? verbosity
            : throw new UsageException($"{spelling} takes quiet, normal or verbose; got '{string.Join(" ", values)}'.");
}

/// <summary>How much the build prints.</summary>
public enum Verbosity
{
    /// <summary>Warnings, errors and the summary.</summary>
    Quiet,

    /// <summary>Information and above.</summary>
    Normal,

    /// <summary>Everything, including debug output and tool command lines.</summary>
    Verbose,
}

/// <summary>An option the engine itself understands (a class: a list of value tuples was generic code compiled at start-up).</summary>
internal sealed record EngineOption(string Name, string Usage, string Description);
