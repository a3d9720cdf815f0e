using System.Text;
using CliWrap;
using Serilog;

namespace Walle.Pipelines.Tooling;

/// <summary>Runs external tools through CliWrap with argument lists, captures their output and masks secrets.</summary>
public static class Tool
{
    /// <summary>
    /// Runs the tool to completion. A non-zero exit code throws <see cref="ToolFailedException"/> whose message names the
    /// tool, the exit code and the last lines of its output (secrets masked).
    /// </summary>
    public static async Task<ToolResult> RunAsync(ToolSettings settings, CancellationToken cancellationToken = default)
    {
        var result = await TryRunAsync(settings, cancellationToken);
        if (result.ExitCode != 0)
            throw new ToolFailedException(
                $"{Path.GetFileName(settings.Executable)} exited with code {result.ExitCode}: {result.Tail()}", result);
        return result;
    }

    /// <summary>Runs the tool to completion and returns its result whatever the exit code.</summary>
    public static async Task<ToolResult> TryRunAsync(ToolSettings settings, CancellationToken cancellationToken = default)
    {
        var output = new StringBuilder();
        var error = new StringBuilder();
        var name = Path.GetFileName(settings.Executable);
        var command = Cli.Wrap(settings.Executable)
            .WithArguments(settings.Arguments)
            .WithEnvironmentVariables(settings.Environment.ToDictionary(p => p.Key, p => (string?)p.Value))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Capture(output, line, settings, name)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Capture(error, line, settings, name)))
            .WithValidation(CommandResultValidation.None);
        if (settings.WorkingDirectory is not null) command = command.WithWorkingDirectory(settings.WorkingDirectory);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (settings.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            var run = await command.ExecuteAsync(timeout.Token);
            return new ToolResult(run.ExitCode, output.ToString(), error.ToString(), run.RunTime);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ToolFailedException($"{name} did not finish within {settings.Timeout} and was stopped.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new ToolFailedException($"{name} could not be started ({Mask(e.Message, settings.Secrets)}).");
        }
    }

    /// <summary>Replaces each secret in <paramref name="text"/> with <c>****</c>.</summary>
    public static string Mask(string text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
            if (!string.IsNullOrEmpty(secret)) text = text.Replace(secret, "****", StringComparison.Ordinal);
        return text;
    }

    private static void Capture(StringBuilder buffer, string line, ToolSettings settings, string name)
    {
        var masked = Mask(line, settings.Secrets);
        lock (buffer) buffer.AppendLine(masked);
        Log.Debug("{Tool}: {Line}", name, masked);
    }
}
