using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary><c>zipalign</c>: aligns uncompressed entries so Android maps them in place (run before apksigner).</summary>
public static class ZipAlign
{
    /// <summary>The arguments: 4-byte alignment, shared libraries page-aligned (<c>-p</c>).</summary>
    public static IReadOnlyList<ToolArgument> Arguments(string input, string output) =>
        ["-f", "-p", "4", ToolArgument.Input(input), ToolArgument.Output(output)];

    /// <summary>Aligns <paramref name="input"/> into <paramref name="output"/> (replaced only on success).</summary>
    public static async Task AlignAsync(string input, string output, BuildContext context, string executable = "zipalign", CancellationToken cancellationToken = default)
    {
        if (!File.Exists(input)) throw new FileNotFoundException($"The APK to align '{input}' does not exist.", input);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
        var temporary = output + ".walle-tmp";
        try
        {
            await Tool.RunAsync(new ToolSettings { Executable = executable, Arguments = Arguments(input, temporary) }, context, cancellationToken);
            File.Move(temporary, output, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
