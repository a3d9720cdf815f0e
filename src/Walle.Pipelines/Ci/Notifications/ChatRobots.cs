using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Walle.Pipelines.Ci;

/// <summary>
/// The chat robots the studio uses, each in its published message format: WeCom markdown, DingTalk markdown (signed
/// with HMAC-SHA256 of <c>timestamp\nsecret</c>, key = secret, in the query), Feishu/Lark interactive card (signed
/// with HMAC-SHA256, key = <c>timestamp\nsecret</c>, empty message, in the body) and Slack Block Kit.
/// </summary>
internal static class ChatRobots
{
    public static IEnumerable<WebhookRequest> Requests(BuildNotice notice, NotificationSettings settings, DateTimeOffset now)
    {
        if (!notice.IsFailure && !(settings.ChatOnSuccess && notice.Status == "succeeded")) yield break;
        if (settings.WeComWebhook is { } wecom) yield return WeCom(notice, settings, new Uri(wecom));
        if (settings.DingTalkWebhook is { } dingtalk) yield return DingTalk(notice, settings, new Uri(dingtalk), now);
        if (settings.FeishuWebhook is { } feishu) yield return Feishu(notice, settings, new Uri(feishu), now);
        if (settings.SlackWebhook is { } slack) yield return Slack(notice, settings, new Uri(slack));
    }

    /// <summary>markdown.content: at most 4096 UTF-8 bytes.</summary>
    private static WebhookRequest WeCom(BuildNotice notice, NotificationSettings settings, Uri url)
    {
        var color = notice.IsFailure ? "warning" : "info";
        var text = new StringBuilder($"## <font color=\"{color}\">{NoticeText.Title(notice, settings)}</font>\n");
        foreach (var (label, value) in NoticeText.Facts(notice, settings)) text.Append($"> {label}: <font color=\"comment\">{value}</font>\n");
        if (settings.Link is { } link) text.Append($"[Open the build]({link})\n");
        if (NoticeText.Log(notice) is { } log) text.Append("```\n").Append(log).Append("\n```\n");
        var body = new JsonObject { ["msgtype"] = "markdown", ["markdown"] = new JsonObject { ["content"] = NoticeText.Limit(text.ToString(), 4096) } };
        return new WebhookRequest("WeCom", url, body.ToJsonString(), ErrCode);
    }

    private static WebhookRequest DingTalk(BuildNotice notice, NotificationSettings settings, Uri url, DateTimeOffset now)
    {
        var text = new StringBuilder($"### {NoticeText.Title(notice, settings)}\n\n");
        foreach (var (label, value) in NoticeText.Facts(notice, settings)) text.Append($"- **{label}**: {value}\n");
        if (NoticeText.Log(notice) is { } log) text.Append("\n```\n").Append(log).Append("\n```\n");
        if (settings.Link is { } link) text.Append($"\n[Open the build]({link})\n");
        var body = new JsonObject
        {
            ["msgtype"] = "markdown",
            ["markdown"] = new JsonObject { ["title"] = NoticeText.Title(notice, settings), ["text"] = NoticeText.Limit(text.ToString(), 5000) },
        };
        if (settings.DingTalkSecret is { } secret)
        {
            var timestamp = now.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            url = new Uri(url.OriginalString + (url.Query.Length > 0 ? "&" : "?") + $"timestamp={timestamp}&sign={Uri.EscapeDataString(DingTalkSign(timestamp, secret))}");
        }

        return new WebhookRequest("DingTalk", url, body.ToJsonString(), ErrCode);
    }

    /// <summary>Base64 of HMAC-SHA256 over <c>timestamp + "\n" + secret</c> with the secret as key (timestamp in milliseconds).</summary>
    internal static string DingTalkSign(string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(timestamp + "\n" + secret)));

    /// <summary>Base64 of HMAC-SHA256 over nothing with <c>timestamp + "\n" + secret</c> as key (timestamp in seconds).</summary>
    internal static string FeishuSign(string timestamp, string secret) =>
        Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(timestamp + "\n" + secret), Array.Empty<byte>()));

    private static WebhookRequest Feishu(BuildNotice notice, NotificationSettings settings, Uri url, DateTimeOffset now)
    {
        var text = new StringBuilder();
        foreach (var (label, value) in NoticeText.Facts(notice, settings)) text.Append($"**{label}**: {value}\n");
        if (NoticeText.Log(notice) is { } log) text.Append("\n```\n").Append(log).Append("\n```");
        var elements = new JsonArray(new JsonObject { ["tag"] = "div", ["text"] = new JsonObject { ["tag"] = "lark_md", ["content"] = NoticeText.Limit(text.ToString(), 8000) } });
        if (settings.Link is { } link)
            elements.Add(new JsonObject
            {
                ["tag"] = "action",
                ["actions"] = new JsonArray(new JsonObject { ["tag"] = "button", ["text"] = new JsonObject { ["tag"] = "plain_text", ["content"] = "Open the build" }, ["url"] = link, ["type"] = "primary" }),
            });
        var body = new JsonObject();
        if (settings.FeishuSecret is { } secret)
        {
            var timestamp = now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
            body["timestamp"] = timestamp;
            body["sign"] = FeishuSign(timestamp, secret);
        }

        body["msg_type"] = "interactive";
        body["card"] = new JsonObject
        {
            ["config"] = new JsonObject { ["wide_screen_mode"] = true },
            ["header"] = new JsonObject
            {
                ["title"] = new JsonObject { ["tag"] = "plain_text", ["content"] = NoticeText.Title(notice, settings) },
                ["template"] = notice.IsFailure ? "red" : "green",
            },
            ["elements"] = elements,
        };
        return new WebhookRequest("Feishu", url, body.ToJsonString(), (status, answer) =>
            status != HttpStatusCode.OK ? $"HTTP {(int)status}: {NoticeText.Limit(answer, 300)}"
            : Number(answer, "code") is null or 0 ? null : $"code {Number(answer, "code")}: {Text(answer, "msg")}");
    }

    /// <summary>header (plain_text, at most 150 characters), section fields, the log as a preformatted section, a button.</summary>
    private static WebhookRequest Slack(BuildNotice notice, NotificationSettings settings, Uri url)
    {
        var title = NoticeText.Title(notice, settings);
        var blocks = new JsonArray(
            new JsonObject { ["type"] = "header", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = title.Length <= 150 ? title : title[..149] + "…" } },
            new JsonObject { ["type"] = "section", ["fields"] = new JsonArray([.. NoticeText.Facts(notice, settings).Take(10).Select(f => (JsonNode)new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{f.Label}*\n{Escape(f.Value)}" })]) });
        if (NoticeText.Log(notice) is { } log)
            blocks.Add(new JsonObject { ["type"] = "section", ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = NoticeText.Limit("```" + Escape(log) + "```", 2900) } });
        if (settings.Link is { } link)
            blocks.Add(new JsonObject
            {
                ["type"] = "actions",
                ["elements"] = new JsonArray(new JsonObject { ["type"] = "button", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = "Open the build" }, ["url"] = link }),
            });
        var body = new JsonObject { ["text"] = title, ["blocks"] = blocks };
        return new WebhookRequest("Slack", url, body.ToJsonString(), (status, answer) =>
            status == HttpStatusCode.OK ? null : $"HTTP {(int)status}: {NoticeText.Limit(answer, 300)}");
    }

    /// <summary>Slack's mrkdwn escapes: &amp;, &lt; and &gt;.</summary>
    private static string Escape(string text) => text.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    /// <summary>WeCom and DingTalk answer 200 with <c>errcode</c> 0, or another code and <c>errmsg</c>.</summary>
    private static string? ErrCode(HttpStatusCode status, string answer) =>
        status != HttpStatusCode.OK ? $"HTTP {(int)status}: {NoticeText.Limit(answer, 300)}"
        : Number(answer, "errcode") is 0 ? null
        : $"errcode {Number(answer, "errcode")?.ToString() ?? "missing"}: {Text(answer, "errmsg")}";

    private static long? Number(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) && value.TryGetInt64(out var number) ? number : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string Text(string json, string name)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.TryGetProperty(name, out var value) ? value.ToString() : NoticeText.Limit(json, 200);
        }
        catch (JsonException)
        {
            return NoticeText.Limit(json, 200);
        }
    }
}
