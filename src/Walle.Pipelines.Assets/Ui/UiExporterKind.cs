namespace Walle.Pipelines.Assets.Ui;

/// <summary>Which exporter turns layouts into <c>.csb</c> files.</summary>
public enum UiExporterKind
{
    /// <summary>Walle's own exporter: no tool, runs anywhere, incremental.</summary>
    Native,

    /// <summary>The studio's CCSUIExporter CLI, through the build's tool runner.</summary>
    CcsUiExporter,
}
