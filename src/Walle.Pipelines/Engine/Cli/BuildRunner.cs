using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Serilog;
using Serilog.Events;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Engine;

/// <summary>One run of a build: parse the command line, collect targets and parameters, plan, check, execute, summarise.</summary>
internal static class BuildRunner
{
    public static int Run(WalleBuild build, IReadOnlyList<Func<object, Target>> defaultTargets, IReadOnlyList<string> args, RunOptions options)
    {
        var secrets = new SecretMasker();
        using var output = new BuildOutput(options.Console, options.Colors, secrets);
        // Targets log through Serilog; the engine's own messages do not, so for a run of targets the logger is set up
        // on the other core while the command line is parsed and the plan is made, and awaited before the first target
        // runs. --plan, --help and --parameters run no target: there it is made only if something logs (on 2 busy
        // cores the second thread cost the plan more than it saved).
        Func<ILogger> makeLogger = () =>
        {
            AmbientLog.Install();
            return new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new BuildLogSink(output)).CreateLogger();
        };
        var logger = CommandLine.OnlyInspects(args) ? new Lazy<ILogger>(makeLogger) : Started(Task.Run(makeLogger));
        var context = new BuildContext(logger, secrets, BuildContext.FromDictionary(options.Environment), options.Clock, options.Tools);
        using var scope = context.Enter();
        var extensions = new StrongBox<BuildExtensions?>();
        try
        {
            return RunCore(build, defaultTargets, args, options, output, context, extensions);
        }
        catch (UsageException e)
        {
            output.Write(LogEventLevel.Error, e.Message);
            extensions.Value?.PlanningFailed(e.Message, output);
            return ExitCodes.UsageError;
        }
        catch (BuildDefinitionException e)
        {
            output.Write(LogEventLevel.Error, e.Message);
            extensions.Value?.PlanningFailed(e.Message, output);
            return ExitCodes.DefinitionError;
        }
    }

    private static int RunCore(
        WalleBuild build, IReadOnlyList<Func<object, Target>> defaultTargets, IReadOnlyList<string> args, RunOptions options, BuildOutput output,
        BuildContext context, StrongBox<BuildExtensions?> created)
    {
        var started = DateTimeOffset.Now;
        var clock = Stopwatch.StartNew();
        var commandLine = CommandLine.Parse(args);
        output.Verbosity = commandLine.Verbosity;
        output.PrefixTargets = commandLine.Parallel > 1;
        var root = FindRoot(commandLine.Root, options);

        var members = ParameterMember.Discover(build.GetType());
        var targetNames = new Lazy<IReadOnlySet<string>>(() => TargetCollector.Names(build.GetType())); // only when an option got extra words
        commandLine = commandLine.WithTrailingTargets(
            name => members.FirstOrDefault(m => Naming.Normalize(m.Name) == name) is { } member ? ValueConverter.ValueCount(member.ValueType) : null,
            word => targetNames.Value.Contains(word));
        CheckOptions(commandLine, members);
        var password = PasswordSource(options);
        if (commandLine.SetParameters.Count > 0)
        {
            SetParameters(root, commandLine, members, password, output);
            return ExitCodes.Success;
        }

        var files = LoadParameterFiles(root, commandLine.Profiles);
        WarnUnknownKeys(files, members, output);
        var inspecting = commandLine.Plan || commandLine.Help || commandLine.ShowParameters;
        var parameters = new ParameterService(build, members, commandLine.Parameters, options.Environment, files, inspecting ? null : new ParameterSecrets(password));
        foreach (var secret in parameters.SecretValues) context.Secrets.Register(secret);
        build.Session = new BuildSession(root, parameters, options.IsServerBuild, context) { Profiles = commandLine.Profiles };

        var targets = TargetCollector.Collect(build);
        foreach (var select in defaultTargets)
        {
            var factory = select(build);
            (targets.FirstOrDefault(t => t.Factory.Equals(factory))
                ?? throw new BuildDefinitionException("A default target given to Execute<T>() is not a Target property of the build.")).IsDefault = true;
        }

        build.Session.PlanOther = names => { var other = Invoked(names, targets); return BuildPlanner.Describe(ExecutionPlanner.Plan(other), other, targets, parameters); };
        var extensions = new BuildExtensions(build);
        extensions.BuildCreated(build);
        if (!inspecting) created.Value = extensions; // a run that fails in planning still leaves a report
        if (commandLine.Help)
        {
            output.WriteRaw(HelpWriter.Render(build, targets, parameters));
            return ExitCodes.Success;
        }

        var invoked = commandLine.ShowParameters && commandLine.Targets.Count == 0 && !targets.Any(t => t.IsDefault) ? [] : Invoked(commandLine.Targets, targets);
        CheckSkipped(commandLine.Skip, targets);
        var plan = ExecutionPlanner.Plan(invoked);
        var invokedSet = invoked.ToHashSet();
        if (plan.Any(t => t.Definition.StaticConditions.Count > 0)) _ = context.Logger; // they may log through Serilog's Log: the forwarder must be installed
        SkipRules.ApplyBeforeRun(plan, invokedSet, commandLine.Skip);
        var buildPlan = BuildPlanner.Describe(plan, invoked, targets, commandLine.Plan && !commandLine.Json && !extensions.Any ? null : parameters);
        extensions.PlanMade(buildPlan);
        if (commandLine.Plan)
        {
            output.WriteRaw(commandLine.Json ? BuildPlanJson.Write(buildPlan) : PlanWriter.Render(buildPlan, commandLine.Parallel));
            if (commandLine.Html) output.Write(LogEventLevel.Information, $"Wrote {extensions.Report.WritePlan()}");
            return ExitCodes.Success;
        }

        if (commandLine.ShowParameters)
        {
            output.WriteRaw(ParametersWriter.Render(build, buildPlan, parameters));
            return ExitCodes.Success;
        }

        CheckRequirements(plan, members, parameters);
        extensions.Report.WarmUp();
        output.OpenLogFile(Path.Combine(root, ".nuke", "temp", "build.log"));
        var hashMemo = Path.Combine(root, ".nuke", "cache", "target-inputs.tsv");
        var fileHashes = plan.Any(TargetFingerprint.Applies) ? FileHashes.Load(hashMemo) : null;
        var fingerprint = new TargetFingerprint(root, () => HashParameters(parameters), fileHashes ?? new FileHashes());
        var executor = new BuildExecutor(output, context.Logger, fingerprint, commandLine.Parallel, commandLine.Continue)
        {
            TargetStarting = target => extensions.TargetStarting(target.Name),
            TargetFinished = target => extensions.TargetFinished(Outcome(target, context.Secrets)),
        };
        RunWithProgress(options, output, context, () => executor.RunAsync(plan, invokedSet, options.CancellationToken));
        fileHashes?.Save(hashMemo);

        var exitCode = options.CancellationToken.IsCancellationRequested ? options.CancelledExitCode()
            : plan.Any(t => t.Status is TargetStatus.Failed or TargetStatus.Aborted) ? ExitCodes.BuildFailed
            : ExitCodes.Success;
        // The hooks first (notifications, the report), so what they could not do is listed under the summary table.
        extensions.BuildFinished(new BuildOutcome(exitCode, BuildSummary.Outcome(exitCode), clock.Elapsed, [.. plan.Select(t => Outcome(t, context.Secrets))]), output);
        BuildSummary.Write(output, plan, clock.Elapsed, exitCode, options.Colors, context.SummaryWarnings);
        BuildSummary.WriteJson(Path.Combine(root, ".nuke", "temp", "build-summary.json"), plan, started, clock.Elapsed, exitCode, context.Secrets, context.SummaryWarnings);
        return exitCode;
    }

    /// <summary>A logger being made on another core, awaited on first use.</summary>
    private static Lazy<ILogger> Started(Task<ILogger> making) => new(() => making.GetAwaiter().GetResult());

    private static TargetOutcome Outcome(ExecutableTarget target, SecretMasker secrets) =>
        new(target.Name, target.Status, target.Duration, target.Note is null ? null : secrets.Apply(target.Note));

    /// <summary>On a colour terminal, under the live progress display; in a log (CI, redirected output), plainly.</summary>
    private static void RunWithProgress(RunOptions options, BuildOutput output, BuildContext context, Func<Task> run) =>
        (options.Colors ? LiveDisplay.RunAsync(options.Console, output, context, run) : run()).GetAwaiter().GetResult();

    /// <summary>
    /// <c>--root</c> when given (it must hold <c>.nuke/</c>); else the repository the build's executable lives in, so a
    /// game's <c>build.sh</c> runs that game's build wherever it is called from; else the working directory's.
    /// </summary>
    private static string FindRoot(string? root, RunOptions options)
    {
        if (root is not null)
        {
            var full = Path.GetFullPath(root, options.WorkingDirectory);
            if (!Directory.Exists(full)) throw new UsageException($"--root {root}: the folder {full} does not exist.");
            return Directory.Exists(Path.Combine(full, ".nuke"))
                ? full
                : throw new UsageException($"--root {root}: {full} has no .nuke/ folder, so it is not a build's repository root. Name the folder that holds .nuke/, or create .nuke/ there.");
        }

        return (options.BuildLocation is { } location ? NearestRoot(location) : null)
            ?? NearestRoot(options.WorkingDirectory)
            ?? throw new UsageException(
                $"No .nuke/ folder found in {options.WorkingDirectory} or above it. Run from inside the repository, create .nuke/ at its root, or pass --root <dir>.");
    }

    private static string? NearestRoot(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            if (Directory.Exists(Path.Combine(folder.FullName, ".nuke")))
                return folder.FullName;
        return null;
    }

    private static void CheckOptions(CommandLine commandLine, IReadOnlyList<ParameterMember> members)
    {
        var known = members.Select(m => Naming.Normalize(m.Name)).ToHashSet();
        foreach (var (name, spelling) in commandLine.ParameterSpellings)
        {
            if (known.Contains(name)) continue;
            var candidates = CommandLine.EngineOptions.Select(o => "--" + o.Name).Concat(members.Select(m => m.CliName));
            var suggestion = Naming.Closest(spelling, candidates) is { } closest ? $" Did you mean {closest}?" : "";
            throw new UsageException($"Unknown option {spelling}.{suggestion} Run ./build.sh --help to list options and parameters.");
        }
    }

    /// <summary>A key that matches no parameter is most likely a typo: say so, without failing the build.</summary>
    private static void WarnUnknownKeys(IReadOnlyList<ParameterFile> files, IReadOnlyList<ParameterMember> members, BuildOutput output)
    {
        var known = members.Select(m => Naming.Normalize(m.Name)).ToHashSet();
        foreach (var file in files)
        foreach (var key in file.Keys.Where(k => !known.Contains(Naming.Normalize(k))))
        {
            var suggestion = Naming.Closest(key, members.Select(m => m.Name)) is { } closest ? $" Did you mean \"{closest}\"?" : "";
            output.Write(LogEventLevel.Warning, $"{file.DisplayPath}: \"{key}\" is not a parameter of this build and is ignored.{suggestion}");
        }
    }

    private static List<ParameterFile> LoadParameterFiles(string root, IReadOnlyList<string> profiles)
    {
        var folder = Path.Combine(root, ".nuke");
        var files = new List<ParameterFile>();
        foreach (var profile in profiles)
        {
            var path = Path.Combine(folder, $"parameters.{profile}.json");
            if (!File.Exists(path))
            {
                var available = Directory.Exists(folder)
                    ? Directory.GetFiles(folder, "parameters.*.json").Select(f => Path.GetFileName(f)["parameters.".Length..^".json".Length]).Order().ToList()
                    : [];
                throw new UsageException(
                    $"--profile {profile}: .nuke/parameters.{profile}.json does not exist. " +
                    (available.Count > 0 ? $"Available profiles: {string.Join(", ", available)}." : "Create that file to define the profile."));
            }

            files.Add(ParameterFile.Load(path, $".nuke/parameters.{profile}.json"));
        }

        var common = Path.Combine(folder, "parameters.json");
        if (File.Exists(common)) files.Add(ParameterFile.Load(common, ".nuke/parameters.json"));
        return files;
    }

    private static List<ExecutableTarget> Invoked(IReadOnlyList<string> names, IReadOnlyList<ExecutableTarget> targets)
    {
        var available = string.Join(", ", targets.Where(t => t.Definition.IsListed).Select(t => t.Name));
        if (names.Count == 0)
        {
            var defaults = targets.Where(t => t.IsDefault).ToList();
            return defaults.Count > 0
                ? defaults
                : throw new UsageException($"No target given and the build has no default target. Name one of: {available}.");
        }

        return names.Select(name => targets.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new UsageException(
                    $"Unknown target '{name}'.{(Naming.Closest(name, targets.Select(t => t.Name)) is { } c ? $" Did you mean '{c}'?" : "")} Available targets: {available}."))
            .Distinct()
            .ToList();
    }

    /// <summary><c>WALLE_PARAMETERS_PASSWORD</c>, else a prompt when a person is at a terminal, else none.</summary>
    private static Func<string?> PasswordSource(RunOptions options) => () =>
    {
        if (options.Environment[ParameterSecrets.PasswordVariable] is string { Length: > 0 } fromEnvironment) return fromEnvironment;
        if (!options.Interactive) return null;
        options.Console.Write("Password for the encrypted parameters: ");
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
            if (key.Key == ConsoleKey.Backspace) { if (typed.Length > 0) typed.Length--; }
            else typed.Append(key.KeyChar);
        options.Console.WriteLine();
        return typed.Length > 0 ? typed.ToString() : null;
    };

    private static void SetParameters(string root, CommandLine commandLine, IReadOnlyList<ParameterMember> members, Func<string?> password, BuildOutput output)
    {
        var profile = commandLine.Profiles.Count switch
        {
            0 => null,
            1 => commandLine.Profiles[0],
            _ => throw new UsageException("--set-parameter writes one file: give at most one --profile."),
        };
        var name = profile is null ? "parameters.json" : $"parameters.{profile}.json";
        foreach (var pair in commandLine.SetParameters)
        {
            var (key, value) = pair.IndexOf('=') is var eq and > 0 ? (pair[..eq], pair[(eq + 1)..])
                : throw new UsageException($"--set-parameter {pair}: write Name=Value, e.g. --set-parameter PatchKeep=5.");
            var member = members.FirstOrDefault(m => Naming.Normalize(m.Name) == Naming.Normalize(key))
                ?? throw new UsageException($"--set-parameter {key}: the build has no parameter '{key}'." +
                    (Naming.Closest(key, members.Select(m => m.Name)) is { } closest ? $" Did you mean '{closest}'?" : "") + " Run ./build.sh --parameters to list them.");
            ParameterFileEditor.Set(Path.Combine(root, ".nuke", name), $".nuke/{name}", member, value, password);
            output.Write(LogEventLevel.Information, $"Set {member.Name} in .nuke/{name}{(member.IsSecret ? " (encrypted)" : "")}");
        }
    }

    private static void CheckSkipped(IReadOnlyList<string>? skip, IReadOnlyList<ExecutableTarget> targets)
    {
        foreach (var name in skip ?? [])
        {
            if (targets.Any(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))) continue;
            var suggestion = Naming.Closest(name, targets.Select(t => t.Name)) is { } c ? $" Did you mean '{c}'?" : "";
            throw new UsageException($"--skip {name}: the build has no target '{name}'.{suggestion} Run ./build.sh --help to list targets.");
        }
    }

    private static void CheckRequirements(IReadOnlyList<ExecutableTarget> plan, IReadOnlyList<ParameterMember> members, ParameterService parameters)
    {
        var running = plan.Where(t => t.Status != TargetStatus.Skipped).ToList();
        if (running.Count == 0) return;
        var problems = new List<string>();
        foreach (var member in members.Where(m => m.IsRequired))
            if (parameters.TryFind(member.Name, out var resolved) && !resolved.HasValue)
                problems.Add($"Parameter '{member.Name}' is required. {HowToSet(member)}");

        foreach (var target in running)
        {
            foreach (var (read, expression) in target.Definition.RequiredParameters)
            {
                if (ParameterService.IsSet(read())) continue;
                var name = TargetDefinition.ParameterName(expression);
                var member = members.FirstOrDefault(m => m.Member.Name == name || m.Name == name);
                problems.Add($"Target '{target.Name}' requires parameter '{name}'. {(member is null ? "Give it a value." : HowToSet(member))}");
            }

            var index = 0;
            foreach (var condition in target.Definition.RequiredConditions)
            {
                index++;
                if (!condition()) problems.Add($"Target '{target.Name}': requirement #{index} (Requires(() => ...)) is not met.");
            }
        }

        if (problems.Count > 0)
            throw new UsageException(string.Join(Environment.NewLine, problems.Distinct()));
    }

    private static string HowToSet(ParameterMember member) =>
        $"Set it with {member.CliName} <value>, the environment variable {Naming.ToUpperSnakeCase(member.Name)} " +
        $"(or WALLE_{Naming.ToUpperSnakeCase(member.Name)}), or \"{member.Name}\" in .nuke/parameters.json.";

    /// <summary>A hash of every parameter's value, so that targets with Inputs re-run when a parameter changes.</summary>
    private static string HashParameters(ParameterService parameters)
    {
        var text = new StringBuilder();
        foreach (var parameter in parameters.All.OrderBy(p => p.Member.Name, StringComparer.Ordinal))
        {
            text.Append(parameter.Member.Name).Append('=').Append(ValueConverter.Format(parameter.Value)).Append('\n');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
