namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>What happened to one layout.</summary>
/// <param name="Layout">The layout, relative to the UI folder.</param>
/// <param name="Output">The written <c>.csb</c>, relative to the output folder.</param>
/// <param name="Status">Up to date, exported now, or restored from the build cache.</param>
/// <param name="Key">
/// The layout's content key: the exporter version and settings, the layout's relative name and content, and the name
/// and content of every resource it uses and layout it embeds (no absolute path: the same in every checkout).
/// </param>
public sealed record UiLayoutOutcome(string Layout, string Output, UiLayoutStatus Status, string Key)
{
    /// <summary>True when the exporter wrote the <c>.csb</c> now (not up to date, not restored from the cache).</summary>
    public bool Exported => Status == UiLayoutStatus.Exported;

    /// <summary>True when the <c>.csb</c> was restored from the build cache, local or remote.</summary>
    public bool Restored => Status is UiLayoutStatus.RestoredLocal or UiLayoutStatus.RestoredRemote;
}
