namespace Walle.Pipelines.Patch;

/// <summary>What a player on one version downloads to reach another: added and modified files, and deletions.</summary>
/// <param name="Added">Paths only in the new version.</param>
/// <param name="Modified">Paths whose MD5 changed.</param>
/// <param name="Deleted">Paths only in the old version.</param>
/// <param name="DownloadBytes">Bytes a player downloads (added + modified).</param>
public sealed record PatchDiff(IReadOnlyList<string> Added, IReadOnlyList<string> Modified, IReadOnlyList<string> Deleted, long DownloadBytes)
{
    /// <summary>True when nothing changed.</summary>
    public bool IsEmpty => Added.Count == 0 && Modified.Count == 0 && Deleted.Count == 0;

    /// <summary>Compares two manifests (<paramref name="from"/> null means a player with nothing: everything is added).</summary>
    public static PatchDiff Between(PatchManifest? from, PatchManifest to)
    {
        var old = from?.Assets ?? new Dictionary<string, PatchAsset>();
        List<string> added = [], modified = [], deleted = [];
        long bytes = 0;
        foreach (var (path, asset) in to.Assets)
        {
            if (!old.TryGetValue(path, out var previous)) added.Add(path);
            else if (!string.Equals(previous.Md5, asset.Md5, StringComparison.OrdinalIgnoreCase)) modified.Add(path);
            else continue;
            bytes += asset.Size;
        }
        foreach (var path in old.Keys)
            if (!to.Assets.ContainsKey(path)) deleted.Add(path);
        added.Sort(StringComparer.Ordinal);
        modified.Sort(StringComparer.Ordinal);
        deleted.Sort(StringComparer.Ordinal);
        return new PatchDiff(added, modified, deleted, bytes);
    }
}
