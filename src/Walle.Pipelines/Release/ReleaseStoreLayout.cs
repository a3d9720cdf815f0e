using System.Globalization;

namespace Walle.Pipelines.Release;

/// <summary>
/// Where the routing document lives in the object store: <c>{prefix}routing.json</c> (live, replaced only by
/// conditional writes) and <c>{prefix}revisions/000042.json</c> (every revision, written once).
/// </summary>
/// <param name="Prefix">Key prefix, e.g. <c>release/</c> (empty for the store root).</param>
public sealed record ReleaseStoreLayout(string Prefix = "release/")
{
    /// <summary>The live document's key.</summary>
    public string LiveKey => Prefix + "routing.json";

    /// <summary>The prefix all revisions share.</summary>
    public string RevisionsPrefix => Prefix + "revisions/";

    /// <summary>The key of revision <paramref name="revision"/>.</summary>
    public string RevisionKey(int revision) => RevisionsPrefix + revision.ToString("D6", CultureInfo.InvariantCulture) + ".json";

    /// <summary>The revision number of a revision key; null for other keys.</summary>
    public int? RevisionOf(string key)
    {
        if (!key.StartsWith(RevisionsPrefix, StringComparison.Ordinal) || !key.EndsWith(".json", StringComparison.Ordinal)) return null;
        var number = key[RevisionsPrefix.Length..^5];
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
    }
}
