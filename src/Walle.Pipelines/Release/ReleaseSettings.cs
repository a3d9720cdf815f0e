using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>What every release command needs: where the routing document lives, who is changing it, and how.</summary>
public record ReleaseSettings
{
    /// <summary>Creates settings for the document in <paramref name="store"/>.</summary>
    public ReleaseSettings(IObjectStore store) => Store = store;

    /// <summary>The object store holding the live document and its revisions.</summary>
    public IObjectStore Store { get; init; }

    /// <summary>Key layout in the store.</summary>
    public ReleaseStoreLayout Layout { get; init; } = new();

    /// <summary>The seed document (server groups, tracks) used when the store has no live document yet.</summary>
    public string? SeedFile { get; init; }

    /// <summary>Who makes the change (recorded in the revision).</summary>
    public string Author { get; init; } = "unknown";

    /// <summary>Compute and show the change, write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>When set, the command fails unless the live document is still at this revision (e.g. the one a dry run showed).</summary>
    public int? BaseRevision { get; init; }
}

/// <summary>Which tracks a command changes: one platform, and one channel or (null) all of the platform's channels.</summary>
/// <param name="Platform">e.g. <c>ios</c>.</param>
/// <param name="Channel">e.g. <c>appstore</c>; null for every channel of the platform.</param>
public sealed record TrackSelector(string Platform, string? Channel = null)
{
    /// <summary><c>ios/appstore</c> or <c>ios/*</c>.</summary>
    public override string ToString() => Platform + "/" + (Channel ?? "*");
}

/// <summary>What a new gray serves and how it rolls out.</summary>
/// <param name="Version">The version being grayed (client or content version).</param>
/// <param name="Manifest">The content manifest URL gray players get.</param>
public sealed record GrayPlan(string Version, string Manifest)
{
    /// <summary>The server group gray players connect to.</summary>
    public string ServerGroup { get; init; } = "gray";

    /// <summary>Client versions eligible (null: production's range).</summary>
    public VersionRange? ClientVersions { get; init; }

    /// <summary>Bucket salt (default <c>gray-{Version}</c>).</summary>
    public string? Salt { get; init; }

    /// <summary>The rollout plan.</summary>
    public IReadOnlyList<GrayStep> Steps { get; init; } = GraySteps.Parse(GraySteps.Default);

    /// <summary>Accounts always in gray.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Devices always in gray.</summary>
    public IReadOnlyList<string> Devices { get; init; } = [];

    /// <summary>Networks always in gray.</summary>
    public IReadOnlyList<IpRange> Networks { get; init; } = [];
}

/// <summary>Settings of <see cref="GrayRelease.StartAsync"/>.</summary>
public sealed record GrayStartSettings(IObjectStore Store, TrackSelector Tracks, GrayPlan Plan) : ReleaseSettings(Store)
{
    /// <summary>Client for gate steps (checks, metrics).</summary>
    public HttpClient? Http { get; init; }
}

/// <summary>Settings of <see cref="GrayRelease.NextAsync"/>, <see cref="GrayRelease.PromoteAsync"/> and <see cref="GrayRelease.AbortAsync"/>.</summary>
public sealed record GrayStepSettings(IObjectStore Store, TrackSelector Tracks) : ReleaseSettings(Store)
{
    /// <summary>Client for gate steps (checks, metrics).</summary>
    public HttpClient? Http { get; init; }
}

/// <summary>Settings of <see cref="StoreReview.SubmitAsync"/>.</summary>
public sealed record ReviewSubmitSettings(IObjectStore Store, string Platform, ClientVersion Version, string Manifest) : ReleaseSettings(Store)
{
    /// <summary>The review server group.</summary>
    public string ServerGroup { get; init; } = "review";

    /// <summary>Submit even when no build record exists for the version.</summary>
    public bool Force { get; init; }

    /// <summary>
    /// The version counts as packaged when this object exists in <see cref="ReleaseSettings.Store"/> (<c>{platform}</c>
    /// and <c>{version}</c> are replaced): the client manifest <c>ClientUpload</c> writes after the packages themselves.
    /// </summary>
    public string BuildRecord { get; init; } = "builds/{platform}/{version}/client-manifest.json";
}

/// <summary>Settings of <see cref="StoreReview.ApproveAsync"/> and <see cref="StoreReview.CancelAsync"/>.</summary>
public sealed record ReviewDecisionSettings(IObjectStore Store, string Platform, ClientVersion Version) : ReleaseSettings(Store)
{
    /// <summary>Approve into a gray with this plan instead of straight to production.</summary>
    public GrayPlan? Gray { get; init; }

    /// <summary>Client for gate steps when <see cref="Gray"/> is set.</summary>
    public HttpClient? Http { get; init; }
}

/// <summary>Settings of <see cref="RoutingRevisions.RollbackAsync"/>.</summary>
public sealed record RollbackSettings(IObjectStore Store, int ToRevision) : ReleaseSettings(Store);

/// <summary>The outcome of a change command.</summary>
/// <param name="Before">The document the change was based on.</param>
/// <param name="After">The new document (published unless dry run).</param>
/// <param name="Diff">What changed (<see cref="RoutingDiff"/>).</param>
/// <param name="Published">False for a dry run.</param>
public sealed record ReleaseResult(RoutingDocument Before, RoutingDocument After, IReadOnlyList<string> Diff, bool Published);
