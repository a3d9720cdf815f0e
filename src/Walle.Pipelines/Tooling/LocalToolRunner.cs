using System.Text;
using CliWrap;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tooling;

/// <summary>Runs tools as local processes through CliWrap, with argument lists (never a shell string); paths are used as they are.</summary>
/// <param name="context">Whose logger gets the tools' output; a detached context when null.</param>
public sealed class LocalToolRunner(BuildContext? context = null) : IToolRunner
{
    private readonly BuildContext _context = context ?? new BuildContext();

    /// <inheritdoc />
    public async Task<ToolResult> RunAsync(ToolSettings settings, CancellationToken cancellationToken = default)
    {
        var context = _context;
        var output = new StringBuilder();
        var error = new StringBuilder();
        var name = Path.GetFileName(settings.Executable);
        var command = Cli.Wrap(settings.Executable)
            .WithArguments(settings.Arguments.Select(a => a.Value))
            .WithEnvironmentVariables(settings.Environment.ToDictionary(p => p.Key, p => (string?)p.Value))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(line => Capture(output, line, settings, name, context)))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(line => Capture(error, line, settings, name, context)))
            .WithValidation(CommandResultValidation.None);
        if (settings.WorkingDirectory is not null) command = command.WithWorkingDirectory(settings.WorkingDirectory);
        context.Logger.Debug("{Tool} {Arguments}", name, Tool.Mask(string.Join(" ", settings.Arguments), settings.Secrets));

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
            throw new ToolFailedException($"{name} could not be started ({Tool.Mask(e.Message, settings.Secrets)}).");
        }
    }

    private static void Capture(StringBuilder buffer, string line, ToolSettings settings, string name, BuildContext context)
    {
        var masked = Tool.Mask(line, settings.Secrets);
        lock (buffer) buffer.AppendLine(masked);
        context.Logger.Write(settings.OutputLevel, "{Tool}: {Line}", name, masked);
    }
}
