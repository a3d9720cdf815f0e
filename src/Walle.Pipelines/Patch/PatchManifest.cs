using System.Text;
using System.Text.Json;

namespace Walle.Pipelines.Patch;

/// <summary>
/// A Cocos hot-update manifest (<c>project.manifest</c>), read by cocos2d-x's <c>AssetsManagerEx</c> and
/// Cocos Creator's <c>jsb.AssetsManager</c>. Its <c>version.manifest</c> twin is the same document without
/// assets and search paths, so clients can check for an update cheaply.
/// </summary>
public sealed record PatchManifest
{
    /// <summary>Base URL the client downloads each asset from (<c>packageUrl + path</c>).</summary>
    public required string PackageUrl { get; init; }

    /// <summary>URL of the live <c>project.manifest</c>.</summary>
    public required string RemoteManifestUrl { get; init; }

    /// <summary>URL of the live <c>version.manifest</c>.</summary>
    public required string RemoteVersionUrl { get; init; }

    /// <summary>The content version, compared with <see cref="CocosVersion"/>.</summary>
    public required string Version { get; init; }

    /// <summary>Engine version the content needs (optional in the format).</summary>
    public string? EngineVersion { get; init; }

    /// <summary>Assets by path relative to the package root, in ordinal order.</summary>
    public required IReadOnlyDictionary<string, PatchAsset> Assets { get; init; }

    /// <summary>Paths the client prepends to its search paths.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    /// <summary>Total bytes of all assets.</summary>
    public long TotalBytes => Assets.Values.Sum(a => a.Size);

    /// <summary>The <c>project.manifest</c> JSON (UTF-8, keys in the order Cocos tools write them).</summary>
    public byte[] ToProjectJson() => Write(includeAssets: true);

    /// <summary>The <c>version.manifest</c> JSON.</summary>
    public byte[] ToVersionJson() => Write(includeAssets: false);

    /// <summary>Reads a <c>project.manifest</c> (or <c>version.manifest</c>, whose assets are empty).</summary>
    /// <param name="json">The document.</param>
    /// <param name="source">Where it came from, named in errors.</param>
    /// <exception cref="InvalidDataException">The document is not a manifest; the message names <paramref name="source"/>.</exception>
    public static PatchManifest Parse(ReadOnlySpan<byte> json, string source)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            List<KeyValuePair<string, PatchAsset>> entries = [];
            if (root.TryGetProperty("assets", out var assetsElement))
                foreach (var asset in assetsElement.EnumerateObject())
                    entries.Add(new(asset.Name, new PatchAsset(
                        asset.Value.GetProperty("md5").GetString() ?? "",
                        asset.Value.TryGetProperty("size", out var size) ? size.GetInt64() : 0,
                        asset.Value.TryGetProperty("compressed", out var compressed) && compressed.GetBoolean())));
            // Walle and Cocos tools write assets in order: sorting a sorted list is cheap, and each insert then appends.
            entries.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            var assets = new SortedList<string, PatchAsset>(entries.Count, StringComparer.Ordinal);
            foreach (var (path, asset) in entries) assets[path] = asset;
            return new PatchManifest
            {
                PackageUrl = Text(root, "packageUrl"),
                RemoteManifestUrl = Text(root, "remoteManifestUrl"),
                RemoteVersionUrl = Text(root, "remoteVersionUrl"),
                Version = Text(root, "version"),
                EngineVersion = root.TryGetProperty("engineVersion", out var engine) ? engine.GetString() : null,
                Assets = assets,
                SearchPaths = root.TryGetProperty("searchPaths", out var paths) ? paths.EnumerateArray().Select(p => p.GetString() ?? "").ToArray() : [],
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new InvalidDataException($"{source} is not a valid Cocos manifest: {e.Message}", e);
        }
    }

    private static string Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    private byte[] Write(bool includeAssets)
    {
        using var buffer = new MemoryStream(includeAssets ? 96 * Assets.Count + 512 : 512);
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteString("packageUrl", PackageUrl);
            writer.WriteString("remoteManifestUrl", RemoteManifestUrl);
            writer.WriteString("remoteVersionUrl", RemoteVersionUrl);
            writer.WriteString("version", Version);
            if (EngineVersion is not null) writer.WriteString("engineVersion", EngineVersion);
            if (includeAssets)
            {
                writer.WriteStartObject("assets");
                foreach (var (path, asset) in Assets.OrderBy(a => a.Key, StringComparer.Ordinal))
                {
                    writer.WriteStartObject(path);
                    writer.WriteNumber("size", asset.Size);
                    writer.WriteString("md5", asset.Md5);
                    if (asset.Compressed) writer.WriteBoolean("compressed", true);
                    writer.WriteEndObject();
                }
                writer.WriteEndObject();
                writer.WriteStartArray("searchPaths");
                foreach (var path in SearchPaths) writer.WriteStringValue(path);
                writer.WriteEndArray();
            }
            writer.WriteEndObject();
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <inheritdoc />
    public override string ToString() => Encoding.UTF8.GetString(ToVersionJson());
}
