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
    /// (from the ETag when it is an MD5, by downloading otherwise), and that both entry points agree.
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
            problems.AddRange(await CheckRootAsync(store, manifest, contentVersion, cancellationToken));
        await using (var stored = await store.GetAsync(GameStaticLayout.VersionManifest, cancellationToken))
        {
            if (stored is null) problems.Add($"{GameStaticLayout.VersionManifest} is missing.");
            else
            {
                using var buffer = new MemoryStream();
                await stored.Content.CopyToAsync(buffer, cancellationToken);
                var version = PatchManifest.Parse(buffer.ToArray(), store.Location + GameStaticLayout.VersionManifest).Version;
                if (version != manifest.Version)
                    problems.Add($"{GameStaticLayout.VersionManifest} says {version} but {GameStaticLayout.ProjectManifest} says {manifest.Version} (an interrupted publish; re-run it).");
            }
        }
        foreach (var problem in problems.Take(20)) Log.Error("{Problem}", problem);
        return new PatchVerifyResult(manifest.Version, manifest.Assets.Count, problems);
    }

    private static async Task<List<string>> CheckRootAsync(IObjectStore store, PatchManifest manifest, string contentVersion, CancellationToken cancellationToken)
    {
        var root = GameStaticLayout.Root(contentVersion);
        var objects = await ListRootAsync(store, contentVersion, cancellationToken);
        var problems = new List<string>();
        foreach (var (path, asset) in manifest.Assets)
        {
            if (!objects.TryGetValue(path, out var stored)) problems.Add($"{root}{path} is missing.");
            else if (stored.Size != asset.Size) problems.Add($"{root}{path} has {stored.Size} bytes, the manifest says {asset.Size}.");
            else if (!stored.ETag.Equals(asset.Md5, StringComparison.OrdinalIgnoreCase))
            {
                if (!stored.ETag.Contains('-')) problems.Add($"{root}{path} has MD5 {stored.ETag}, the manifest says {asset.Md5}.");
                else
                {
                    await using var content = await store.GetAsync(root + path, cancellationToken);
                    var md5 = content is null ? "missing" : Md5.OfStream(content.Content);
                    if (md5 != asset.Md5) problems.Add($"{root}{path} has MD5 {md5}, the manifest says {asset.Md5}.");
                }
            }
        }
        return problems;
    }
}
