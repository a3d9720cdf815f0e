using System.Security.Cryptography;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Patch;

namespace Walle.Pipelines.Client.Packaging;

/// <summary>
/// Stages a package's assets the way Cocos apps ship them: the files the <c>project.manifest</c> lists, checked against
/// it while copied (so the package carries exactly the content its manifest describes), the two manifests, and
/// <c>walle.json</c>.
/// </summary>
public static class ClientAssets
{
    /// <summary>Stages the assets; returns the bundled manifest.</summary>
    /// <exception cref="FileNotFoundException">The manifest is missing (run PatchManifest) or lists a file the content lacks.</exception>
    /// <exception cref="InvalidDataException">A content file differs from its manifest entry (the content changed after PatchManifest).</exception>
    public static async Task<PatchManifest> StageAsync(ClientAssetsSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var projectManifest = Path.Combine(settings.ManifestDirectory, PatchManifests.ProjectManifest);
        if (!File.Exists(projectManifest))
            throw new FileNotFoundException($"The hot-update manifest '{projectManifest}' does not exist; generate it first (PatchManifest).", projectManifest);
        var manifest = await PatchManifests.ReadAsync(projectManifest, cancellationToken);
        var output = Path.GetFullPath(settings.OutputDirectory);
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        Directory.CreateDirectory(output);
        using var progress = context.StartProgress("Staging package assets", manifest.Assets.Count);
        await Parallel.ForEachAsync(manifest.Assets, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (asset, ct) =>
        {
            await CopyCheckedAsync(settings.ContentDirectory, asset.Key, asset.Value, Path.Combine(output, asset.Key), ct);
            progress.Increment();
        });
        File.Copy(projectManifest, Path.Combine(output, PatchManifests.ProjectManifest));
        var versionManifest = Path.Combine(settings.ManifestDirectory, PatchManifests.VersionManifest);
        if (File.Exists(versionManifest)) File.Copy(versionManifest, Path.Combine(output, PatchManifests.VersionManifest));
        await File.WriteAllBytesAsync(Path.Combine(output, BundledVersion.FileName), settings.Version.ToJson(), cancellationToken);
        return manifest;
    }

    private static async Task CopyCheckedAsync(string content, string key, PatchAsset asset, string target, CancellationToken cancellationToken)
    {
        var source = Path.Combine(content, key);
        if (!File.Exists(source))
            throw new FileNotFoundException($"'{key}' is in the hot-update manifest but not in the content folder '{content}'; run PatchManifest again.", source);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        using var md5 = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        await using (var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true))
        await using (var output = new FileStream(target, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
        {
            var buffer = new byte[1 << 16];
            for (int read; (read = await input.ReadAsync(buffer, cancellationToken)) > 0;)
            {
                md5.AppendData(buffer, 0, read);
                await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        var actual = Convert.ToHexStringLower(md5.GetHashAndReset());
        if (!string.Equals(actual, asset.Md5, StringComparison.OrdinalIgnoreCase))
            throw new InvalidDataException($"'{key}' changed after its manifest was made (MD5 {actual}, manifest {asset.Md5}); run PatchManifest again so the package and its manifest agree.");
    }
}
