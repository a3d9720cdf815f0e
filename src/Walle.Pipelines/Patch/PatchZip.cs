namespace Walle.Pipelines.Patch;

/// <summary>One patch zip: the files whose latest change happened in <paramref name="Version"/>, as of the version being published.</summary>
/// <param name="Path">
/// Its path in the manifest and in the version's folder, at the package root (e.g. <c>.patch-1.2.0-3f2a9c1d.zip</c>): the client unzips
/// next to the zip, so entries land at their own paths. The leading dot keeps it apart from content (hidden files are never published)
/// and the content hash in the name keeps different bytes under different names (objects under a version folder are immutable).
/// </param>
/// <param name="Version">The version whose changes it holds.</param>
/// <param name="Files">The entries (content paths), in ordinal order.</param>
/// <param name="Md5">MD5 of the zip's bytes (what the manifest lists and the client verifies).</param>
/// <param name="Size">Size of the zip in bytes.</param>
public sealed record PatchZip(string Path, string Version, IReadOnlyList<string> Files, string Md5, long Size)
{
    /// <summary>The zip file in <see cref="PatchZipSettings.ZipDirectory"/>.</summary>
    public required string LocalFile { get; init; }
}

/// <summary>What <see cref="PatchZips.ApplyAsync"/> produced.</summary>
/// <param name="Manifest">The manifest to publish: recently changed files replaced by their zips (<c>"compressed": true</c>).</param>
/// <param name="FilesManifest">The same version listing every file (no zips): store it as <c>files.manifest</c> next to the version's manifest, the next publish needs it.</param>
/// <param name="Zips">The zips to upload with the version's files.</param>
public sealed record PatchZipResult(PatchManifest Manifest, PatchManifest FilesManifest, IReadOnlyList<PatchZip> Zips);
