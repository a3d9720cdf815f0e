using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tooling;

/// <summary>Runs external tools through an <see cref="IToolRunner"/> with argument lists, captures their output and masks secrets.</summary>
public static class Tool
{
    /// <summary>
    /// Runs the tool to completion through the settings' runner, else <paramref name="context"/>'s. A non-zero exit code
    /// throws <see cref="ToolFailedException"/> whose message names the tool, the exit code and the last lines of its
    /// output (secrets masked).
    /// </summary>
    public static async Task<ToolResult> RunAsync(ToolSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var result = await TryRunAsync(settings, context, cancellationToken);
        if (result.ExitCode != 0)
            throw new ToolFailedException(
                $"{Path.GetFileName(settings.Executable)} exited with code {result.ExitCode}: {result.Tail()}", result);
        return result;
    }

    /// <summary>Runs the tool through the settings' runner, else <paramref name="context"/>'s, and returns its result whatever the exit code.</summary>
    public static Task<ToolResult> TryRunAsync(ToolSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        (settings.Runner ?? context.Tools).RunAsync(settings, cancellationToken);

    /// <summary>Replaces each secret in <paramref name="text"/> with <c>****</c>.</summary>
    public static string Mask(string text, IEnumerable<string> secrets)
    {
        foreach (var secret in secrets)
            if (!string.IsNullOrEmpty(secret)) text = text.Replace(secret, "****", StringComparison.Ordinal);
        return text;
    }
}
