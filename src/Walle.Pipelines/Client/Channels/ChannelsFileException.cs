namespace Walle.Pipelines.Client.Channels;

/// <summary>A channels file that cannot be used; the message names the file and line and says what to fix.</summary>
public sealed class ChannelsFileException(string file, int line, string message) : FormatException(line > 0 ? $"{file}:{line}: {message}" : $"{file}: {message}")
{
    /// <summary>The channels file.</summary>
    public string File { get; } = file;

    /// <summary>The 1-based line, or 0 for the file as a whole.</summary>
    public int Line { get; } = line;
}
