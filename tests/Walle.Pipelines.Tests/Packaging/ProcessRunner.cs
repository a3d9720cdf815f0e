using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Tests.Packaging;

/// <summary>Runs a real process and returns its exit code and combined output.</summary>
internal static class ProcessRunner
{
    public static async Task<(int ExitCode, string Output)> RunAsync(string program, IEnumerable<string> arguments, string workingDirectory)
    {
        var result = await Cli.Wrap(program)
            .WithArguments(arguments)
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(e => e.Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1").Set("DOTNET_NOLOGO", "1").Set("NO_COLOR", "1"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
        return (result.ExitCode, result.StandardOutput + result.StandardError);
    }

    /// <summary>A command line exactly as a user types it in a shell, run from <paramref name="workingDirectory"/>.</summary>
    public static Task<(int ExitCode, string Output)> ShellAsync(string commandLine, string workingDirectory) =>
        RunAsync("bash", ["-c", commandLine], workingDirectory);
}
