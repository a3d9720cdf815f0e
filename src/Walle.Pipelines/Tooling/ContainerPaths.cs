namespace Walle.Pipelines.Tooling;

/// <summary>
/// Maps a tool's typed path arguments into a container: each input file or folder to <c>/walle/in/N/name</c> (one
/// given with the folder around it: that folder to <c>/walle/in/N/name</c>, the input to its place inside), each
/// output's folder to <c>/walle/out/N</c> (a tool may write more than the named file: TexturePacker's <c>{v}</c> and
/// <c>{n}</c> names become several files), other arguments unchanged.
/// </summary>
internal sealed class ContainerPaths
{
    private ContainerPaths(IReadOnlyList<string> arguments, IReadOnlyList<(string Host, string Container)> inputs, IReadOnlyList<(string Host, string Container)> outputs)
    {
        Arguments = arguments;
        Inputs = inputs;
        Outputs = outputs;
    }

    /// <summary>The command line as the container sees it.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>Host input paths and where they are copied in the container.</summary>
    public IReadOnlyList<(string Host, string Container)> Inputs { get; }

    /// <summary>Host output folders and the container folders copied back to them.</summary>
    public IReadOnlyList<(string Host, string Container)> Outputs { get; }

    /// <summary>Maps <paramref name="arguments"/> under <paramref name="root"/>.</summary>
    public static ContainerPaths Map(IReadOnlyList<ToolArgument> arguments, string root)
    {
        var mapped = new List<string>(arguments.Count);
        var inputs = new List<(string Host, string Container)>();
        var outputs = new List<(string Host, string Container)>();
        foreach (var argument in arguments)
        {
            switch (argument.Kind)
            {
                case ToolArgumentKind.Input:
                    var input = Path.TrimEndingDirectorySeparator(argument.Value);
                    var copied = argument.Within ?? input;
                    var known = inputs.FindIndex(i => i.Host == copied);
                    if (known < 0)
                    {
                        known = inputs.Count;
                        inputs.Add((copied, $"{root}/in/{known}/{Name(copied)}"));
                    }
                    mapped.Add(argument.Within is null ? inputs[known].Container : $"{inputs[known].Container}/{Path.GetRelativePath(copied, input).Replace('\\', '/')}");
                    break;
                case ToolArgumentKind.Output:
                    var path = Path.TrimEndingDirectorySeparator(argument.Value);
                    var folder = Path.GetDirectoryName(path) ?? path;
                    var index = outputs.FindIndex(o => o.Host == folder);
                    if (index < 0)
                    {
                        index = outputs.Count;
                        outputs.Add((folder, $"{root}/out/{index}"));
                    }
                    mapped.Add($"{outputs[index].Container}/{Name(path)}");
                    break;
                default:
                    mapped.Add(argument.Value);
                    break;
            }
        }
        return new ContainerPaths(mapped, inputs, outputs);
    }

    private static string Name(string path) => Path.GetFileName(path) is { Length: > 0 } name ? name : "root";
}
