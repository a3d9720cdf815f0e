using System.Text.Encodings.Web;
using System.Text.Json;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// A channel id and its extra key/values, as stored in the channel pair of an APK: UTF-8 JSON
/// <c>{"channel":"huawei","ad":"1"}</c>, the format Meituan Walle's <c>ChannelReader</c> in the game reads back.
/// </summary>
/// <param name="Channel">The channel id (e.g. <c>huawei</c>).</param>
/// <param name="Extras">Extra key/values, written after <c>channel</c> in this order; never a <c>channel</c> key.</param>
public sealed record ChannelInfo(string Channel, IReadOnlyDictionary<string, string> Extras)
{
    /// <summary>The JSON key of the channel id.</summary>
    public const string ChannelKey = "channel";

    /// <summary>A channel without extras.</summary>
    public ChannelInfo(string channel) : this(channel, new Dictionary<string, string>())
    {
    }

    /// <summary>The channel pair's value: UTF-8 JSON, <c>channel</c> first.</summary>
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
        // Non-ASCII stays UTF-8 (华为, not \u534E\u4E3A), as Walle's writer (org.json) stores it; quotes and control characters are escaped.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString(ChannelKey, Channel);
            foreach (var (key, value) in Extras)
            {
                if (key == ChannelKey) throw new ArgumentException($"Channel '{Channel}' has an extra named '{ChannelKey}'; that key holds the channel id, rename the extra.");
                json.WriteString(key, value);
            }
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// Reads a channel pair's value. Values that other writers stored as numbers or booleans come back as their JSON text.
    /// </summary>
    /// <exception cref="ChannelApkRefusedException">Not a JSON object with a string <c>channel</c> (<see cref="ChannelApkRefusal.Malformed"/>).</exception>
    public static ChannelInfo FromJson(ReadOnlySpan<byte> json, string apk)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw ApkSigningBlock.Malformed(apk, "the channel pair (0x71777777) is not a JSON object");
            string? channel = null;
            var extras = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name == ChannelKey && property.Value.ValueKind == JsonValueKind.String) channel = property.Value.GetString();
                else if (property.Name != ChannelKey) extras[property.Name] = property.Value.ValueKind == JsonValueKind.String ? property.Value.GetString()! : property.Value.GetRawText();
            }
            return channel is null
                ? throw ApkSigningBlock.Malformed(apk, "the channel pair (0x71777777) has no string 'channel'")
                : new ChannelInfo(channel, extras);
        }
        catch (JsonException e)
        {
            throw ApkSigningBlock.Malformed(apk, $"the channel pair (0x71777777) is not valid UTF-8 JSON ({e.Message})");
        }
    }
}
