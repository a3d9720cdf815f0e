using Walle.Pipelines.Storage;
using Walle.Pipelines.Engine;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// The one path every change takes: read the live document (or the seed), apply the change, validate, show the
/// diff, then publish with conditional writes unless it is a dry run.
/// </summary>
internal static class RoutingChanges
{
    public static async Task<ReleaseResult> ApplyAsync(
        ReleaseSettings settings,
        BuildContext context,
        Func<RoutingDocument, Task<(RoutingDocument Next, string Summary)>> change,
        CancellationToken cancellationToken)
    {
        var store = new RoutingStore(settings.Store, settings.Layout);
        var snapshot = await store.LoadLiveAsync(cancellationToken) ?? LoadSeed(settings, context);
        var before = snapshot.Document;
        if (settings.BaseRevision is int expected && expected != before.Revision)
            throw new ReleaseConflictException($"The live routing document is at revision {before.Revision}, not {expected} as expected (ReleaseSettings.BaseRevision): someone changed it since. Nothing was written; review ReleaseHistory and run again.", reason: ReleaseRefusal.BaseRevisionMoved);
        var (next, summary) = await change(before);
        next = next with
        {
            Revision = before.Revision + 1,
            Change = new RoutingChange(settings.Author, Now(context), summary),
        };
        var problems = RoutingValidator.Validate(next);
        if (problems.Count > 0)
            throw new ReleaseException($"{summary}: the result would be an invalid routing document, nothing was written:" +
                string.Concat(problems.Select(p => Environment.NewLine + "  " + p)));
        return await PublishAsync(store, snapshot, next, settings.DryRun, context, cancellationToken);
    }

    public static async Task<ReleaseResult> PublishAsync(RoutingStore store, RoutingSnapshot snapshot, RoutingDocument next, bool dryRun, BuildContext context, CancellationToken cancellationToken)
    {
        var log = context.Logger;
        var diff = RoutingDiff.Compute(snapshot.Document, next);
        log.Information("{Summary} (revision {Before} → {After}, by {Author})", next.Change!.Summary, snapshot.Document.Revision, next.Revision, next.Change.By);
        foreach (var line in diff) log.Information("  {Line}", line);
        if (dryRun)
        {
            log.Information("Dry run: nothing written (based on revision {Revision})", snapshot.Document.Revision);
            return new ReleaseResult(snapshot.Document, next, diff, Published: false);
        }
        await store.PublishAsync(next, snapshot.ETag, cancellationToken);
        log.Information("Published revision {Revision} to {Location}", next.Revision, $"{store.Store.Of(store.Layout.LiveKey)}");
        return new ReleaseResult(snapshot.Document, next, diff, Published: true);
    }

    /// <summary>The run's time to the second, as revisions record it.</summary>
    public static DateTimeOffset Now(BuildContext context)
    {
        var now = context.Clock.GetUtcNow();
        return new DateTimeOffset(now.Ticks - now.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }

    /// <summary>The tracks a selector names; an error lists the document's tracks when none match.</summary>
    public static IReadOnlyList<ReleaseTrack> Select(RoutingDocument document, TrackSelector selector)
    {
        var tracks = document.Tracks.Where(t => t.Platform == selector.Platform && (selector.Channel == null || t.Channel == selector.Channel)).ToList();
        if (tracks.Count == 0)
            throw new ReleaseException($"No track {selector} in the routing document; tracks: {string.Join(", ", document.Tracks.Select(t => t.Name))}. Check the platform and channel of the track selector.", reason: ReleaseRefusal.NoSuchTrack);
        return tracks;
    }

    /// <summary>The document with <paramref name="update"/> applied to the selected tracks.</summary>
    public static async Task<RoutingDocument> UpdateAsync(RoutingDocument document, IReadOnlyList<ReleaseTrack> selected, Func<ReleaseTrack, Task<ReleaseTrack>> update)
    {
        var tracks = new List<ReleaseTrack>(document.Tracks.Count);
        foreach (var track in document.Tracks)
            tracks.Add(selected.Contains(track) ? await update(track) : track);
        return document with { Tracks = tracks };
    }

    private static RoutingSnapshot LoadSeed(ReleaseSettings settings, BuildContext context)
    {
        var live = $"{settings.Store.Of(settings.Layout.LiveKey)}";
        if (settings.SeedFile == null || !File.Exists(settings.SeedFile))
            throw new ReleaseException($"There is no live routing document at {live} and no seed file{(settings.SeedFile == null ? "" : " at " + settings.SeedFile)}. " +
                "Create the seed (server groups and one track per platform/channel, see docs/release.md on the routing document) and set ReleaseSettings.SeedFile to its path.", reason: ReleaseRefusal.NoSeed);
        var document = RoutingJson.Parse(File.ReadAllText(settings.SeedFile), settings.SeedFile);
        if (document.Revision != 0)
            throw new ReleaseException($"Seed {settings.SeedFile} has revision {document.Revision}; a seed must have revision 0.");
        context.Logger.Information("No live routing document at {Live} yet: starting from the seed {Seed}", live, settings.SeedFile);
        return new RoutingSnapshot(document, null, settings.SeedFile);
    }
}
