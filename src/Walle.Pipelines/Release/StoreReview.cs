using Walle.Pipelines.Storage;
using Walle.Pipelines.Engine;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// App Store (or other store) review routing: while a client version is reviewed it goes to the review server
/// group and review content; once approved it goes to production (or into a gray).
/// </summary>
public static class StoreReview
{
    /// <summary>Routes the exact client version to review. Refuses a version that was never packaged unless forced.</summary>
    public static async Task<ReleaseResult> SubmitAsync(ReviewSubmitSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var record = settings.BuildRecord.Replace("{platform}", settings.Platform).Replace("{version}", settings.Version.ToString());
        if (await settings.Store.HeadAsync(record, cancellationToken) is null)
        {
            if (!settings.Force)
                throw new ReleaseException($"{settings.Platform} {settings.Version} was never packaged: no build record {settings.Store.Of(record)}. " +
                    "Check the version and platform, package the client first, or force the submit (ReviewSubmitSettings.Force) to submit anyway.", reason: ReleaseRefusal.NeverPackaged);
            context.Logger.Warning("{Platform} {Version} has no build record {Record}; submitting anyway (forced)", settings.Platform, settings.Version, record);
        }
        return await RoutingChanges.ApplyAsync(settings, context, document =>
        {
            RoutingChanges.Select(document, new TrackSelector(settings.Platform));
            if (Find(document, settings.Platform, settings.Version) != null)
                throw new ReleaseException($"{settings.Platform} {settings.Version} is already in review; ReviewCancel it first to change its route.");
            var review = new ReviewRoute { Platform = settings.Platform, ClientVersion = settings.Version, ServerGroup = settings.ServerGroup, Manifest = settings.Manifest };
            return Task.FromResult((document with { Reviews = [.. document.Reviews, review] }, $"ReviewSubmit {settings.Platform} {settings.Version} → {settings.ServerGroup}"));
        }, cancellationToken);
    }

    /// <summary>
    /// Ends the review and routes the version to production (every track of the platform serves it), or, with
    /// <see cref="ReviewDecisionSettings.Gray"/>, starts a gray whose client versions reach up to it.
    /// </summary>
    public static Task<ReleaseResult> ApproveAsync(ReviewDecisionSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        return settings.Gray == null
            ? RoutingChanges.ApplyAsync(settings, context, document =>
            {
                var next = Remove(document, settings);
                next = next with
                {
                    Tracks = next.Tracks.Select(t => t.Platform != settings.Platform || t.Production.ClientVersions.Max >= settings.Version ? t
                        : t with { Production = t.Production with { ClientVersions = t.Production.ClientVersions with { Max = settings.Version } } }).ToList(),
                };
                return Task.FromResult((next, $"ReviewApprove {settings.Platform} {settings.Version} → production"));
            }, cancellationToken)
            : ApproveIntoGrayAsync(settings, context, cancellationToken);
    }

    /// <summary>Ends the review; the version is no longer routed anywhere special.</summary>
    public static Task<ReleaseResult> CancelAsync(ReviewDecisionSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        RoutingChanges.ApplyAsync(settings, context, document =>
            Task.FromResult((Remove(document, settings), $"ReviewCancel {settings.Platform} {settings.Version}")), cancellationToken);

    private static Task<ReleaseResult> ApproveIntoGrayAsync(ReviewDecisionSettings settings, BuildContext context, CancellationToken cancellationToken)
    {
        // One revision: the review entry goes and the gray starts, so the version is never unrouted in between.
        var grayStart = new GrayStartSettings(settings.Store, new TrackSelector(settings.Platform), settings.Gray!)
        {
            Layout = settings.Layout,
            SeedFile = settings.SeedFile,
            Author = settings.Author,
            DryRun = settings.DryRun,
            BaseRevision = settings.BaseRevision,
            Http = settings.Http,
        };
        return RoutingChanges.ApplyAsync(grayStart, context, async document =>
        {
            var withoutReview = Remove(document, settings);
            var plan = settings.Gray! with
            {
                ClientVersions = new VersionRange(
                    document.Tracks.Where(t => t.Platform == settings.Platform).Min(t => t.Production.ClientVersions.Min),
                    settings.Version),
            };
            var started = await GrayRelease.StartOnAsync(withoutReview, grayStart with { Plan = plan }, context, cancellationToken);
            return (started.Next, $"ReviewApprove {settings.Platform} {settings.Version} → gray; {started.Summary}");
        }, cancellationToken);
    }

    private static RoutingDocument Remove(RoutingDocument document, ReviewDecisionSettings settings)
    {
        var review = Find(document, settings.Platform, settings.Version)
            ?? throw new ReleaseException($"{settings.Platform} {settings.Version} is not in review{(document.Reviews.Count == 0 ? "" : " (in review: " + string.Join(", ", document.Reviews.Select(r => r.Platform + " " + r.ClientVersion)) + ")")}; submit it with ReviewSubmit first.");
        return document with { Reviews = document.Reviews.Where(r => r != review).ToList() };
    }

    private static ReviewRoute? Find(RoutingDocument document, string platform, ClientVersion version) =>
        document.Reviews.FirstOrDefault(r => r.Platform == platform && r.ClientVersion == version);

}
