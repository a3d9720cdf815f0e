namespace Walle.Pipelines.Assets.Sheets;

/// <summary>What happened to one sheet.</summary>
/// <param name="Name">Sheet name.</param>
/// <param name="Status">Up to date, restored, or packed.</param>
/// <param name="Packer">The packer whose output the sheet holds.</param>
/// <param name="Files">Output files, relative to the sheet's output folder.</param>
/// <param name="Key">The content-addressed cache key of the sheet's inputs and settings.</param>
public sealed record SheetOutcome(string Name, SheetStatus Status, SheetPackerKind Packer, IReadOnlyList<string> Files, string Key);

/// <summary>How a sheet's outputs came to be.</summary>
public enum SheetStatus
{
    /// <summary>Outputs already matched the inputs; nothing was done.</summary>
    UpToDate,

    /// <summary>Restored from the machine's cache.</summary>
    RestoredLocal,

    /// <summary>Restored from the shared remote cache.</summary>
    RestoredRemote,

    /// <summary>Packed now.</summary>
    Packed,
}
