using System.Text.Json;
using System.Text.Json.Serialization;

namespace Walle.Pipelines.Client.Packaging;

/// <summary>
/// <c>client-manifest.json</c>: what a build packaged for one platform. It sits beside the packages in
/// <c>artifacts/client/&lt;platform&gt;/</c> and in the store's build record, where <c>ReviewSubmit</c> finds it.
/// </summary>
public sealed record ClientManifest
{
    /// <summary>The file's name, beside the packages and in the store's build record.</summary>
    public const string FileName = "client-manifest.json";

    /// <summary>The format's version.</summary>
    public int Schema { get; init; } = 1;

    /// <summary>The game's name (file names start with it).</summary>
    public required string Game { get; init; }

    /// <summary><c>android</c> or <c>ios</c>.</summary>
    public required string Platform { get; init; }

    /// <summary>The version name.</summary>
    public required string VersionName { get; init; }

    /// <summary>The version code.</summary>
    public required int VersionCode { get; init; }

    /// <summary>The commit built, when known.</summary>
    public string? GitSha { get; init; }

    /// <summary>The hot-update version whose content and manifest the package carries.</summary>
    public string? PatchVersion { get; init; }

    /// <summary>The package files.</summary>
    public required IReadOnlyList<ClientPackage> Packages { get; init; }

    /// <summary>The manifest as indented JSON (same manifest, same bytes).</summary>
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, ClientJson.Default.ClientManifest);

    /// <summary>Reads a manifest; <paramref name="source"/> names it in errors.</summary>
    /// <exception cref="InvalidDataException">The text is not a client manifest.</exception>
    public static ClientManifest Parse(ReadOnlySpan<byte> json, string source)
    {
        try
        {
            return JsonSerializer.Deserialize(json, ClientJson.Default.ClientManifest) ?? throw new JsonException("null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{source} is not a client manifest: {e.Message}", e);
        }
    }
}

/// <summary>The client records' JSON (source-generated: no reflection at run time).</summary>
[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(ClientManifest))]
[JsonSerializable(typeof(LastClientBuild))]
[JsonSerializable(typeof(BundledVersion))]
internal sealed partial class ClientJson : JsonSerializerContext;
