namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>What the exporter did for one layout.</summary>
public enum UiLayoutStatus
{
    /// <summary>The output was already as the layout and its resources make it; nothing was read or written.</summary>
    UpToDate,

    /// <summary>The layout was parsed and its <c>.csb</c> written by the exporter.</summary>
    Exported,

    /// <summary>The <c>.csb</c> came from the local build cache (<c>.nuke/cache</c>), verified, without exporting.</summary>
    RestoredLocal,

    /// <summary>The <c>.csb</c> came from the shared remote cache, verified, without exporting.</summary>
    RestoredRemote,
}
