using Walle.Pipelines.Engine;
using Walle.Pipelines.Release;
using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Components;

/// <summary>
/// Gray release and App Store review routing: <c>GrayStart</c>, <c>GrayNext</c>, <c>GrayPromote</c>, <c>GrayAbort</c>,
/// <c>ReviewSubmit</c>, <c>ReviewApprove</c>, <c>ReviewCancel</c>, <c>ReleaseStatus</c>, <c>ReleaseHistory</c>,
/// <c>ReleaseRollback</c>. Every change is published as a new immutable revision of the routing document and
/// replaces the live one only by a conditional write; <c>--dry-run</c> shows the diff and writes nothing.
/// </summary>
public interface IRelease : IObjectStorage
{
    /// <summary>The object store holding the routing document: by default the build's store (<see cref="IObjectStorage"/>).</summary>
    IObjectStore OpenReleaseStore() => OpenStore();

    /// <summary>The platform a command changes.</summary>
    [Parameter("Platform the release command changes: ios, android, ...")]
    string? Platform => TryGetValue<string>(nameof(Platform));

    /// <summary>The channel; empty for every channel of the platform.</summary>
    [Parameter("Channel the gray command changes (default: every channel of the platform)")]
    string? ReleaseChannel => TryGetValue<string>(nameof(ReleaseChannel));

    /// <summary>The CI user recorded as the author (Jenkins' build-user-vars plugin sets <c>BUILD_USER</c>).</summary>
    [Parameter("Who is releasing, recorded in the history (default: git user.name, then the login name)")]
    string? BuildUser => TryGetValue<string>(nameof(BuildUser));

    /// <summary>Compute and show the change without writing.</summary>
    [Parameter("Show the change (diff) without publishing anything")]
    bool DryRun => TryGetValue<bool?>(nameof(DryRun)) ?? false;

    /// <summary>Fail unless the live document is still at this revision (e.g. the one a dry run showed).</summary>
    [Parameter("Fail unless the live routing document is still at this revision (as shown by a dry run)")]
    int? ReleaseBaseRevision => TryGetValue<int?>(nameof(ReleaseBaseRevision));

    /// <summary>The seed document used before the first publish.</summary>
    [Parameter("Seed routing document used before the first publish (default release/routing.seed.json)")]
    string ReleaseSeed => TryGetValue<string>(nameof(ReleaseSeed)) ?? Path.Combine(RootDirectory, "release", "routing.seed.json");

    /// <summary>Key prefix of the routing document in the store.</summary>
    [Parameter("Key prefix of the routing document in the store (default release/)")]
    string ReleasePrefix => TryGetValue<string>(nameof(ReleasePrefix)) ?? "release/";

    /// <summary>The version a gray serves.</summary>
    [Parameter("Version the gray serves (client or content version)")]
    string? GrayVersion => TryGetValue<string>(nameof(GrayVersion));

    /// <summary>The gray's content manifest URL.</summary>
    [Parameter("Content manifest URL gray players get")]
    string? GrayManifest => TryGetValue<string>(nameof(GrayManifest));

    /// <summary>The gray server group.</summary>
    [Parameter("Server group gray players connect to (default gray)")]
    string GrayServerGroup => TryGetValue<string>(nameof(GrayServerGroup)) ?? "gray";

    /// <summary>Client versions eligible for gray, e.g. <c>1.5.0 - 1.6.0</c>.</summary>
    [Parameter("Client versions eligible for gray, e.g. '1.5.0 - 1.6.0' (default: production's)")]
    string? GrayClientVersions => TryGetValue<string>(nameof(GrayClientVersions));

    /// <summary>The bucket salt.</summary>
    [Parameter("Bucket salt (default gray-<version>; a new salt picks new players)")]
    string? GraySalt => TryGetValue<string>(nameof(GraySalt));

    /// <summary>The rollout plan.</summary>
    [Parameter("Gray steps, e.g. '1%, pause, 5%, pause 30m, check https://host/health, 50%, pause'")]
    string GraySteps => TryGetValue<string>(nameof(GraySteps)) ?? Walle.Pipelines.Release.GraySteps.Default;

    /// <summary>Accounts always in gray.</summary>
    [Parameter("Account ids always in gray (comma-separated)")]
    string[] GrayAccounts => TryGetValue<string[]>(nameof(GrayAccounts)) ?? [];

    /// <summary>Devices always in gray.</summary>
    [Parameter("Device ids always in gray (comma-separated)")]
    string[] GrayDevices => TryGetValue<string[]>(nameof(GrayDevices)) ?? [];

    /// <summary>Networks always in gray.</summary>
    [Parameter("Networks always in gray, CIDR (comma-separated), e.g. 10.8.0.0/16")]
    string[] GrayNetworks => TryGetValue<string[]>(nameof(GrayNetworks)) ?? [];

    /// <summary>The client version under review.</summary>
    [Parameter("Exact client version submitted for store review, e.g. 1.6.0")]
    string? ReviewVersion => TryGetValue<string>(nameof(ReviewVersion));

    /// <summary>The review content manifest.</summary>
    [Parameter("Review content manifest URL (features reviewers must not see switched off)")]
    string? ReviewManifest => TryGetValue<string>(nameof(ReviewManifest));

    /// <summary>The review server group.</summary>
    [Parameter("Review server group (default review)")]
    string ReviewServerGroup => TryGetValue<string>(nameof(ReviewServerGroup)) ?? "review";

    /// <summary>Approve into a gray (Gray* parameters) instead of straight to production.</summary>
    [Parameter("ReviewApprove starts a gray of the version (Gray* parameters) instead of routing it to production")]
    bool ReviewGray => TryGetValue<bool?>(nameof(ReviewGray)) ?? false;

    /// <summary>Submit a version that has no build record.</summary>
    [Parameter("Submit a review version even if no build record shows it was packaged")]
    bool ReleaseForce => TryGetValue<bool?>(nameof(ReleaseForce)) ?? false;

    /// <summary>The revision <c>ReleaseRollback</c> puts back.</summary>
    [Parameter("Revision ReleaseRollback publishes again (see ReleaseHistory)")]
    int? ReleaseToRevision => TryGetValue<int?>(nameof(ReleaseToRevision));

    /// <summary>How many revisions <c>ReleaseHistory</c> lists.</summary>
    [Parameter("Revisions ReleaseHistory lists (default 20)")]
    int ReleaseHistoryCount => TryGetValue<int?>(nameof(ReleaseHistoryCount)) ?? 20;

    /// <summary>Customises the settings every release command shares (layout, seed, author).</summary>
    ReleaseSettings ConfigureRelease(ReleaseSettings settings) => settings;

    /// <summary>Customises a new gray's plan (e.g. a team's fixed whitelist).</summary>
    GrayPlan ConfigureGrayPlan(GrayPlan plan) => plan;

    /// <summary>Starts a gray: <c>--platform ios --gray-version 1.6.0 --gray-manifest URL [--gray-steps ...]</c>.</summary>
    Target GrayStart => _ => _
        .Description("Start a gray release and run its steps up to the first pause")
        .Requires(() => Platform, () => GrayVersion, () => GrayManifest)
        .Executes(Released(async ct => await GrayRelease.StartAsync(
            await SettingsAsync(new GrayStartSettings(OpenReleaseStore(), Tracks(), Plan()), ct), Context, ct)));

    /// <summary>Advances the gray past its pause to the next one.</summary>
    Target GrayNext => _ => _
        .Description("Advance the gray past its pause (gates must pass, timed pauses must be over)")
        .Requires(() => Platform)
        .Executes(Released(async ct => await GrayRelease.NextAsync(await SettingsAsync(new GrayStepSettings(OpenReleaseStore(), Tracks()), ct), Context, ct)));

    /// <summary>Makes the gray production.</summary>
    Target GrayPromote => _ => _
        .Description("Make the running gray the production route")
        .Requires(() => Platform)
        .Executes(Released(async ct => await GrayRelease.PromoteAsync(await SettingsAsync(new GrayStepSettings(OpenReleaseStore(), Tracks()), ct), Context, ct)));

    /// <summary>Ends the gray; everyone back on production.</summary>
    Target GrayAbort => _ => _
        .Description("Abort the running gray: everyone back on the production version")
        .Requires(() => Platform)
        .Executes(Released(async ct => await GrayRelease.AbortAsync(await SettingsAsync(new GrayStepSettings(OpenReleaseStore(), Tracks()), ct), Context, ct)));

    /// <summary>Routes a client version to review: <c>--review-version 1.6.0 --platform ios --review-manifest URL</c>.</summary>
    Target ReviewSubmit => _ => _
        .Description("Route a client version under store review to the review servers and content")
        .Requires(() => Platform, () => ReviewVersion, () => ReviewManifest)
        .Executes(Released(async ct => await StoreReview.SubmitAsync(await SettingsAsync(
            new ReviewSubmitSettings(OpenReleaseStore(), Platform!, Version(ReviewVersion, nameof(ReviewVersion)), Checked(ReviewManifest, nameof(ReviewManifest), HttpUrl.ManifestProblem))
            {
                ServerGroup = ReviewServerGroup,
                Force = ReleaseForce,
            }, ct), Context, ct)));

    /// <summary>Routes an approved version to production (or into a gray with <c>--review-gray</c>).</summary>
    Target ReviewApprove => _ => _
        .Description("Review passed: route the version to production (or start its gray with --review-gray)")
        .Requires(() => Platform, () => ReviewVersion)
        .Executes(Released(async ct => await StoreReview.ApproveAsync(await SettingsAsync(
            new ReviewDecisionSettings(OpenReleaseStore(), Platform!, Version(ReviewVersion, nameof(ReviewVersion)))
            {
                Gray = ReviewGray ? Plan(GrayVersion ?? ReviewVersion) : null,
            }, ct), Context, ct)));

    /// <summary>Ends a review without approval.</summary>
    Target ReviewCancel => _ => _
        .Description("Review withdrawn or rejected: stop routing the version to review")
        .Requires(() => Platform, () => ReviewVersion)
        .Executes(Released(async ct => await StoreReview.CancelAsync(await SettingsAsync(
            new ReviewDecisionSettings(OpenReleaseStore(), Platform!, Version(ReviewVersion, nameof(ReviewVersion))), ct), Context, ct)));

    /// <summary>Prints the live routing document as tables.</summary>
    Target ReleaseStatus => _ => _
        .Description("Show the live routing document: production, gray and review per track")
        .Executes(Explained(async ct =>
        {
            var settings = await SettingsAsync(new ReleaseSettings(OpenReleaseStore()), ct);
            var document = await RoutingRevisions.LiveAsync(settings, ct);
            if (document == null)
            {
                Context.Logger.Information("Nothing published yet at {Location}; the first change starts from the seed {Seed}", settings.Store.Location, settings.SeedFile);
                if (settings.SeedFile == null || !File.Exists(settings.SeedFile)) return;
                document = RoutingJson.Parse(await File.ReadAllTextAsync(settings.SeedFile, ct), settings.SeedFile);
            }
            foreach (var line in ReleaseStatusTable.Render(document).TrimEnd().Split('\n')) Context.Logger.Information("{Line}", line.TrimEnd());
        }));

    /// <summary>Lists the newest revisions: who, when, what.</summary>
    Target ReleaseHistory => _ => _
        .Description("List routing revisions: who changed what, when")
        .Executes(Explained(async ct =>
        {
            var history = await RoutingRevisions.HistoryAsync(await SettingsAsync(new ReleaseSettings(OpenReleaseStore()), ct), ReleaseHistoryCount, ct);
            if (history.Count == 0) Context.Logger.Information("No routing revisions published yet");
            foreach (var entry in history)
            {
                if (entry.Change is { } c) Context.Logger.Information("{Revision,6}  {At:u}  {By}  {Summary}", entry.Revision, c.At, c.By, c.Summary);
                else Context.Logger.Warning("{Revision,6}  unreadable: {Problem}", entry.Revision, entry.Problem ?? "no change note");
            }
        }));

    /// <summary>Publishes an earlier revision again (also repairs a corrupt live document).</summary>
    Target ReleaseRollback => _ => _
        .Description("Publish an earlier routing revision again (--release-to-revision N); also repairs a corrupt live document")
        .Requires(() => ReleaseToRevision)
        .Executes(Released(async ct => await RoutingRevisions.RollbackAsync(await SettingsAsync(new RollbackSettings(OpenReleaseStore(), ReleaseToRevision!.Value), ct), Context, ct)));

    /// <summary>A change command: its typed errors told in this component's parameters, and after a dry run how to publish it.</summary>
    private Func<CancellationToken, Task> Released(Func<CancellationToken, Task<ReleaseResult>> change) => ct =>
        ReleaseErrors.ExplainAsync(async () => ReleaseErrors.AdviseAfterDryRun(Context.Logger, await change(ct)));

    /// <summary>A reading command: its typed errors told in this component's parameters.</summary>
    private static Func<CancellationToken, Task> Explained(Func<CancellationToken, Task> work) => ct => ReleaseErrors.ExplainAsync(() => work(ct));

    private TrackSelector Tracks() => new(Platform!, string.IsNullOrEmpty(ReleaseChannel) ? null : ReleaseChannel);

    private GrayPlan Plan(string? version = null) => ConfigureGrayPlan(new GrayPlan(
        Checked(version ?? GrayVersion, nameof(GrayVersion), RouteVersion.Problem),
        Checked(GrayManifest ?? throw new UsageException("GrayManifest is required to start a gray: --gray-manifest <URL>"), nameof(GrayManifest), HttpUrl.ManifestProblem))
    {
        ServerGroup = GrayServerGroup,
        ClientVersions = GrayClientVersions == null ? null : Range(GrayClientVersions),
        Salt = GraySalt,
        Steps = Walle.Pipelines.Release.GraySteps.Parse(GraySteps),
        Accounts = GrayAccounts,
        Devices = GrayDevices,
        Networks = GrayNetworks.Select(n => IpRange.TryParse(n, out var r) ? r! : throw new UsageException($"GrayNetworks: '{n}' is not a CIDR range, e.g. 10.8.0.0/16")).ToArray(),
    });

    private static VersionRange Range(string text)
    {
        try
        {
            return VersionRange.Parse(text);
        }
        catch (FormatException e)
        {
            throw new UsageException($"GrayClientVersions: {e.Message}; write e.g. '1.5.0 - 1.6.0'");
        }
    }

    /// <summary><paramref name="text"/> when <paramref name="rule"/> finds no problem; else the problem, naming the parameter.</summary>
    private static string Checked(string? text, string parameter, Func<string?, string?> rule) =>
        rule(text) is { } problem ? throw new UsageException($"{parameter} (--{Naming.ToKebabCase(parameter)}): {problem}") : text!;

    private static ClientVersion Version(string? text, string parameter) =>
        ClientVersion.TryParse(text, out var v) ? v : throw new UsageException($"{parameter}: '{text}' is not a client version, e.g. 1.6.0");

    private async Task<T> SettingsAsync<T>(T settings, CancellationToken cancellationToken) where T : ReleaseSettings
    {
        ReleaseSettings common = settings with
        {
            Layout = new ReleaseStoreLayout(ReleasePrefix),
            SeedFile = ReleaseSeed,
            Author = await ReleaseAuthor.DetectAsync(BuildUser, RootDirectory, Context, cancellationToken),
            DryRun = DryRun,
            BaseRevision = ReleaseBaseRevision,
        };
        return (T)ConfigureRelease(common);
    }
}
