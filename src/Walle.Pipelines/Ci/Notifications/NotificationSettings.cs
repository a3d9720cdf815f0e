namespace Walle.Pipelines.Ci;

/// <summary>
/// Where <see cref="Notifications"/> sends a build's result and how hard it tries. A channel without its URL or key
/// is off. Sending is bounded: each attempt by <see cref="AttemptTimeout"/>, each channel by <see cref="TotalTimeout"/>.
/// </summary>
public sealed record NotificationSettings
{
    /// <summary>The game's name shown in messages.</summary>
    public string Game { get; init; } = "game";

    /// <summary>The version shown in messages, or null.</summary>
    public string? Version { get; init; }

    /// <summary>The branch shown in messages, or null.</summary>
    public string? Branch { get; init; }

    /// <summary>The job whose failures PagerDuty tracks (with the target, the dedup key), e.g. Jenkins's JOB_NAME.</summary>
    public string Job { get; init; } = "local";

    /// <summary>The build's page (Jenkins BUILD_URL), linked from every message; null for none.</summary>
    public string? Link { get; init; }

    /// <summary>The run's log file, whose last lines of the failed target are quoted; null for none.</summary>
    public string? LogFile { get; init; }

    /// <summary>How many of the failed target's last log lines a message quotes.</summary>
    public int LogLines { get; init; } = 15;

    /// <summary>PagerDuty Events API v2 integration (routing) key; null: PagerDuty is off.</summary>
    public string? PagerDutyRoutingKey { get; init; }

    /// <summary>The Events API v2 endpoint.</summary>
    public Uri PagerDutyUrl { get; init; } = new("https://events.pagerduty.com/v2/enqueue");

    /// <summary>WeCom (企业微信) group robot webhook URL (…/cgi-bin/webhook/send?key=…); null: off.</summary>
    public string? WeComWebhook { get; init; }

    /// <summary>DingTalk custom robot webhook URL (…/robot/send?access_token=…); null: off.</summary>
    public string? DingTalkWebhook { get; init; }

    /// <summary>DingTalk's signing secret (SEC…), when the robot is set to sign; null: unsigned.</summary>
    public string? DingTalkSecret { get; init; }

    /// <summary>Feishu / Lark custom bot webhook URL (…/open-apis/bot/v2/hook/…); null: off.</summary>
    public string? FeishuWebhook { get; init; }

    /// <summary>Feishu's signing secret, when the bot is set to verify signatures; null: unsigned.</summary>
    public string? FeishuSecret { get; init; }

    /// <summary>Slack incoming webhook URL (https://hooks.slack.com/services/…); null: off.</summary>
    public string? SlackWebhook { get; init; }

    /// <summary>Chat robots also announce successful builds (PagerDuty always resolves on success).</summary>
    public bool ChatOnSuccess { get; init; }

    /// <summary>Attempts after the first, for network errors, timeouts, HTTP 429 and 5xx.</summary>
    public int Retries { get; init; } = 2;

    /// <summary>The first retry's delay; later ones double it (with jitter).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>How long one attempt may take.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long one channel may take, retries included; channels are sent to at the same time.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(15);
}
