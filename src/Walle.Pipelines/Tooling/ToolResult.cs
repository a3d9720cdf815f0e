namespace Walle.Pipelines.Tooling;

/// <summary>The outcome of a tool run, with secrets already masked in the captured output.</summary>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="StandardOutput">Captured standard output.</param>
/// <param name="StandardError">Captured standard error.</param>
/// <param name="Duration">Wall-clock time.</param>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration)
{
    /// <summary>The last lines of standard error then standard output, for error messages; "(no output)" when empty.</summary>
    public string Tail(int maxLines = 10)
    {
        var text = (StandardError + StandardOutput).Trim();
        if (text.Length == 0) return "(no output)";
        var lines = text.Split('\n');
        return lines.Length <= maxLines ? text : string.Join('\n', lines[^maxLines..]);
    }
}
