namespace Walle.Pipelines.Tooling;

/// <summary>The outcome of a tool run, with secrets already masked in the captured output.</summary>
/// <param name="ExitCode">Process exit code.</param>
/// <param name="StandardOutput">Captured standard output.</param>
/// <param name="StandardError">Captured standard error.</param>
/// <param name="Duration">Wall-clock time.</param>
public sealed record ToolResult(int ExitCode, string StandardOutput, string StandardError, TimeSpan Duration);
