using System.Net;
using System.Text;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Release;

public class GrayReleaseTests
{
    [Fact]
    public async Task Start_from_the_seed_publishes_revision_1_and_stops_at_the_first_pause()
    {
        using var f = new ReleaseFixture();
        var result = await GrayRelease.StartAsync(f.Start(), f.Context);
        Assert.True(result.Published);
        Assert.Equal(["release/revisions/000001.json", "release/routing.json"], await f.KeysAsync());
        var live = await f.LiveAsync();
        Assert.Equal(1, live.Revision);
        var gray = live.Tracks[0].Gray!;
        Assert.Equal(1m, gray.Percentage);
        Assert.Equal(1, gray.Step);
        Assert.Equal("gray-1.5.1", gray.Salt);
        Assert.Null(live.Tracks[1].Gray);
        Assert.Equal("alice", live.Change!.By);
        Assert.Equal("GrayStart 1.5.1: ios/appstore at 1%", live.Change.Summary);
        Assert.Contains("+ tracks[ios/appstore].gray.percentage = 1%", result.Diff);
        Assert.Equal(RouteReason.GrayAccount, new RoutingResolver(live).Resolve("ios", "appstore", "1.5.0", "qa-001").Reason);
    }

    [Fact]
    public async Task A_gray_of_a_non_url_manifest_or_a_non_numeric_version_is_never_published()
    {
        using var f = new ReleaseFixture();
        var start = f.Start();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(start with { Plan = start.Plan with { Version = "abc", Manifest = "not-a-url" } }, f.Context));
        Assert.Contains("nothing was written", e.Message);
        Assert.Contains("$.tracks[ios/appstore].gray.manifest: 'not-a-url' is not an absolute http(s) URL", e.Message);
        Assert.Contains("$.tracks[ios/appstore].gray.version: 'abc' is not a version a cocos2d-x client compares", e.Message);
        Assert.Empty(await f.KeysAsync());
    }

    [Fact]
    public async Task Next_walks_the_steps_and_honours_timed_pauses()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var next = await GrayRelease.NextAsync(f.Step(), f.Context);
        Assert.Contains("~ tracks[ios/appstore].gray.percentage: 1% → 5%", next.Diff);
        Assert.Equal("GrayNext: ios/appstore 1% → 5%", next.After.Change!.Summary);

        f.Clock.Now = f.Clock.Now.AddMinutes(10);
        var early = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("pauses 30m from 2026-11-25 10:00:00Z; GrayNext is possible from 2026-11-25 10:30:00Z (in 20 min)", early.Message);
        Assert.Equal(2, (await f.LiveAsync()).Revision);

        f.Clock.Now = f.Clock.Now.AddMinutes(20);
        await GrayRelease.NextAsync(f.Step(), f.Context);
        var live = await f.LiveAsync();
        Assert.Equal(20m, live.Tracks[0].Gray!.Percentage);
        Assert.Equal(5, live.Tracks[0].Gray!.Step);

        await GrayRelease.NextAsync(f.Step(), f.Context);
        var done = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("has done all its 6 steps (20%): run GrayPromote", done.Message);
    }

    [Fact]
    public async Task Promote_makes_the_gray_production()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start() with { Plan = f.Start().Plan with { ClientVersions = VersionRange.Parse("1.5.0 - 1.6.0") } }, f.Context);
        var result = await GrayRelease.PromoteAsync(f.Step(), f.Context);
        var track = result.After.Tracks[0];
        Assert.Null(track.Gray);
        Assert.Equal("1.5.1", track.Production.Version);
        Assert.Equal("gray", track.Production.ServerGroup);
        Assert.Equal("1.4.0 - 1.6.0", track.Production.ClientVersions.ToString());
        Assert.Contains("~ tracks[ios/appstore].production.version: 1.5.0 → 1.5.1", result.Diff);
    }

    [Fact]
    public async Task Promote_with_no_gray_running_is_refused()
    {
        using var f = new ReleaseFixture();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.PromoteAsync(f.Step(), f.Context));
        Assert.Contains("No gray is running on ios/appstore: nothing to promote", e.Message);
        Assert.Empty(await f.KeysAsync());
    }

    [Fact]
    public async Task Abort_twice_is_refused_the_second_time()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var abort = await GrayRelease.AbortAsync(f.Step(), f.Context);
        Assert.Null(abort.After.Tracks[0].Gray);
        Assert.Equal("1.5.0", abort.After.Tracks[0].Production.Version);
        Assert.Contains("GrayAbort: ios/appstore 1.5.1 at 1% → 0%, back on 1.5.0", abort.After.Change!.Summary);
        var again = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.AbortAsync(f.Step(), f.Context));
        Assert.Contains("No gray is running on ios/appstore: nothing to abort", again.Message);
        Assert.Equal(2, (await f.LiveAsync()).Revision);
    }

    [Fact]
    public async Task Starting_over_a_running_gray_is_refused()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start(), f.Context);
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(f.Start(), f.Context));
        Assert.Contains("Gray 1.5.1 is already running on ios/appstore (1% · step 2/6 (pause))", e.Message);
    }

    [Fact]
    public async Task A_channel_less_selector_changes_every_channel_of_the_platform()
    {
        var seed = Samples.Document() with { Tracks = [Samples.Track("android", "taptap"), Samples.Track("android", "huawei"), Samples.Track("ios", "appstore")] };
        using var f = new ReleaseFixture(seed: seed);
        var result = await GrayRelease.StartAsync(f.Start(platform: "android", channel: null), f.Context);
        Assert.NotNull(result.After.Tracks[0].Gray);
        Assert.NotNull(result.After.Tracks[1].Gray);
        Assert.Null(result.After.Tracks[2].Gray);
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(f.Start(platform: "android", channel: "google"), f.Context));
        Assert.Contains("No track android/google in the routing document; tracks: android/taptap, android/huawei, ios/appstore", e.Message);
    }

    [Fact]
    public async Task Dry_run_shows_the_diff_and_writes_nothing()
    {
        using var f = new ReleaseFixture();
        var result = await GrayRelease.StartAsync(f.Start() with { DryRun = true }, f.Context);
        Assert.False(result.Published);
        Assert.Contains("+ tracks[ios/appstore].gray.version = 1.5.1", result.Diff);
        Assert.Empty(await f.KeysAsync());
    }

    [Fact]
    public async Task An_invalid_result_is_refused_before_writing()
    {
        using var f = new ReleaseFixture();
        var start = f.Start();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(start with { Plan = start.Plan with { ServerGroup = "canary" } }, f.Context));
        Assert.Contains("invalid routing document, nothing was written", e.Message);
        Assert.Contains("unknown server group 'canary'", e.Message);
        Assert.Empty(await f.KeysAsync());
    }

    [Fact]
    public async Task Without_live_document_or_seed_the_error_says_what_to_create()
    {
        using var f = new ReleaseFixture();
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.StartAsync(f.Start() with { SeedFile = Path.Combine(f.Root, "missing.json") }, f.Context));
        Assert.Contains("no live routing document", e.Message);
        Assert.Contains("missing.json", e.Message);
        Assert.Equal(ReleaseRefusal.NoSeed, e.Reason);
        Assert.Contains("ReleaseSettings.SeedFile", e.Message);
    }

    [Theory]
    [InlineData("5%, wait", "'wait' is not a gray step")]
    [InlineData("5%, pause 3 weeks", "'pause 3 weeks' is not a gray step")]
    [InlineData("metric http://prom:9090 up", "'metric http://prom:9090 up' is not a gray step")]
    [InlineData(" , ", "GraySteps is empty")]
    public void Bad_steps_are_refused(string steps, string message) =>
        Assert.Contains(message, Assert.Throws<ReleaseException>(() => GraySteps.Parse(steps)).Message);

    [Fact]
    public void Steps_round_trip_through_their_text_form()
    {
        const string text = "1%, pause, 12.5%, pause 30m, check https://health/ok, metric http://prom:9090 sum(rate(crash_total[5m])) <= 0.01, 100%";
        Assert.Equal(text, GraySteps.Format(GraySteps.Parse(text)));
    }

    [Fact]
    public async Task Gates_must_pass_before_the_rollout_continues()
    {
        using var server = new GateServer();
        using var f = new ReleaseFixture();
        var steps = $"1%, pause, check {server.Url}health, metric {server.Url} crash_rate <= 0.01, 10%, pause";
        await GrayRelease.StartAsync(f.Start(steps), f.Context);

        server.HealthStatus = HttpStatusCode.ServiceUnavailable;
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("Gate step 3 of gray 1.5.1 on ios/appstore failed", e.Message);
        Assert.Contains("answered 503", e.Message);
        Assert.Contains("Nothing was written; the gray stays at 1%", e.Message);

        server.HealthStatus = HttpStatusCode.OK;
        server.CrashRate = "0.05";
        e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("'crash_rate' = 0.05, above the maximum 0.01", e.Message);
        Assert.Equal(1, (await f.LiveAsync()).Revision);

        server.CrashRate = "0.002";
        await GrayRelease.NextAsync(f.Step(), f.Context);
        Assert.Equal(10m, (await f.LiveAsync()).Tracks[0].Gray!.Percentage);
        Assert.Contains("query=crash_rate", server.LastQuery);
    }

    [Fact]
    public async Task An_unreachable_gate_fails_and_names_the_address()
    {
        using var f = new ReleaseFixture();
        await GrayRelease.StartAsync(f.Start("1%, pause, check http://127.0.0.1:1/health, 5%, pause"), f.Context);
        var e = await Assert.ThrowsAsync<ReleaseException>(() => GrayRelease.NextAsync(f.Step(), f.Context));
        Assert.Contains("could not reach http://127.0.0.1:1/health", e.Message);
        Assert.Equal(1m, (await f.LiveAsync()).Tracks[0].Gray!.Percentage);
    }

    /// <summary>A real HTTP server on loopback answering a health check and a Prometheus query.</summary>
    private sealed class GateServer : IDisposable
    {
        private readonly HttpListener _listener;

        public GateServer()
        {
            _listener = Loopback.StartHttp(out var url);
            Url = url;
            _ = Task.Run(ServeAsync);
        }

        public string Url { get; }
        public HttpStatusCode HealthStatus { get; set; } = HttpStatusCode.OK;
        public string CrashRate { get; set; } = "0";
        public string LastQuery { get; private set; } = "";

        private async Task ServeAsync()
        {
            while (_listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await _listener.GetContextAsync();
                }
                catch (Exception)
                {
                    return;
                }
                var path = context.Request.Url!.AbsolutePath;
                byte[] body = [];
                if (path == "/health") context.Response.StatusCode = (int)HealthStatus;
                else
                {
                    LastQuery = context.Request.Url.Query;
                    body = Encoding.UTF8.GetBytes("{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":[{\"metric\":{},\"value\":[1764064800,\"" + CrashRate + "\"]}]}}");
                }
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        public void Dispose() => _listener.Close();
    }
}
