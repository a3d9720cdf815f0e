using Walle.Pipelines.Ci;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Components;

/// <summary>
/// Tells people how a build went, when it has finished: PagerDuty (trigger on failure with dedup key
/// <c>job/target</c>, resolve when the job next succeeds) and the WeCom, DingTalk, Feishu/Lark and Slack robots.
/// A build composing it gets the <see cref="IBuildExtension.OnBuildFinished"/> hook; a build that implements that
/// hook itself calls <see cref="Notify"/> from it. Undeliverable notifications are warnings, never a failure.
/// </summary>
public interface INotifications : IWalleBuild, IBuildExtension
{
    /// <summary>PagerDuty Events API v2 integration key.</summary>
    [Parameter("PagerDuty Events API v2 integration (routing) key: failures trigger an alert per job and target, the next success resolves it"), Secret]
    string? PagerDutyRoutingKey => TryGetValue<string>(nameof(PagerDutyRoutingKey));

    /// <summary>WeCom group robot webhook URL.</summary>
    [Parameter("WeCom (企业微信) group robot webhook URL, with its key"), Secret]
    string? WeComWebhook => TryGetValue<string>(nameof(WeComWebhook));

    /// <summary>DingTalk custom robot webhook URL.</summary>
    [Parameter("DingTalk custom robot webhook URL, with its access_token"), Secret]
    string? DingTalkWebhook => TryGetValue<string>(nameof(DingTalkWebhook));

    /// <summary>DingTalk signing secret.</summary>
    [Parameter("DingTalk robot signing secret (SEC...), when the robot signs"), Secret]
    string? DingTalkSecret => TryGetValue<string>(nameof(DingTalkSecret));

    /// <summary>Feishu/Lark custom bot webhook URL.</summary>
    [Parameter("Feishu/Lark custom bot webhook URL"), Secret]
    string? FeishuWebhook => TryGetValue<string>(nameof(FeishuWebhook));

    /// <summary>Feishu/Lark signing secret.</summary>
    [Parameter("Feishu/Lark bot signing secret, when the bot verifies signatures"), Secret]
    string? FeishuSecret => TryGetValue<string>(nameof(FeishuSecret));

    /// <summary>Slack incoming webhook URL.</summary>
    [Parameter("Slack incoming webhook URL"), Secret]
    string? SlackWebhook => TryGetValue<string>(nameof(SlackWebhook));

    /// <summary>The game's name in messages.</summary>
    [Parameter("Game name in notifications (default: the repository folder's name)")]
    string NotifyGame => TryGetValue<string>(nameof(NotifyGame)) ?? Path.GetFileName(RootDirectory.TrimEnd('/', '\\'));

    /// <summary>The version in messages.</summary>
    [Parameter("Version shown in notifications (default: none)")]
    string? NotifyVersion => TryGetValue<string>(nameof(NotifyVersion));

    /// <summary>Customises the notifications (channels, content, retries, timeouts).</summary>
    NotificationSettings ConfigureNotifications(NotificationSettings settings) => settings;

    /// <summary>The settings built from parameters, the Jenkins build (job, branch, link) and <see cref="ConfigureNotifications"/>.</summary>
    NotificationSettings NotificationSettings
    {
        get
        {
            var host = JenkinsHost.TryDetect(Context.Environment);

            var settings = new NotificationSettings
            {
                Game = NotifyGame,
                Version = NotifyVersion,
                Branch = host?.BranchName ?? (Context.Environment.TryGetValue("GIT_BRANCH", out var branch) && branch.Length > 0 ? branch : null),
                Link = host?.BuildUrl,
                Job = host?.JobName ?? NotifyGame,
                LogFile = Path.Combine(TemporaryDirectory, "build.log"),
                PagerDutyRoutingKey = PagerDutyRoutingKey,
                WeComWebhook = WeComWebhook,
                DingTalkWebhook = DingTalkWebhook,
                DingTalkSecret = DingTalkSecret,
                FeishuWebhook = FeishuWebhook,
                FeishuSecret = FeishuSecret,
                SlackWebhook = SlackWebhook,
            };
            return ConfigureNotifications(settings);
        }
    }

    /// <summary>Sends <paramref name="outcome"/> and warns about every notification that could not be delivered.</summary>
    void Notify(BuildOutcome outcome)
    {
        var settings = NotificationSettings;
        var results = Notifications.SendAsync(BuildNotice.From(outcome, settings), settings, Context).GetAwaiter().GetResult();
        foreach (var result in results)
        {
            if (result.Delivered)
                Context.Logger.Information("Notified {Channel}", result.Channel);
            else
                Context.WarnInSummary($"Notification to {result.Channel} not delivered after {result.Attempts} attempt(s): {result.Problem}. The build's result is unchanged; check the {result.Channel} parameters (see --help).");
        }
    }

    void IBuildExtension.OnBuildFinished(BuildOutcome outcome) => Notify(outcome);
}
