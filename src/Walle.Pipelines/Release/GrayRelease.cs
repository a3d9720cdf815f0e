using System.Globalization;
using Walle.Pipelines.Engine;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// Gray release tasks (Argo Rollouts style): start a gray and run its steps up to the first pause, advance past
/// a pause, promote the gray to production, or abort it (everyone back on production).
/// </summary>
public static class GrayRelease
{
    /// <summary>Starts a gray on the selected tracks and runs its steps up to the first pause.</summary>
    public static Task<ReleaseResult> StartAsync(GrayStartSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        RoutingChanges.ApplyAsync(settings, context, document => StartOnAsync(document, settings, context, cancellationToken), cancellationToken);

    /// <summary>The gray start applied to <paramref name="document"/> (also used by an approval into gray).</summary>
    internal static async Task<(RoutingDocument Next, string Summary)> StartOnAsync(RoutingDocument document, GrayStartSettings settings, BuildContext context, CancellationToken cancellationToken)
    {
        var selected = RoutingChanges.Select(document, settings.Tracks);
        var notes = new List<string>();
        var next = await RoutingChanges.UpdateAsync(document, selected, async track =>
        {
            if (track.Gray is { } running)
                throw new ReleaseException($"Gray {running.Version} is already running on {track.Name} ({Describe(running)}); promote it (GrayPromote) or abort it (GrayAbort) before starting another.");
            var gray = await AdvanceAsync(track, NewSlot(settings.Plan, context), 0, context, settings.Http, cancellationToken);
            notes.Add($"{track.Name} at {Percent(gray.Percentage)}");
            return track with { Gray = gray };
        });
        return (next, $"GrayStart {settings.Plan.Version}: {string.Join(", ", notes)}");
    }

    /// <summary>Moves past the pause the gray stands at and runs the steps up to the next pause.</summary>
    public static Task<ReleaseResult> NextAsync(GrayStepSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        RoutingChanges.ApplyAsync(settings, context, async document =>
        {
            var notes = new List<string>();
            var next = await RoutingChanges.UpdateAsync(document, Running(document, settings.Tracks, "advance"), async track =>
            {
                var gray = track.Gray!;
                if (gray.Step >= gray.Steps.Count)
                    throw new ReleaseException($"Gray {gray.Version} on {track.Name} has done all its {gray.Steps.Count} steps ({Percent(gray.Percentage)}): run GrayPromote to make it production, or GrayAbort.");
                var pause = gray.Steps[gray.Step];
                var now = RoutingChanges.Now(context);
                if (pause.Kind == GrayStepKind.Pause && pause.Duration is { } wait && gray.StepReachedAt is { } since && now < since + wait)
                    throw new ReleaseException($"Gray {gray.Version} on {track.Name} pauses {PauseDuration.Format(wait)} from {since:u}; GrayNext is possible from {since + wait:u} (in {Math.Ceiling((since + wait - now).TotalMinutes)} min).");
                var advanced = await AdvanceAsync(track, gray, gray.Step + 1, context, settings.Http, cancellationToken);
                notes.Add($"{track.Name} {Percent(gray.Percentage)} → {Percent(advanced.Percentage)}");
                return track with { Gray = advanced };
            });
            return (next, $"GrayNext: {string.Join(", ", notes)}");
        }, cancellationToken);

    /// <summary>Makes the gray the production route (version, manifest, server group, client versions) and ends it.</summary>
    public static Task<ReleaseResult> PromoteAsync(GrayStepSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        RoutingChanges.ApplyAsync(settings, context, async document =>
        {
            var notes = new List<string>();
            var next = await RoutingChanges.UpdateAsync(document, Running(document, settings.Tracks, "promote"), track =>
            {
                var gray = track.Gray!;
                var p = track.Production;
                var range = gray.ClientVersions ?? p.ClientVersions;
                notes.Add($"{track.Name} {p.Version} → {gray.Version}");
                return Task.FromResult(track with
                {
                    Gray = null,
                    Production = new ProductionRoute
                    {
                        Version = gray.Version,
                        Manifest = gray.Manifest,
                        ServerGroup = gray.ServerGroup,
                        ClientVersions = new VersionRange(Min(p.ClientVersions.Min, range.Min), Max(p.ClientVersions.Max, range.Max)),
                    },
                });
            });
            return (next, $"GrayPromote: {string.Join(", ", notes)}");
        }, cancellationToken);

    /// <summary>Ends the gray: everyone back on the production route (the previous version).</summary>
    public static Task<ReleaseResult> AbortAsync(GrayStepSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        RoutingChanges.ApplyAsync(settings, context, async document =>
        {
            var notes = new List<string>();
            var next = await RoutingChanges.UpdateAsync(document, Running(document, settings.Tracks, "abort"), track =>
            {
                notes.Add($"{track.Name} {track.Gray!.Version} at {Percent(track.Gray.Percentage)} → 0%, back on {track.Production.Version}");
                return Task.FromResult(track with { Gray = null });
            });
            return (next, $"GrayAbort: {string.Join(", ", notes)}");
        }, cancellationToken);

    /// <summary><c>20% · step 4/10 (pause)</c>.</summary>
    public static string Describe(GraySlot gray) => $"{Percent(gray.Percentage)} · {GraySteps.Position(gray)}";

    private static IReadOnlyList<ReleaseTrack> Running(RoutingDocument document, TrackSelector selector, string verb)
    {
        var tracks = RoutingChanges.Select(document, selector).Where(t => t.Gray != null).ToList();
        if (tracks.Count == 0)
            throw new ReleaseException($"No gray is running on {selector}: nothing to {verb} (it may have been promoted or aborted already; see ReleaseStatus / ReleaseHistory).");
        return tracks;
    }

    private static GraySlot NewSlot(GrayPlan plan, BuildContext context) => new()
    {
        Version = plan.Version,
        ClientVersions = plan.ClientVersions,
        Manifest = plan.Manifest,
        ServerGroup = plan.ServerGroup,
        Percentage = 0,
        Salt = plan.Salt ?? "gray-" + plan.Version,
        Accounts = plan.Accounts,
        Devices = plan.Devices,
        Networks = plan.Networks,
        Steps = plan.Steps,
        StartedAt = RoutingChanges.Now(context),
    };

    /// <summary>Runs steps from <paramref name="from"/>: weights apply, gates must pass, a pause stops.</summary>
    private static async Task<GraySlot> AdvanceAsync(ReleaseTrack track, GraySlot gray, int from, BuildContext context, HttpClient? http, CancellationToken cancellationToken)
    {
        for (int i = from; i < gray.Steps.Count; i++)
        {
            var step = gray.Steps[i];
            switch (step.Kind)
            {
                case GrayStepKind.SetWeight:
                    gray = gray with { Percentage = step.Weight };
                    break;
                case GrayStepKind.Pause:
                    return gray with { Step = i, StepReachedAt = RoutingChanges.Now(context) };
                default:
                    using (var own = http == null ? new HttpClient { Timeout = TimeSpan.FromSeconds(30) } : null)
                    {
                        var failure = await GrayGate.EvaluateAsync(step, http ?? own!, cancellationToken);
                        if (failure != null)
                            throw new ReleaseException($"Gate step {i + 1} of gray {gray.Version} on {track.Name} failed ({GraySteps.Format(step)}): {failure}. Nothing was written; the gray stays at {Percent(track.Gray?.Percentage ?? 0)}. Fix the cause and run again, or GrayAbort.");
                        context.Logger.Information("Gate passed on {Track}: {Step}", track.Name, GraySteps.Format(step));
                    }
                    break;
            }
        }
        return gray with { Step = gray.Steps.Count, StepReachedAt = RoutingChanges.Now(context) };
    }

    private static string Percent(decimal p) => p.ToString("0.##", CultureInfo.InvariantCulture) + "%";

    private static ClientVersion Min(ClientVersion a, ClientVersion b) => a < b ? a : b;

    private static ClientVersion Max(ClientVersion a, ClientVersion b) => a > b ? a : b;
}
