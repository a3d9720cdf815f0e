using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Ui.Exporter;

/// <summary>
/// The CCSUIExporter command line, written in one place: <c>--input &lt;csd or folder&gt; --output &lt;folder&gt;</c>
/// then the prefixes (<c>--texture-prefix</c>, <c>--csb-prefix</c>, <c>--font-prefix</c>) and the extra arguments.
/// Input and output are typed paths so that a container runner copies layouts in and <c>.csb</c> files out.
/// </summary>
public static class CcsUiExporterArguments
{
    /// <summary>The arguments of one run exporting <paramref name="input"/> into <paramref name="outputDirectory"/>.</summary>
    public static IReadOnlyList<ToolArgument> Render(string input, string outputDirectory, CcsUiExporterSettings settings)
    {
        var arguments = new List<ToolArgument> { "--input", ToolArgument.Input(input), "--output", ToolArgument.Output(outputDirectory) };
        if (settings.TexturePrefix is { Length: > 0 } texture) arguments.AddRange(["--texture-prefix", texture]);
        if (settings.CsbPrefix is { Length: > 0 } csb) arguments.AddRange(["--csb-prefix", csb]);
        if (settings.FontPrefix is { Length: > 0 } font) arguments.AddRange(["--font-prefix", font]);
        arguments.AddRange(settings.ExtraArguments.Select(e => (ToolArgument)e));
        return arguments;
    }
}
