using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Client.Packaging;

/// <summary>
/// The store's build records: <c>builds/&lt;platform&gt;/&lt;version&gt;/</c> holds a build's packages and its
/// <c>client-manifest.json</c> (the record <c>ReviewSubmit</c> checks); <c>builds/&lt;platform&gt;/last.json</c> the newest
/// version code, so codes never go backwards and are never reused for another version (stores reject both).
/// </summary>
public sealed class ClientRecords(IObjectStore store, string platform)
{
    /// <summary>The store.</summary>
    public IObjectStore Store { get; } = store;

    /// <summary>The platform, e.g. <c>android</c>.</summary>
    public string Platform { get; } = platform;

    /// <summary>The key of a version's record folder.</summary>
    public string FolderOf(string versionName) => $"builds/{Platform}/{versionName}/";

    /// <summary>The key of the newest-code document.</summary>
    public string LastKey => $"builds/{Platform}/last.json";

    /// <summary>The newest recorded build and its ETag (for the conditional replace); nulls before the first upload.</summary>
    public async Task<(LastClientBuild? Last, string? ETag)> ReadLastAsync(CancellationToken cancellationToken = default)
    {
        await using var stored = await Store.GetAsync(LastKey, cancellationToken);
        if (stored is null) return (null, null);
        using var buffer = new MemoryStream();
        await stored.Content.CopyToAsync(buffer, cancellationToken);
        try
        {
            var last = System.Text.Json.JsonSerializer.Deserialize(buffer.ToArray(), ClientJson.Default.LastClientBuild)
                ?? throw new System.Text.Json.JsonException("null");
            return (last, stored.Info.ETag);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{Store.Of(LastKey)} is not a build record ({e.Message}); restore it from the store's versioning or delete it to start the codes again.", e);
        }
    }

    /// <summary>
    /// Refuses a code that is not greater than the last recorded one, unless it is that same build again (same
    /// name and code: a re-run replaces its record).
    /// </summary>
    /// <exception cref="AppVersionException">The code goes backwards or is reused for another version.</exception>
    public static void RequireNewer(LastClientBuild? last, AppVersion version, string where)
    {
        if (last is null || version.Code > last.VersionCode) return;
        if (version.Code == last.VersionCode && version.Name == last.VersionName) return;
        throw new AppVersionException(AppVersionProblem.CodeNotNewer, version.Code == last.VersionCode
            ? $"Version code {version.Code} is already recorded for {last.VersionName} in {where}; stores reject a reused code. Use a code greater than {last.VersionCode}."
            : $"Version code {version.Code} goes backwards: {where} records {last.VersionCode} ({last.VersionName}). Use a code greater than {last.VersionCode}.");
    }
}
