namespace Walle.Pipelines.Patch;

/// <summary>Why a publish was refused before anything went live; the component names its parameters for each.</summary>
public enum PatchRefusal
{
    /// <summary>The version is not greater than the live one: players would not update.</summary>
    NotNewer,

    /// <summary>The live version has this number with other content.</summary>
    SameVersionOtherContent,

    /// <summary>The content folder has no files.</summary>
    Empty,

    /// <summary>The publish would delete more than <see cref="PatchPublishSettings.MaxDeletedShare"/> of the live files.</summary>
    TooManyDeleted,

    /// <summary>The base version the store builds on has no folder any more: only a new base (<see cref="PatchPublishSettings.Rebase"/>) can publish.</summary>
    BaseMissing,
}

/// <summary>A publish refused before anything went live: nothing in the store changed that players read.</summary>
public sealed class PatchRefusedException(PatchRefusal reason, string message) : InvalidOperationException(message)
{
    /// <summary>Why it was refused.</summary>
    public PatchRefusal Reason { get; } = reason;
}
