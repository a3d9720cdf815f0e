namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>What happened to one layout.</summary>
/// <param name="Layout">The layout, relative to the UI folder.</param>
/// <param name="Output">The written <c>.csb</c>, relative to the output folder.</param>
/// <param name="Exported">True when it was exported now, false when it was already up to date.</param>
/// <param name="Key">The hash of the exporter version, the settings, the layout and every resource it uses.</param>
public sealed record UiLayoutOutcome(string Layout, string Output, bool Exported, string Key);
