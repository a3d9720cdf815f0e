using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Players who have an earlier version installed, updating to the live one the way the cocos2d-x client does.</summary>
internal static class Players
{
    /// <summary>
    /// For a player on each of <paramref name="installed"/>: every file the live manifest adds or modifies relative to
    /// it downloads from <c>packageUrl + path</c> with the MD5 the live manifest names.
    /// </summary>
    public static async Task AssertEachCanUpdateAsync(IObjectStore store, string cdn, params PatchManifest[] installed)
    {
        var live = (await GameStatic.ReadLiveAsync(store))!.Value.Manifest;
        Assert.StartsWith(cdn, live.PackageUrl);
        var root = live.PackageUrl[cdn.Length..];
        foreach (var player in installed)
        {
            var diff = PatchDiff.Between(player, live);
            foreach (var path in diff.Added.Concat(diff.Modified))
            {
                await using var stored = await store.GetAsync(root + path);
                Assert.True(stored is not null, $"a player on {player.Version} updating to {live.Version} cannot download {root}{path}");
                Assert.True(live.Assets[path].Md5 == Md5.OfStream(stored.Content), $"a player on {player.Version} gets other bytes for {root}{path}");
            }
        }
    }

    /// <summary>The keys under a version's folder, without its manifests.</summary>
    public static async Task<List<string>> FilesInAsync(IObjectStore store, string version)
    {
        var root = GameStaticLayout.Root(version);
        List<string> files = [];
        await foreach (var info in store.ListAsync(root))
            if (info.Key[root.Length..] is not (GameStaticLayout.ProjectManifest or GameStaticLayout.VersionManifest)) files.Add(info.Key[root.Length..]);
        files.Sort(StringComparer.Ordinal);
        return files;
    }
}
