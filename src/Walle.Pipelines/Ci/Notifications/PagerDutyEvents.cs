using System.Net;
using System.Text.Json.Nodes;

namespace Walle.Pipelines.Ci;

/// <summary>
/// PagerDuty Events API v2 (<c>POST /v2/enqueue</c>): a <c>trigger</c> per failed target with the dedup key
/// <c>job/target</c>; on a successful run, a <c>resolve</c> with the same key for each target that succeeded.
/// No state is kept here: PagerDuty holds the open alerts by dedup key, and resolving a key with no open alert does nothing.
/// </summary>
internal static class PagerDutyEvents
{
    /// <summary>The dedup key of <paramref name="target"/>'s failures in <paramref name="job"/> (at most 255 characters).</summary>
    public static string DedupKey(string job, string target) => NoticeText.Limit($"{job}/{target}", 255);

    public static IEnumerable<WebhookRequest> Requests(BuildNotice notice, NotificationSettings settings)
    {
        if (settings.PagerDutyRoutingKey is not { } key) yield break;
        if (notice.IsFailure)
        {
            foreach (var target in notice.Failed)
            {
                var details = new JsonObject();
                foreach (var (label, value) in NoticeText.Facts(notice, settings)) details[label.ToLowerInvariant()] = value;
                if (NoticeText.Log(notice) is { } log && target == notice.Failed[0]) details["log"] = log;
                var body = new JsonObject
                {
                    ["routing_key"] = key,
                    ["event_action"] = "trigger",
                    ["dedup_key"] = DedupKey(settings.Job, target),
                    ["payload"] = new JsonObject
                    {
                        ["summary"] = NoticeText.Limit($"{settings.Game}{(settings.Version is { } v ? " " + v : "")}: {target} failed in {settings.Job}", 1024),
                        ["source"] = settings.Job,
                        ["severity"] = "error",
                        ["component"] = target,
                        ["group"] = settings.Game,
                        ["class"] = "build",
                        ["custom_details"] = details,
                    },
                    ["client"] = "Walle.Pipelines",
                };
                if (settings.Link is { } link)
                {
                    body["client_url"] = link;
                    body["links"] = new JsonArray(new JsonObject { ["href"] = link, ["text"] = "Build" });
                }

                yield return new WebhookRequest("PagerDuty", settings.PagerDutyUrl, body.ToJsonString(), Check);
            }
        }
        else if (notice.Status == "succeeded")
        {
            foreach (var target in notice.Succeeded)
                yield return new WebhookRequest("PagerDuty", settings.PagerDutyUrl, new JsonObject
                {
                    ["routing_key"] = key,
                    ["event_action"] = "resolve",
                    ["dedup_key"] = DedupKey(settings.Job, target),
                }.ToJsonString(), Check);
        }
    }

    /// <summary>202 Accepted is delivered; 400 says the event is invalid (not retried).</summary>
    private static string? Check(HttpStatusCode status, string body) =>
        status == HttpStatusCode.Accepted ? null : $"HTTP {(int)status}: {NoticeText.Limit(body, 300)}";
}
