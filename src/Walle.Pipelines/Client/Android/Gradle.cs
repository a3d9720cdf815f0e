using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary>Runs a game's Gradle build through its wrapper.</summary>
public static class Gradle
{
    /// <summary>The tool run for <paramref name="settings"/>: wrapper, arguments and environment.</summary>
    public static ToolSettings Command(GradleSettings settings)
    {
        var arguments = new List<ToolArgument> { "--no-daemon", "--console=plain" };
        if (settings.Offline) arguments.Add("--offline");
        foreach (var (name, value) in settings.Properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            arguments.Add($"-P{name}={value}");
        arguments.AddRange(settings.ExtraArguments.Select(a => (ToolArgument)a));
        arguments.AddRange(settings.Tasks.Select(t => (ToolArgument)t));
        var environment = new Dictionary<string, string>();
        if (settings.JavaHome is { } java) environment["JAVA_HOME"] = java;
        if (settings.AndroidHome is { } sdk) environment["ANDROID_HOME"] = sdk;
        return new ToolSettings
        {
            Executable = Path.Combine(Path.GetFullPath(settings.ProjectDirectory), settings.Wrapper),
            Arguments = arguments,
            WorkingDirectory = settings.ProjectDirectory,
            Environment = environment,
            OutputLevel = Serilog.Events.LogEventLevel.Information,
        };
    }

    /// <summary>Runs the build; a failure is a <see cref="ToolFailedException"/> with Gradle's last lines.</summary>
    public static async Task BuildAsync(GradleSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var command = Command(settings);
        if (!File.Exists(command.Executable))
            throw new FileNotFoundException($"The Gradle wrapper '{command.Executable}' does not exist; run 'gradle wrapper' in the project once and commit it.", command.Executable);
        await Tool.RunAsync(command, context, cancellationToken);
    }
}
