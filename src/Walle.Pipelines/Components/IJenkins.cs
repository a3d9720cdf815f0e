using Walle.Pipelines.Ci;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Components;

/// <summary>
/// Jenkins: <c>GenerateJenkinsfile</c> writes the build's pipeline from its plan (one documented command regenerates
/// it; <c>--jenkinsfile-verify</c> fails with a diff when the committed file is out of date), and <see cref="Jenkins"/>
/// describes the Jenkins build this run is part of. Customise the pipeline in <see cref="ConfigureJenkinsfile"/>.
/// </summary>
public interface IJenkins : IWalleBuild
{
    /// <summary>The targets the pipeline runs; none: the build's default targets.</summary>
    [Parameter("Targets the generated Jenkinsfile runs, with everything they pull in (default: the build's default targets)")]
    string[]? JenkinsfileEntry => TryGetValue<string[]>(nameof(JenkinsfileEntry));

    /// <summary>Check the committed Jenkinsfile instead of writing it.</summary>
    [Parameter("Do not write the Jenkinsfile: fail, printing the differences, when the committed one is not what the build generates")]
    bool JenkinsfileVerify => TryGetValue<bool?>(nameof(JenkinsfileVerify)) ?? false;

    /// <summary>Where the Jenkinsfile is, relative to the root.</summary>
    [Parameter("Path of the Jenkinsfile, relative to the root (default: Jenkinsfile)")]
    string JenkinsfilePath => TryGetValue<string>(nameof(JenkinsfilePath)) ?? "Jenkinsfile";

    /// <summary>The Jenkins build this run is part of (typed <c>BUILD_NUMBER</c>, <c>BUILD_URL</c>, ...), or null outside Jenkins.</summary>
    JenkinsHost? Jenkins => JenkinsHost.Detect(Context.Environment);

    /// <summary>Customises the generated pipeline: agent labels, credentials, options, triggers, stages, notifications.</summary>
    JenkinsfileSettings ConfigureJenkinsfile(JenkinsfileSettings settings) => settings;

    /// <summary>Writes (or with <see cref="JenkinsfileVerify"/>, checks) the Jenkinsfile.</summary>
    Target GenerateJenkinsfile => _ => _
        .Description("Writes the Jenkinsfile from the plan of --jenkinsfile-entry; with --jenkinsfile-verify, fails when the committed one differs")
        .Executes(async ct =>
        {
            var entry = JenkinsfileEntry ?? [];
            var plan = ErrorAdvice.Run(() => BuildPlans.Of(this, entry), e => e is UsageException or BuildDefinitionException
                ? new InvalidOperationException($"--jenkinsfile-entry {(entry.Length > 0 ? string.Join(" ", entry) : "(not given: the default targets)")}: {e.Message}", e)
                : null);

            var profiles = BuildPlans.Profiles(this).SelectMany(p => new[] { "--profile", p }).ToList();
            var path = Path.GetFullPath(JenkinsfilePath, RootDirectory);
            if (WorkspacePath.Of(RootDirectory, path) is null)
                throw new InvalidOperationException($"--jenkinsfile-path {JenkinsfilePath}: {path} is outside the repository root {RootDirectory}; Jenkins reads the Jenkinsfile from the repository. Give a path inside it.");
            // The regenerating command repeats what came from the command line; values from a profile's file come with the profile.
            bool Typed(string name) => plan.Parameters.Any(p => p.Name == name && p.Source == "the command line");
            var command = new[] { "./build.sh", "GenerateJenkinsfile" }
                .Concat(Typed(nameof(JenkinsfileEntry)) ? ["--jenkinsfile-entry", .. entry] : [])
                .Concat(Typed(nameof(JenkinsfilePath)) ? ["--jenkinsfile-path", JenkinsfilePath] : [])
                .Concat(profiles);
            var settings = ConfigureJenkinsfile(new JenkinsfileSettings { RegenerateCommand = string.Join(" ", command.Select(Groovy.ShellWord)), BuildArguments = profiles });
            var text = ErrorAdvice.Run(() => Ci.Jenkinsfile.Generate(plan, settings, Context, RootDirectory), e => e is JenkinsfileException
                ? new InvalidOperationException(e.Message + " (GenerateJenkinsfile: the settings come from ConfigureJenkinsfile in the build.)", e)
                : null);

            if (!JenkinsfileVerify)
            {
                await Ci.Jenkinsfile.WriteAsync(path, text, ct);
                Context.Logger.Information("Wrote {Path}: {Targets} targets for {Entry}", path, plan.Targets.Count, string.Join(", ", plan.Invoked));
                return;
            }

            if (Ci.Jenkinsfile.Compare(path, text) is not { } diff)
            {
                Context.Logger.Information("{Path} is what the build generates", path);
                return;
            }

            Context.Logger.Error("{Path} differs from what the build generates:\n{Diff}", path, diff);
            throw new InvalidOperationException($"{JenkinsfilePath} is out of date with the build (diff above). Regenerate it with: {settings.RegenerateCommand}, and commit it.");
        });
}
