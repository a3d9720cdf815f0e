using CliWrap;
using Serilog;

namespace Walle.Build;

/// <summary>Runs the dotnet CLI with an argument list, streaming its output into the build log.</summary>
internal static class DotNet
{
    public static async Task RunAsync(IReadOnlyList<string> arguments, string workingDirectory, CancellationToken cancellationToken)
    {
        Log.Debug("dotnet {Arguments}", string.Join(" ", arguments));
        var result = await Cli.Wrap("dotnet")
            .WithArguments([.. arguments, "-nologo"])
            .WithWorkingDirectory(workingDirectory)
            .WithEnvironmentVariables(e => e.Set("DOTNET_CLI_TELEMETRY_OPTOUT", "1").Set("DOTNET_NOLOGO", "1"))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Log.Information("{Line}", line)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Log.Warning("{Line}", line)))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(cancellationToken);
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"dotnet {arguments[0]} exited with code {result.ExitCode}; see the lines above.");
    }
}
