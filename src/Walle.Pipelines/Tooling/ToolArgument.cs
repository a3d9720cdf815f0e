namespace Walle.Pipelines.Tooling;

/// <summary>What a command-line argument is to a runner: plain text, or a path the tool reads or writes.</summary>
public enum ToolArgumentKind
{
    /// <summary>Passed as is.</summary>
    Text,

    /// <summary>A file or folder the tool reads: a container runner copies it in and passes its path there.</summary>
    Input,

    /// <summary>A file or folder the tool writes: a container runner passes a path there and copies it out afterwards.</summary>
    Output,
}

/// <summary>One argument of a tool's command line. A string converts to a text argument.</summary>
/// <param name="Value">The text, or the path on this machine.</param>
/// <param name="Kind">Text or a path.</param>
/// <param name="Within">
/// For an input that names other files by relative paths (a TexturePacker project and its sprite folders): the folder
/// holding all of them, which a container runner copies in whole so those paths still resolve.
/// </param>
public readonly record struct ToolArgument(string Value, ToolArgumentKind Kind = ToolArgumentKind.Text, string? Within = null)
{
    /// <summary>A path the tool reads.</summary>
    public static ToolArgument Input(string path) => new(Path.GetFullPath(path), ToolArgumentKind.Input);

    /// <summary>A path the tool reads together with what lies around it in <paramref name="folder"/>, which holds it.</summary>
    /// <exception cref="ArgumentException"><paramref name="path"/> is not inside <paramref name="folder"/>.</exception>
    public static ToolArgument Input(string path, string folder)
    {
        var full = Path.GetFullPath(path);
        var within = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (!full.StartsWith(within + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ArgumentException($"'{full}' is not inside '{within}'.", nameof(path));
        return new(full, ToolArgumentKind.Input, within);
    }

    /// <summary>A path the tool writes.</summary>
    public static ToolArgument Output(string path) => new(Path.GetFullPath(path), ToolArgumentKind.Output);

    /// <summary>A text argument.</summary>
    public static implicit operator ToolArgument(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Value;
}
