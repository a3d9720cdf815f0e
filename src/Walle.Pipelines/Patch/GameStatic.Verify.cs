using Serilog;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>The outcome of checking the live version.</summary>
/// <param name="Version">The live version (null when nothing is published).</param>
/// <param name="Checked">Assets checked.</param>
/// <param name="Problems">Missing or wrong objects, and entry points that disagree; empty when all is well.</param>
public sealed record PatchVerifyResult(string? Version, int Checked, IReadOnlyList<string> Problems)
{
    /// <summary>True when players can update without error.</summary>
    public bool Ok => Version is not null && Problems.Count == 0;
}

public static partial class GameStatic
{
    /// <summary>
    /// Checks that every asset the live manifest lists exists in the store with the right size and MD5
    /// (from the ETag when it is an MD5, by downloading otherwise): in the live folder when a player may download it
    /// from there, in the base folder otherwise; and that both entry points agree.
    /// </summary>
    public static async Task<PatchVerifyResult> VerifyAsync(IObjectStore store, CancellationToken cancellationToken = default)
    {
        var live = await ReadLiveAsync(store, cancellationToken);
        if (live is null) return new PatchVerifyResult(null, 0, [$"Nothing is published on {store.Location}: {GameStaticLayout.ProjectManifest} is missing."]);
        var manifest = live.Value.Manifest;
        var contentVersion = GameStaticLayout.ContentVersionOf(manifest);
        List<string> problems = [];
        if (contentVersion is null)
            problems.Add($"packageUrl '{manifest.PackageUrl}' does not point at a versions/<v>/ folder of this store.");
        else
            problems.AddRange(await FolderProblemsAsync(store, manifest, contentVersion, cancellationToken));
        if (await ReadManifestAsync(store, GameStaticLayout.VersionManifest, cancellationToken) is not { Manifest.Version: var version })
            problems.Add($"{GameStaticLayout.VersionManifest} is missing.");
        else if (version != manifest.Version)
            problems.Add($"{GameStaticLayout.VersionManifest} says {version} but {GameStaticLayout.ProjectManifest} says {manifest.Version} (an interrupted publish; re-run it).");
        foreach (var problem in problems.Take(20)) Log.Error("{Problem}", problem);
        return new PatchVerifyResult(manifest.Version, manifest.Assets.Count, problems);
    }

    /// <summary>
    /// What is wrong with <paramref name="folder"/> as the home of <paramref name="manifest"/>: a file some player may
    /// download (changed since the base, or with other bytes than the base's) missing or wrong there, or a file left
    /// to the base missing or wrong in the base folder.
    /// </summary>
    private static async Task<List<string>> FolderProblemsAsync(IObjectStore store, PatchManifest manifest, string folder, CancellationToken cancellationToken)
    {
        var changes = await PatchChanges.ReadAsync(store, cancellationToken);
        var baseManifest = changes is null ? null : await ReadVersionAsync(store, changes.Base, cancellationToken);
        var changed = changes?.Paths.ToHashSet(StringComparer.Ordinal) ?? [];
        var objects = await ListRootAsync(store, folder, cancellationToken);
        Dictionary<string, ObjectInfo>? baseObjects = null;
        var problems = new List<string>();
        foreach (var (path, asset) in manifest.Assets)
        {
            if (objects.TryGetValue(path, out var stored))
                await CheckObjectAsync(store, GameStaticLayout.Root(folder) + path, stored, asset, problems, cancellationToken);
            else if (baseManifest is null || changed.Contains(path) || !baseManifest.Assets.TryGetValue(path, out var inBase) || ContentKey(inBase) != ContentKey(asset))
                problems.Add($"{GameStaticLayout.Root(folder)}{path} is missing.");
            else
            {
                baseObjects ??= await ListRootAsync(store, changes!.Base, cancellationToken);
                var key = GameStaticLayout.Root(changes!.Base) + path;
                if (baseObjects.TryGetValue(path, out var inBaseFolder)) await CheckObjectAsync(store, key, inBaseFolder, asset, problems, cancellationToken);
                else problems.Add($"{key} is missing (the base folder keeps the files unchanged since {changes.Base}).");
            }
        }
        return problems;
    }

    private static async Task CheckObjectAsync(IObjectStore store, string key, ObjectInfo stored, PatchAsset asset, List<string> problems, CancellationToken cancellationToken)
    {
        if (stored.Size != asset.Size) problems.Add($"{key} has {stored.Size} bytes, the manifest says {asset.Size}.");
        else if (stored.ETag.Equals(asset.Md5, StringComparison.OrdinalIgnoreCase)) return;
        else if (!stored.ETag.Contains('-')) problems.Add($"{key} has MD5 {stored.ETag}, the manifest says {asset.Md5}.");
        else
        {
            await using var content = await store.GetAsync(key, cancellationToken);
            var md5 = content is null ? "missing" : Md5.OfStream(content.Content);
            if (md5 != asset.Md5) problems.Add($"{key} has MD5 {md5}, the manifest says {asset.Md5}.");
        }
    }
}
