namespace Walle.Pipelines.Tooling;

/// <summary>An external tool is not installed on this machine; the message says where it is and what to do instead.</summary>
public sealed class ToolNotFoundException(string toolName, string message) : Exception(message)
{
    /// <summary>The tool's name, e.g. <c>TexturePacker</c>.</summary>
    public string ToolName { get; } = toolName;
}
