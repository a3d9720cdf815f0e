using Serilog;
using Walle.Pipelines.Release;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>Turns the release tasks' typed refusals into messages naming <see cref="IRelease"/>'s parameters.</summary>
internal static class ReleaseErrors
{
    /// <summary>Runs <paramref name="task"/>; its typed errors come out with the parameter to fix named.</summary>
    public static Task ExplainAsync(Func<Task> task) => ErrorAdvice.RunAsync(task, Translate);

    /// <summary>The error with the parameter to fix named, or null when no parameter fixes it.</summary>
    public static Exception? Translate(Exception e) => e switch
    {
        LiveDocumentCorruptException corrupt => new ReleaseException(corrupt.RepairWith("run ReleaseRollback --release-to-revision N"), e),
        ReleaseConflictException conflict when Advice(conflict.Reason) is { } advice => new ReleaseConflictException(e.Message + " " + advice, e, conflict.Reason),
        ReleaseException release when Advice(release.Reason) is { } advice => new ReleaseException(e.Message + " " + advice, e, release.Reason),
        ObjectStoreException store => StoreErrors.Explain(store),
        _ => null,
    };

    /// <summary>After a dry run: how to publish the change shown, and only if nobody changed the document in between.</summary>
    public static void AdviseAfterDryRun(ILogger logger, ReleaseResult result)
    {
        if (result.Published) return;
        logger.Information("Run again without --dry-run to publish it (add --release-base-revision {Revision} to be sure nobody changed it in between).", result.Before.Revision);
    }

    private static string? Advice(ReleaseRefusal reason) => reason switch
    {
        ReleaseRefusal.NeverPackaged => "Check --review-version / --platform, package the client first, or pass --release-force to submit anyway.",
        ReleaseRefusal.BaseRevisionMoved => "--release-base-revision names the revision expected; a dry run (--dry-run) shows the live one.",
        ReleaseRefusal.NoSuchTrack => "Check --platform / --release-channel.",
        ReleaseRefusal.NoSeed => "The seed file is --release-seed (default release/routing.seed.json under the root).",
        ReleaseRefusal.NoSuchRevision => "Check --release-to-revision (ReleaseHistory lists the revisions).",
        _ => null,
    };
}
