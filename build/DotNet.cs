using Serilog.Events;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Build;

/// <summary>Runs the dotnet CLI with an argument list through the run's tool runner, its output in the build log.</summary>
internal static class DotNet
{
    public static async Task RunAsync(BuildContext context, IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        var result = await Tool.TryRunAsync(new ToolSettings
        {
            Executable = "dotnet",
            Arguments = [.. arguments.Select(a => (ToolArgument)a), "-nologo"],
            WorkingDirectory = workingDirectory,
            Environment = new Dictionary<string, string> { ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1", ["DOTNET_NOLOGO"] = "1" },
            OutputLevel = LogEventLevel.Information,
        }, context, cancellationToken);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {arguments[0]} exited with code {result.ExitCode}; see the lines above.");
    }
}
