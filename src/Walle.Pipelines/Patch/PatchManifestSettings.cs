namespace Walle.Pipelines.Patch;

/// <summary>What to put in a hot-update manifest.</summary>
/// <param name="SourceDirectory">The hot-update content (what the client's search path sees).</param>
/// <param name="Version">The content version.</param>
public sealed record PatchManifestSettings(string SourceDirectory, string Version)
{
    /// <summary>Base URL assets are downloaded from; the publish task fills it with the version's root.</summary>
    public string PackageUrl { get; init; } = "";

    /// <summary>URL of the live <c>project.manifest</c>.</summary>
    public string RemoteManifestUrl { get; init; } = "";

    /// <summary>URL of the live <c>version.manifest</c>.</summary>
    public string RemoteVersionUrl { get; init; } = "";

    /// <summary>Engine version written into the manifest, when set.</summary>
    public string? EngineVersion { get; init; }

    /// <summary>Search paths written into the manifest.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    /// <summary>Files hashed at once (reading is sequential per file).</summary>
    public int Parallelism { get; init; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>
    /// A file remembering each source file's MD5 by absolute path, so unchanged files are not hashed again; what counts
    /// as unchanged is <see cref="Caching.FileIdentity"/>'s rule (size, mtime, ctime, inode). Null hashes everything.
    /// </summary>
    public string? FingerprintCache { get; init; }

    /// <summary>
    /// Symbolic links in the content: refused by default (a link can publish a file from outside the content);
    /// with true, links whose target lies inside the content folder are published as the target's bytes. A link
    /// leading out of the folder, or to nothing, is always an error naming it.
    /// </summary>
    public bool FollowInnerLinks { get; init; }
}
