using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci.Tests.Notifications;

/// <summary>Notifications from real builds to a real HTTP server on loopback, checked against each service's published format.</summary>
public sealed class NotificationTests : IDisposable
{
    private const string DingTalkSecret = "SEC0123456789abcdef-dingtalk";
    private const string FeishuSecret = "feishu-signing-secret-42";
    private const string RoutingKey = "R0UT1NGKEYR0UT1NGKEYR0UT1NGKEY01";
    private readonly BuildHarness _build = new();
    private readonly LoopbackServer _server = new();

    public NotificationTests()
    {
        _build.Environment["JENKINS_URL"] = "https://jenkins.studio.example/";
        _build.Environment["BUILD_NUMBER"] = "88";
        _build.Environment["BUILD_URL"] = "https://jenkins.studio.example/job/vega/job/release/88/";
        _build.Environment["JOB_NAME"] = "vega/release";
        _build.Environment["BRANCH_NAME"] = "release/2.3";
        _build.Environment["NOTIFY_GAME"] = "Vega";
        _build.Environment["PagerDutyRoutingKey"] = RoutingKey;
        _build.Environment["WeComWebhook"] = $"{_server.Url}/wecom?key=wecom-key-693a91f6";
        _build.Environment["DingTalkWebhook"] = $"{_server.Url}/dingtalk?access_token=dingtalk-token-b1946ac9";
        _build.Environment["DingTalkSecret"] = DingTalkSecret;
        _build.Environment["FeishuWebhook"] = $"{_server.Url}/feishu";
        _build.Environment["FeishuSecret"] = FeishuSecret;
        _build.Environment["SlackWebhook"] = $"{_server.Url}/slack";
    }

    public void Dispose()
    {
        _server.Dispose();
        _build.Dispose();
    }

    private sealed class GameBuild(string server, bool fail) : WalleBuild, INotifications
    {
        public Target Compile => _ => _.Executes(() => Context.Logger.Information("compiled"));

        public Target Package => _ => _.DependsOn(Compile).Executes(() =>
        {
            for (var i = 1; i <= 30; i++) Context.Logger.Information("packing step {Step} of 30", i);
            if (fail) throw new InvalidOperationException("apksigner: keystore was tampered with");
        });

        public NotificationSettings ConfigureNotifications(NotificationSettings settings) => settings with
        {
            Version = "2.3.1",
            PagerDutyUrl = new Uri(server + "/pagerduty"),
            LogLines = 5,
            RetryDelay = TimeSpan.FromMilliseconds(50),
            // Generous for a loaded 2-core machine: a slow answer past the attempt timeout is sent again (a duplicate).
            AttemptTimeout = TimeSpan.FromSeconds(3),
            TotalTimeout = TimeSpan.FromSeconds(6),
        };
    }

    private (int ExitCode, string Output) Run(bool fail) => _build.Run(new GameBuild(_server.Url, fail), "Package");

    private static JsonElement Json(RecordedRequest request) => JsonDocument.Parse(request.Body).RootElement;

    [Fact]
    public void A_failure_reaches_every_service_once_in_its_format_and_no_key_is_printed()
    {
        var (exit, output) = Run(fail: true);

        Assert.Equal(ExitCodes.BuildFailed, exit);
        Assert.Equal(5, _server.Requests.Count);
        Assert.All(_server.Requests, r => Assert.Equal("POST", r.Method));
        Assert.All(_server.Requests, r => Assert.StartsWith("application/json", r.ContentType));
        foreach (var channel in new[] { "PagerDuty", "WeCom", "DingTalk", "Feishu", "Slack" }) Assert.Contains($"Notified {channel}", output);
        foreach (var secret in new[] { RoutingKey, "wecom-key-693a91f6", "dingtalk-token-b1946ac9", DingTalkSecret, FeishuSecret })
            Assert.DoesNotContain(secret, output);
    }

    [Fact]
    public void PagerDuty_gets_an_events_v2_trigger_with_the_job_and_target_as_dedup_key()
    {
        Run(fail: true);
        var trigger = Json(Assert.Single(_server.To("/pagerduty")));

        Assert.Equal(RoutingKey, trigger.GetProperty("routing_key").GetString());
        Assert.Equal("trigger", trigger.GetProperty("event_action").GetString());
        Assert.Equal("vega/release/Package", trigger.GetProperty("dedup_key").GetString());
        var payload = trigger.GetProperty("payload");
        Assert.InRange(payload.GetProperty("summary").GetString()!.Length, 1, 1024);
        Assert.Contains("Package", payload.GetProperty("summary").GetString());
        Assert.Equal("vega/release", payload.GetProperty("source").GetString());
        Assert.Contains(payload.GetProperty("severity").GetString(), new[] { "critical", "error", "warning", "info" });
        var log = payload.GetProperty("custom_details").GetProperty("log").GetString()!;
        Assert.Contains("packing step 30 of 30", log);
        Assert.DoesNotContain("packing step 20 of 30", log); // only the last lines
        Assert.DoesNotContain("compiled", log); // only the failed target's lines
        Assert.Equal("https://jenkins.studio.example/job/vega/job/release/88/", trigger.GetProperty("links")[0].GetProperty("href").GetString());
    }

    [Fact]
    public void The_next_success_of_the_job_resolves_the_same_dedup_key_and_the_robots_stay_quiet()
    {
        Run(fail: true);
        var triggered = Json(_server.To("/pagerduty")[0]).GetProperty("dedup_key").GetString();

        var (exit, output) = Run(fail: false);

        Assert.True(exit == 0, output);
        var resolves = _server.To("/pagerduty").Skip(1).Select(Json).ToList();
        Assert.All(resolves, r => Assert.Equal("resolve", r.GetProperty("event_action").GetString()));
        Assert.Contains(triggered, resolves.Select(r => r.GetProperty("dedup_key").GetString()));
        Assert.All(resolves, r => Assert.Equal(RoutingKey, r.GetProperty("routing_key").GetString()));
        Assert.Single(_server.To("/slack")); // only the failure's
    }

    [Fact]
    public void WeCom_gets_markdown_with_game_version_branch_target_log_duration_and_link_within_4096_bytes()
    {
        Run(fail: true);
        var request = Assert.Single(_server.To("/wecom"));
        var body = Json(request);

        Assert.Equal("wecom-key-693a91f6", request.Query["key"]);
        Assert.Equal("markdown", body.GetProperty("msgtype").GetString());
        var content = body.GetProperty("markdown").GetProperty("content").GetString()!;
        Assert.InRange(Encoding.UTF8.GetByteCount(content), 1, 4096);
        foreach (var fact in new[] { "Vega", "2.3.1", "release/2.3", "Package", "packing step 30 of 30", "https://jenkins.studio.example/job/vega/job/release/88/" })
            Assert.Contains(fact, content);
        Assert.Matches(@"Duration: <font color=""comment"">\d+s</font>", content);
    }

    [Fact]
    public void DingTalk_gets_markdown_signed_with_hmac_sha256_of_the_millisecond_timestamp_and_secret()
    {
        Run(fail: true);
        var request = Assert.Single(_server.To("/dingtalk"));
        var body = Json(request);

        Assert.Equal("dingtalk-token-b1946ac9", request.Query["access_token"]);
        var timestamp = request.Query["timestamp"];
        Assert.InRange(DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(timestamp)), request.At.AddHours(-1), request.At.AddHours(1));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes(DingTalkSecret));
        Assert.Equal(Convert.ToBase64String(hmac.ComputeHash(Encoding.UTF8.GetBytes($"{timestamp}\n{DingTalkSecret}"))), request.Query["sign"]);
        Assert.Equal("markdown", body.GetProperty("msgtype").GetString());
        Assert.Contains("Package", body.GetProperty("markdown").GetProperty("title").GetString());
        Assert.Contains("packing step 30 of 30", body.GetProperty("markdown").GetProperty("text").GetString());
    }

    [Fact]
    public void Feishu_gets_an_interactive_card_signed_with_the_second_timestamp_and_secret_as_the_key()
    {
        Run(fail: true);
        var request = Assert.Single(_server.To("/feishu"));
        var body = Json(request);

        var timestamp = body.GetProperty("timestamp").GetString()!;
        Assert.InRange(DateTimeOffset.FromUnixTimeSeconds(long.Parse(timestamp)), request.At.AddHours(-1), request.At.AddHours(1));
        using var hmac = new HMACSHA256(Encoding.UTF8.GetBytes($"{timestamp}\n{FeishuSecret}"));
        Assert.Equal(Convert.ToBase64String(hmac.ComputeHash([])), body.GetProperty("sign").GetString());
        Assert.Equal("interactive", body.GetProperty("msg_type").GetString());
        var card = body.GetProperty("card");
        Assert.Equal("red", card.GetProperty("header").GetProperty("template").GetString());
        Assert.Contains("Package", card.GetProperty("header").GetProperty("title").GetProperty("content").GetString());
        Assert.Equal("lark_md", card.GetProperty("elements")[0].GetProperty("text").GetProperty("tag").GetString());
        Assert.Equal("https://jenkins.studio.example/job/vega/job/release/88/", card.GetProperty("elements")[1].GetProperty("actions")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void Slack_gets_block_kit_with_a_header_fields_the_log_and_a_button()
    {
        Run(fail: true);
        var body = Json(Assert.Single(_server.To("/slack")));
        var blocks = body.GetProperty("blocks").EnumerateArray().ToList();

        Assert.Contains("Package", body.GetProperty("text").GetString());
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("plain_text", blocks[0].GetProperty("text").GetProperty("type").GetString());
        Assert.InRange(blocks[0].GetProperty("text").GetProperty("text").GetString()!.Length, 1, 150);
        var fields = blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToList();
        Assert.InRange(fields.Count, 1, 10);
        Assert.Contains("*Branch*\nrelease/2.3", fields);
        Assert.Contains(blocks, b => b.GetProperty("type").GetString() == "section" && b.TryGetProperty("text", out var t) && t.GetProperty("text").GetString()!.Contains("packing step 30 of 30"));
        var actions = blocks.Single(b => b.GetProperty("type").GetString() == "actions");
        Assert.Equal("https://jenkins.studio.example/job/vega/job/release/88/", actions.GetProperty("elements")[0].GetProperty("url").GetString());
    }

    [Fact]
    public void A_webhook_answering_500_is_retried_a_bounded_number_of_times_then_warned_about_and_the_result_stands()
    {
        _server.Answer("/slack", 500, "internal error");
        _server.Answer("/pagerduty", 500, "upstream down");

        var (failedExit, failedOutput) = Run(fail: true);
        var (okExit, okOutput) = Run(fail: false);

        Assert.Equal(ExitCodes.BuildFailed, failedExit);
        Assert.Equal(ExitCodes.Success, okExit);
        Assert.Equal(3, _server.To("/slack").Count); // 1 + 2 retries, from the failure only
        Assert.Contains("WRN Notification to Slack not delivered after 3 attempt(s): HTTP 500: internal error", failedOutput);
        Assert.Contains("WRN Notification to PagerDuty not delivered after 3 attempt(s)", okOutput);
        Assert.Contains("Build succeeded", okOutput);
        // Listed under the summary table too, where people look.
        var warning = failedOutput.IndexOf("  Warning: Notification to Slack not delivered after 3 attempt(s)", StringComparison.Ordinal);
        Assert.True(warning > failedOutput.IndexOf("Build failed", StringComparison.Ordinal), failedOutput);
    }

    [Fact]
    public void A_webhook_that_never_answers_is_given_up_on_within_the_total_timeout()
    {
        _server.Hang("/wecom");
        var clock = Stopwatch.StartNew();

        var (exit, output) = Run(fail: true);

        Assert.Equal(ExitCodes.BuildFailed, exit);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"took {clock.Elapsed}"); // total timeout 6 s, plus the build
        Assert.Contains("WRN Notification to WeCom not delivered", output);
        Assert.Contains("Notified Slack", output);
        Assert.InRange(_server.To("/wecom").Count, 1, 3);
    }

    [Fact]
    public void A_robot_that_answers_200_with_an_error_code_is_warned_about_without_retrying()
    {
        _server.Answer("/dingtalk", 200, """{"errcode":310000,"errmsg":"sign not match"}""");

        var (_, output) = Run(fail: true);

        Assert.Single(_server.To("/dingtalk"));
        Assert.Contains("Notification to DingTalk not delivered after 1 attempt(s): errcode 310000: sign not match", output);
    }

    [Fact]
    public void Without_keys_nothing_is_sent_and_nothing_is_warned()
    {
        foreach (var key in new[] { "PagerDutyRoutingKey", "WeComWebhook", "DingTalkWebhook", "FeishuWebhook", "SlackWebhook" }) _build.Environment.Remove(key);

        var (exit, output) = Run(fail: true);

        Assert.Equal(ExitCodes.BuildFailed, exit);
        Assert.Empty(_server.Requests);
        Assert.DoesNotContain("Notification", output);
    }
}
