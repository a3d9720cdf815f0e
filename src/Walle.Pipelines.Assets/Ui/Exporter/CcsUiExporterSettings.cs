using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Ui.Exporter;

/// <summary>
/// How the studio's CCSUIExporter (the Cocos Studio layout exporter CLI) runs: where it is, how layouts are given to
/// it, where it writes and the resource prefixes it writes into each <c>.csb</c>. Customise with <c>with</c>.
/// </summary>
public sealed record CcsUiExporterSettings
{
    /// <summary>Full path (or PATH name) of the exporter; in a container runner, its path inside the image.</summary>
    public required string Executable { get; init; }

    /// <summary>The folder the layouts' <c>.csb</c> files are written to, keeping their paths below the source folder.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>One run per <c>.csd</c> file, or one run per folder of layouts.</summary>
    public CcsUiExportMode Mode { get; init; } = CcsUiExportMode.PerFile;

    /// <summary>Prefix the exporter puts before texture paths in the <c>.csb</c> (e.g. <c>res/</c>); none when null.</summary>
    public string? TexturePrefix { get; init; }

    /// <summary>Prefix before paths of embedded layouts (ProjectNode <c>.csb</c> files); none when null.</summary>
    public string? CsbPrefix { get; init; }

    /// <summary>Prefix before font paths (TTF and BMFont files); none when null.</summary>
    public string? FontPrefix { get; init; }

    /// <summary>Extra arguments appended to every run (for options Walle does not model).</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];

    /// <summary>Exporter runs at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Longest a single run may take.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Where the exporter runs (e.g. a container runner); null: the build context's runner.</summary>
    public IToolRunner? Runner { get; init; }
}

/// <summary>How layouts are handed to CCSUIExporter.</summary>
public enum CcsUiExportMode
{
    /// <summary>One run per <c>.csd</c> file: many short runs, each failure names one layout.</summary>
    PerFile,

    /// <summary>One run per folder holding <c>.csd</c> files: fewer start-ups (a container start each in Docker).</summary>
    PerFolder,
}
