namespace Walle.Pipelines.Client.Stamping;

/// <summary>A project file the version cannot be written into; the message names the file (and line) and the fix.</summary>
public sealed class StampException(string file, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The file that was not changed.</summary>
    public string File { get; } = file;
}
