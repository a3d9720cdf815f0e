namespace Walle.Pipelines.Release;

/// <summary>Why a release command was refused where a setting fixes it; a component names its parameter for each.</summary>
public enum ReleaseRefusal
{
    /// <summary>No setting fixes it (no gray running, version not in review, ...): the message says what to do.</summary>
    None,

    /// <summary>The version has no build record (<see cref="ReviewSubmitSettings.BuildRecord"/>); <see cref="ReviewSubmitSettings.Force"/> submits anyway.</summary>
    NeverPackaged,

    /// <summary>The live document is not at <see cref="ReleaseSettings.BaseRevision"/>: someone changed it since.</summary>
    BaseRevisionMoved,

    /// <summary>No track matches the <see cref="TrackSelector"/>.</summary>
    NoSuchTrack,

    /// <summary>Nothing was published yet and <see cref="ReleaseSettings.SeedFile"/> names no file.</summary>
    NoSeed,

    /// <summary><see cref="RollbackSettings.ToRevision"/> does not exist.</summary>
    NoSuchRevision,
}

/// <summary>A release command cannot be done as asked (no gray running, version not in review, ...); nothing was written.</summary>
/// <param name="message">The problem, naming the settings concept to fix (never a component's parameter).</param>
/// <param name="inner">The cause, if any.</param>
/// <param name="reason">Which setting fixes it, if one does.</param>
public class ReleaseException(string message, Exception? inner = null, ReleaseRefusal reason = ReleaseRefusal.None) : Exception(message, inner)
{
    /// <summary>Which setting fixes it; <see cref="ReleaseRefusal.None"/> when none does.</summary>
    public ReleaseRefusal Reason { get; } = reason;
}

/// <summary>Someone else published a routing revision since this command read its base; nothing was written.</summary>
/// <param name="message">What changed.</param>
/// <param name="inner">The cause, if any.</param>
/// <param name="reason"><see cref="ReleaseRefusal.BaseRevisionMoved"/> when <see cref="ReleaseSettings.BaseRevision"/> did not match.</param>
public sealed class ReleaseConflictException(string message, Exception? inner = null, ReleaseRefusal reason = ReleaseRefusal.None) : ReleaseException(message, inner, reason);
