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
public readonly record struct ToolArgument(string Value, ToolArgumentKind Kind = ToolArgumentKind.Text)
{
    /// <summary>A path the tool reads.</summary>
    public static ToolArgument Input(string path) => new(Path.GetFullPath(path), ToolArgumentKind.Input);

    /// <summary>A path the tool writes.</summary>
    public static ToolArgument Output(string path) => new(Path.GetFullPath(path), ToolArgumentKind.Output);

    /// <summary>A text argument.</summary>
    public static implicit operator ToolArgument(string text) => new(text);

    /// <inheritdoc />
    public override string ToString() => Value;
}
