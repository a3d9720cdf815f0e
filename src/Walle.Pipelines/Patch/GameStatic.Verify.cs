using Walle.Pipelines.Engine;
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
    public static async Task<PatchVerifyResult> VerifyAsync(IObjectStore store, BuildContext context, CancellationToken cancellationToken = default)
    {
        var live = await ReadLiveAsync(store, cancellationToken);
        if (live is null) return new PatchVerifyResult(null, 0, [$"Nothing is published on {store.Location}: {GameStaticLayout.ProjectManifest} is missing."]);
        var manifest = live.Value.Manifest;
        var contentVersion = GameStaticLayout.ContentVersionOf(manifest);
        List<string> problems = [];
        if (contentVersion is null)
            problems.Add($"packageUrl '{manifest.PackageUrl}' does not point at a versions/<v>/ folder of this store.");
        else
        {
            var changes = await PatchChanges.ReadAsync(store, cancellationToken);
            var baseManifest = changes is null ? null : await ReadVersionAsync(store, changes.Base, cancellationToken);
            var changed = changes?.Paths.ToHashSet(StringComparer.Ordinal) ?? [];
            problems.AddRange(await FolderProblemsAsync(store, manifest, contentVersion, changes?.Base, baseManifest, changed, cancellationToken));
        }
        if (await ReadManifestAsync(store, GameStaticLayout.VersionManifest, cancellationToken) is not { Manifest.Version: var version })
            problems.Add($"{GameStaticLayout.VersionManifest} is missing.");
        else if (version != manifest.Version)
            problems.Add($"{GameStaticLayout.VersionManifest} says {version} but {GameStaticLayout.ProjectManifest} says {manifest.Version} (an interrupted publish; re-run it).");
        foreach (var problem in problems.Take(20)) context.Logger.Error("{Problem}", problem);
        return new PatchVerifyResult(manifest.Version, manifest.Assets.Count, problems);
    }

    /// <summary>
    /// Checks that the live version is exactly <paramref name="sourceDirectory"/>: every file hashed now (no fingerprint
    /// memo: the bytes are read) with the path, size and MD5 the live manifest lists, and no other file. Use it after
    /// <see cref="VerifyAsync"/>, which checks the store holds what the manifest lists: together, players get what was built.
    /// </summary>
    public static async Task<PatchVerifyResult> VerifySourceAsync(IObjectStore store, string sourceDirectory, BuildContext context, bool followInnerLinks = false, CancellationToken cancellationToken = default)
    {
        var live = await ReadLiveAsync(store, cancellationToken);
        if (live is null) return new PatchVerifyResult(null, 0, [$"Nothing is published on {store.Location}: {GameStaticLayout.ProjectManifest} is missing."]);
        // With patch zips the live manifest lists zips, not the files in them: compare with its per-file manifest.
        var manifest = (await PatchZipHistory.LiveFilesAsync(store, cancellationToken) ?? live.Value.Manifest) with { Version = live.Value.Manifest.Version };
        var built = await PatchManifests.GenerateAsync(new PatchManifestSettings(sourceDirectory, manifest.Version) { FollowInnerLinks = followInnerLinks }, context, cancellationToken);
        var diff = PatchDiff.Between(manifest, built);
        List<string> problems =
        [
            .. diff.Added.Select(p => $"{p} is in {sourceDirectory} but not in the live version {manifest.Version}."),
            .. diff.Modified.Select(p => $"{p} differs: the live version {manifest.Version} has MD5 {manifest.Assets[p].Md5} ({manifest.Assets[p].Size} bytes), {sourceDirectory} has {built.Assets[p].Md5} ({built.Assets[p].Size} bytes)."),
            .. diff.Deleted.Select(p => $"{p} is in the live version {manifest.Version} but not in {sourceDirectory}."),
        ];
        foreach (var problem in problems.Take(20)) context.Logger.Error("{Problem}", problem);
        return new PatchVerifyResult(manifest.Version, built.Assets.Count, problems);
    }

    /// <summary>
    /// What is wrong with <paramref name="folder"/> as the home of <paramref name="manifest"/>: a file some player may
    /// download (see <see cref="PlayersMayDownload"/>) missing or wrong there, or a file left to the base missing or
    /// wrong in the base folder. Without a base (stores published before bases existed) every file must be in the folder.
    /// </summary>
    private static async Task<List<string>> FolderProblemsAsync(IObjectStore store, PatchManifest manifest, string folder,
        string? baseVersion, PatchManifest? baseManifest, IReadOnlySet<string> changed, CancellationToken cancellationToken)
    {
        var objects = await ListRootAsync(store, folder, cancellationToken);
        Dictionary<string, ObjectInfo>? baseObjects = null;
        var problems = new List<string>();
        foreach (var (path, asset) in manifest.Assets)
        {
            if (objects.TryGetValue(path, out var stored))
                await CheckObjectAsync(store, GameStaticLayout.Root(folder) + path, stored, asset, problems, cancellationToken);
            else if (baseManifest is null || PlayersMayDownload(path, asset, changed, baseManifest))
                problems.Add($"{GameStaticLayout.Root(folder)}{path} is missing.");
            else
            {
                baseObjects ??= await ListRootAsync(store, baseVersion!, cancellationToken);
                var key = GameStaticLayout.Root(baseVersion!) + path;
                if (baseObjects.TryGetValue(path, out var inBaseFolder)) await CheckObjectAsync(store, key, inBaseFolder, asset, problems, cancellationToken);
                else problems.Add($"{key} is missing (the base folder keeps the files unchanged since {baseVersion}).");
            }
        }
        return problems;
    }

    /// <summary>
    /// Whether a player on some version since the base may download <paramref name="path"/> from the folder of a version
    /// listing it as <paramref name="asset"/>: it is on the changed list, or its bytes are not the base's.
    /// </summary>
    private static bool PlayersMayDownload(string path, PatchAsset asset, IReadOnlySet<string> changed, PatchManifest baseManifest) =>
        changed.Contains(path) || !baseManifest.Assets.TryGetValue(path, out var inBase) || ContentKey(inBase) != ContentKey(asset);

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
