using Walle.Pipelines.Storage;
using Walle.Pipelines.Engine;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>One line of the routing history.</summary>
/// <param name="Revision">The revision number.</param>
/// <param name="Change">Who, when and what; null for a revision without a note or one that does not read.</param>
/// <param name="Problem">Why the revision could not be read, if it could not.</param>
public sealed record RoutingHistoryEntry(int Revision, RoutingChange? Change, string? Problem = null);

/// <summary>Reading the live document and its history, and rolling back to an earlier revision.</summary>
public static class RoutingRevisions
{
    /// <summary>The live document; null when nothing was published yet.</summary>
    public static async Task<RoutingDocument?> LiveAsync(ReleaseSettings settings, CancellationToken cancellationToken = default) =>
        (await new RoutingStore(settings.Store, settings.Layout).LoadLiveAsync(cancellationToken))?.Document;

    /// <summary>The newest <paramref name="count"/> revisions, newest first.</summary>
    public static async Task<IReadOnlyList<RoutingHistoryEntry>> HistoryAsync(ReleaseSettings settings, int count = 20, CancellationToken cancellationToken = default)
    {
        var store = new RoutingStore(settings.Store, settings.Layout);
        var numbers = new List<int>();
        await foreach (var n in store.ListRevisionsAsync(cancellationToken)) numbers.Add(n);
        var entries = new List<RoutingHistoryEntry>();
        foreach (var n in numbers.AsEnumerable().Reverse().Take(count))
        {
            try
            {
                entries.Add(new RoutingHistoryEntry(n, (await store.LoadRevisionAsync(n, cancellationToken))?.Change));
            }
            catch (RoutingDocumentException e)
            {
                entries.Add(new RoutingHistoryEntry(n, null, e.Problems[0].ToString()));
            }
        }
        return entries;
    }

    /// <summary>
    /// Publishes the content of revision <see cref="RollbackSettings.ToRevision"/> as a new revision. Also the repair for a
    /// corrupt or deleted live document: the corrupt object is replaced only if it is still the one this command looked at
    /// (a deleted one only if it is still missing).
    /// </summary>
    public static async Task<ReleaseResult> RollbackAsync(RollbackSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var store = new RoutingStore(settings.Store, settings.Layout);
        var target = await store.LoadRevisionAsync(settings.ToRevision, cancellationToken);
        if (target == null)
        {
            var latest = await store.LatestRevisionAsync(cancellationToken);
            throw new ReleaseException($"Revision {settings.ToRevision} does not exist in {settings.Store.Of(settings.Layout.RevisionsPrefix)}" +
                (latest == null ? " (no revisions at all)." : $"; revisions go up to {latest} (see ReleaseHistory). Check RollbackSettings.ToRevision."), reason: ReleaseRefusal.NoSuchRevision);
        }
        RoutingSnapshot snapshot;
        bool repair = false;
        try
        {
            snapshot = await store.LoadLiveAsync(cancellationToken)
                ?? throw new ReleaseException($"There is no live routing document at {settings.Store.Of(settings.Layout.LiveKey)} to roll back.");
        }
        catch (LiveDocumentCorruptException e)
        {
            // Explicit repair of a corrupt or deleted live document: base on the newest revision and the live object's
            // ETag (none when it was deleted: then the write only succeeds if nobody restored it meanwhile).
            var etag = await store.LiveETagAsync(cancellationToken);
            context.Logger.Warning("The live routing document is corrupt or missing; replacing it with revision {Revision}", settings.ToRevision);
            snapshot = new RoutingSnapshot(new RoutingDocument { Revision = e.LatestRevision ?? 0 }, etag, "corrupt live document");
            repair = true;
        }
        if (settings.BaseRevision is int expected && expected != snapshot.Document.Revision)
            throw new ReleaseConflictException($"The live routing document is at revision {snapshot.Document.Revision}, not {expected} (ReleaseSettings.BaseRevision). Nothing was written.", reason: ReleaseRefusal.BaseRevisionMoved);
        if (!repair && snapshot.Document.Revision == settings.ToRevision)
            throw new ReleaseException($"Revision {settings.ToRevision} is the live revision already; nothing to roll back.");
        var next = target with
        {
            Revision = snapshot.Document.Revision + 1,
            Change = new RoutingChange(settings.Author, RoutingChanges.Now(context), $"ReleaseRollback to revision {settings.ToRevision}"),
        };
        return await RoutingChanges.PublishAsync(store, snapshot, next, settings.DryRun, context, cancellationToken);
    }
}
