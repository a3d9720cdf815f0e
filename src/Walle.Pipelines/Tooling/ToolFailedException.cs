namespace Walle.Pipelines.Tooling;

/// <summary>A tool exited with a non-zero code, timed out, or did not produce what it should have.</summary>
public sealed class ToolFailedException(string message, ToolResult? result = null) : Exception(message)
{
    /// <summary>The run's result, when the process ran at all.</summary>
    public ToolResult? Result { get; } = result;
}
