namespace Walle.Pipelines.Patch;

/// <summary>Cache headers GameStatic objects are written with.</summary>
public static class PatchCacheControl
{
    /// <summary>Files under <c>versions/</c> never change: cache for a year.</summary>
    public const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>Entry points change on every publish: CDNs and clients re-check within a minute.</summary>
    public const string Mutable = "public, max-age=60, must-revalidate";
}

/// <summary>What to publish and where players fetch it from.</summary>
/// <param name="SourceDirectory">The hot-update content.</param>
/// <param name="Version">The new version; must be greater than the live one (see <see cref="CocosVersion"/>) unless <see cref="Force"/>.</param>
/// <param name="BaseUrl">The public URL of the store root as players see it (the CDN), e.g. <c>https://cdn.example.com/vega/</c>.</param>
public sealed record PatchPublishSettings(string SourceDirectory, string Version, string BaseUrl)
{
    /// <summary>Engine version written into the manifest.</summary>
    public string? EngineVersion { get; init; }

    /// <summary>Search paths written into the manifest.</summary>
    public IReadOnlyList<string> SearchPaths { get; init; } = [];

    /// <summary>Publish even when the version is not greater than the live one, or replace a version folder with different content.</summary>
    public bool Force { get; init; }

    /// <summary>
    /// Make this version a new base: its folder gets every file and later versions hold only what changed since it.
    /// Players on versions before it can no longer update past it: use it together with a forced app update whose
    /// package carries this version's content.
    /// </summary>
    public bool Rebase { get; init; }

    /// <summary>
    /// Recent versions whose changed files are bundled into patch zips (<c>"compressed"</c> assets, one request per version
    /// for players who skipped updates; see <see cref="PatchZips"/>); 0, the default, lists every file on its own.
    /// </summary>
    public int ZipWindow { get; init; }

    /// <summary>
    /// The largest share of the live version's files a publish may delete (0.5: half) unless <see cref="Force"/>; an empty
    /// content folder is always refused without it. A wrong source folder or a failed export shows up as mass deletion.
    /// </summary>
    public double MaxDeletedShare { get; init; } = 0.5;

    /// <summary>Versions kept after publishing (older folders are deleted); 0 keeps all.</summary>
    public int Keep { get; init; } = 5;

    /// <summary>
    /// When no file of the new version exists in the live version's folder with other bytes (e.g. Cocos Creator
    /// builds with MD5-named assets, or changes to files the live version did not change), put the new files into
    /// the live folder instead of a new one: the changed files the live folder already holds need no copies.
    /// No object any manifest points at changes either way.
    /// </summary>
    public bool ShareLiveFolder { get; init; } = true;

    /// <summary>
    /// When the files changed since the base reach this share of the version's files (0.05: 5%) and a publish has to copy
    /// them into a new folder, Walle says that a new base (<see cref="Rebase"/>) would pay off
    /// (<see cref="PatchPublishResult.RebaseHint"/>); 0 never does.
    /// </summary>
    public double RebaseHintShare { get; init; } = 0.05;

    /// <summary>Uploads at once (each holds file and request buffers: this bounds memory).</summary>
    public int Parallelism { get; init; } = 32;

    /// <summary>Server-side copies and lookups at once (no bytes through the client, so more can run).</summary>
    public int CopyParallelism { get; init; } = 32;

    /// <summary>
    /// Files a new folder needs that the store already holds elsewhere are copied server-side when at least this
    /// large (1 MiB), and uploaded from the content folder when smaller; 0 always copies. A small object costs a request
    /// either way, and on Ceph RGW an upload was the cheaper request: 1,909 files for a new folder took 5.2 s uploaded
    /// against 5.6 s copied, and over steps 3–10 of a chain of 1% changes 31 s against 47 s (20,000 files / 1 GiB,
    /// 2026-12-01). Large files still go server-side, so a slow uplink never carries them again.
    /// </summary>
    public long CopyMinimumBytes { get; init; } = 1 << 20;

    /// <summary>Cache-Control for files under <c>versions/</c>.</summary>
    public string ImmutableCacheControl { get; init; } = PatchCacheControl.Immutable;

    /// <summary>Cache-Control for the live manifests and the history.</summary>
    public string MutableCacheControl { get; init; } = PatchCacheControl.Mutable;

    /// <summary>See <see cref="PatchManifestSettings.FingerprintCache"/>.</summary>
    public string? FingerprintCache { get; init; }

    /// <summary>See <see cref="PatchManifestSettings.FollowInnerLinks"/>.</summary>
    public bool FollowInnerLinks { get; init; }
}

/// <summary>What a publish did.</summary>
/// <param name="Manifest">The published manifest.</param>
/// <param name="PreviousVersion">The version live before, if any.</param>
/// <param name="Diff">What players on the previous version download.</param>
/// <param name="Uploaded">Files whose bytes were uploaded.</param>
/// <param name="UploadedBytes">Bytes uploaded.</param>
/// <param name="Copied">Files copied server-side from where the store already had their bytes.</param>
/// <param name="AlreadyThere">Files already in the version folder (an interrupted publish re-run).</param>
/// <param name="Removed">Versions deleted by retention.</param>
public sealed record PatchPublishResult(PatchManifest Manifest, string? PreviousVersion, PatchDiff Diff, int Uploaded, long UploadedBytes, int Copied, int AlreadyThere, IReadOnlyList<string> Removed)
{
    /// <summary>The folder under <c>versions/</c> holding the files: the version itself, or the live folder it shares.</summary>
    public string Folder { get; init; } = Manifest.Version;

    /// <summary>The base version whose folder serves the files not changed since it (this version, when it is a base).</summary>
    public string Base { get; init; } = Manifest.Version;

    /// <summary>How many of the version's files its folder holds (all of them for a base).</summary>
    public int Held { get; init; }

    /// <summary>
    /// Set when starting a new base would pay off (see <see cref="PatchPublishSettings.RebaseHintShare"/>): how many files
    /// changed since the base, what this publish copied, and what a rebase costs players (an app package with the new base).
    /// </summary>
    public string? RebaseHint { get; init; }
}
