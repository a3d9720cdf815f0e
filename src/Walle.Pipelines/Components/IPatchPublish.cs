using Walle.Pipelines.Engine;
using Walle.Pipelines.Patch;

namespace Walle.Pipelines.Components;

/// <summary>
/// Hot-update patches on GameStatic: <c>PatchManifest</c>, <c>PatchDiff</c>, <c>PatchPublish</c>,
/// <c>PatchRollback</c>, <c>PatchVerify</c>. The store comes from <see cref="IObjectStorage"/>.
/// </summary>
public interface IPatchPublish : IObjectStorage
{
    /// <summary>The hot-update content folder.</summary>
    [Parameter("Hot-update content folder (default: client/ under the root)")]
    string PatchSource => TryGetValue<string>(nameof(PatchSource)) ?? Path.Combine(RootDirectory, "client");

    /// <summary>The version to publish.</summary>
    [Parameter("Hot-update version to publish, compared like the cocos2d-x client (e.g. 1.2.3)")]
    string? PatchVersion => TryGetValue<string>(nameof(PatchVersion));

    /// <summary>The public URL of the store root as players reach it.</summary>
    [Parameter("Public base URL of the store as players see it (the CDN); default: the store location")]
    string? PatchCdnUrl => TryGetValue<string>(nameof(PatchCdnUrl));

    /// <summary>Engine version written into manifests.</summary>
    [Parameter("Engine version written into the manifests")]
    string? PatchEngineVersion => TryGetValue<string>(nameof(PatchEngineVersion));

    /// <summary>Versions kept in the store.</summary>
    [Parameter("Versions kept in the store after a publish (default 5)")]
    int PatchKeep => TryGetValue<int?>(nameof(PatchKeep)) ?? 5;

    /// <summary>Publish a version that is not greater than the live one, or replace a version's folder.</summary>
    [Parameter("Publish even if the version is not greater than the live one")]
    bool PatchForce => TryGetValue<bool?>(nameof(PatchForce)) ?? false;

    /// <summary>Start a new base with this publish (see <see cref="Patch.PatchChanges"/>).</summary>
    [Parameter("Make this version a new complete base; later versions store only what changed since it (use with a forced app update)")]
    bool PatchRebase => TryGetValue<bool?>(nameof(PatchRebase)) ?? false;

    /// <summary>Recent versions whose changes are bundled into patch zips.</summary>
    [Parameter("Recent versions whose changed files are bundled into patch zips, one download each (default 0 = off)")]
    int PatchZipWindow => TryGetValue<int?>(nameof(PatchZipWindow)) ?? 0;

    /// <summary>The largest share of the live files a publish may delete without <see cref="PatchForce"/>.</summary>
    [Parameter("Largest share of the live version's files a publish may delete without --patch-force (default 0.5 = half)")]
    double? PatchMaxDeletedShare => TryGetValue<double?>(nameof(PatchMaxDeletedShare));

    /// <summary>Publish symbolic links whose target is inside the content folder.</summary>
    [Parameter("Publish symbolic links that stay inside the content folder as their target's bytes (links out of it are always refused)")]
    bool PatchFollowInnerLinks => TryGetValue<bool?>(nameof(PatchFollowInnerLinks)) ?? false;

    /// <summary>The version number a rollback goes live as.</summary>
    [Parameter("Version a rollback goes live as (default: the live version with its fourth number bumped)")]
    string? PatchRollbackVersion => TryGetValue<string>(nameof(PatchRollbackVersion));

    /// <summary>The version whose content <c>PatchRollback</c> puts back.</summary>
    [Parameter("Version whose content PatchRollback puts live again")]
    string? PatchRollbackTo => TryGetValue<string>(nameof(PatchRollbackTo));

    /// <summary>Where <c>PatchManifest</c> writes the manifests (to bundle in the client package).</summary>
    [Parameter("Folder PatchManifest writes project.manifest and version.manifest to (default .nuke/temp/patch)")]
    string PatchOutput => TryGetValue<string>(nameof(PatchOutput)) ?? Path.Combine(TemporaryDirectory, "patch");

    /// <summary>Where content hashes are remembered between runs (unchanged files are not hashed again).</summary>
    string PatchFingerprintCache => Path.Combine(TemporaryDirectory, "patch-fingerprints.tsv");

    /// <summary>Customises publish settings.</summary>
    PatchPublishSettings ConfigurePatchPublish(PatchPublishSettings settings) => settings;

    /// <summary>Customises rollback settings.</summary>
    PatchRollbackSettings ConfigurePatchRollback(PatchRollbackSettings settings) => settings;

    /// <summary>The publish settings built from parameters and <see cref="ConfigurePatchPublish"/>.</summary>
    PatchPublishSettings PatchPublishSettings
    {
        get
        {
            var settings = new PatchPublishSettings(PatchSource, CocosVersion.RequireNumeric(PatchVersion), PatchCdnUrl ?? OpenStore().Location)
            {
                EngineVersion = PatchEngineVersion,
                Force = PatchForce,
                Rebase = PatchRebase,
                ZipWindow = PatchZipWindow,
                Keep = PatchKeep,
                FingerprintCache = PatchFingerprintCache,
                FollowInnerLinks = PatchFollowInnerLinks,
            };
            return ConfigurePatchPublish(PatchMaxDeletedShare is { } share ? settings with { MaxDeletedShare = share } : settings);
        }
    }

    /// <summary>Writes <c>project.manifest</c> and <c>version.manifest</c> for the content to <see cref="PatchOutput"/>.</summary>
    Target PatchManifest => _ => _
        .Description("Generates the hot-update manifests for the content folder")
        .Requires(() => PatchVersion)
        .Executes(async ct =>
        {
            var manifest = await PatchErrors.ExplainAsync(() => PatchManifests.GenerateAsync(GameStatic.ManifestSettings(PatchPublishSettings), Context, ct));
            await PatchManifests.WriteAsync(manifest, PatchOutput, ct);
            Context.Logger.Information("Wrote manifests for {Version} ({Files} files) to {Output}", manifest.Version, manifest.Assets.Count, PatchOutput);
        });

    /// <summary>Prints what players on the live version would download.</summary>
    Target PatchDiff => _ => _
        .Description("Shows what players on the live version would download")
        .Executes(async ct =>
        {
            var live = await PatchErrors.ExplainAsync(() => PatchZipHistory.LiveFilesAsync(OpenStore(), ct));
            var local = await PatchErrors.ExplainAsync(() => PatchManifests.GenerateAsync(new PatchManifestSettings(PatchSource, PatchVersion ?? "0") { FingerprintCache = PatchFingerprintCache }, Context, ct));
            var diff = Patch.PatchDiff.Between(live, local);
            foreach (var path in diff.Added) Context.Logger.Information("  added     {Path}", path);
            foreach (var path in diff.Modified) Context.Logger.Information("  modified  {Path}", path);
            foreach (var path in diff.Deleted) Context.Logger.Information("  deleted   {Path}", path);
            Context.Logger.Information("Players on {Live} would download {Count} files ({Bytes}); {Deleted} deleted",
                live?.Version ?? "nothing", diff.Added.Count + diff.Modified.Count, BuildProgress.FormatBytes(diff.DownloadBytes), diff.Deleted.Count);
        });

    /// <summary>Publishes the content as <see cref="PatchVersion"/> and switches players to it.</summary>
    Target PatchPublish => _ => _
        .Description("Publishes the hot-update content and makes it live")
        .Requires(() => PatchVersion)
        .Executes(async ct =>
        {
            var result = await PatchErrors.ExplainAsync(() => GameStatic.PublishAsync(OpenStore(), PatchPublishSettings, Context, ct));
            if (result.RebaseHint is not null) Context.Logger.Information(PatchErrors.RebaseAdvice);
        });

    /// <summary>Puts the content of <see cref="PatchRollbackTo"/> live again.</summary>
    Target PatchRollback => _ => _
        .Description("Puts an earlier version's content live again (--patch-rollback-to <version>)")
        .Requires(() => PatchRollbackTo)
        .Executes(async ct =>
        {
            // Not PatchVersion: that names the version being built (often fixed in parameters.json), not the rollback's.
            await PatchErrors.ExplainAsync(() => GameStatic.RollbackAsync(OpenStore(), ConfigurePatchRollback(new PatchRollbackSettings(PatchRollbackTo!) { Version = PatchRollbackVersion }), Context, ct));
        });

    /// <summary>Fails when the live manifest names a missing or wrong object.</summary>
    Target PatchVerify => _ => _
        .Description("Checks every asset of the live version exists with the right size and MD5; with --patch-source, also that it is exactly that folder")
        .Executes(async ct =>
        {
            var store = OpenStore();
            var result = await PatchErrors.ExplainAsync(() => GameStatic.VerifyAsync(store, Context, ct));
            if (!result.Ok)
                throw new InvalidOperationException($"PatchVerify: live version {result.Version ?? "none"} has {result.Problems.Count} problem(s); first: {result.Problems.FirstOrDefault()}");
            Context.Logger.Information("Live version {Version}: all {Count} assets present with the right size and MD5", result.Version, result.Checked);
            if (TryGetValue<string>(nameof(PatchSource)) is not { } source) return;
            var built = await PatchErrors.ExplainAsync(() => GameStatic.VerifySourceAsync(store, source, Context, PatchFollowInnerLinks, ct));
            if (!built.Ok)
                throw new InvalidOperationException($"PatchVerify: live version {built.Version} is not the content of {source} (--patch-source): {built.Problems.Count} file(s) differ; first: {built.Problems.FirstOrDefault()}");
            Context.Logger.Information("Live version {Version} is exactly {Source} ({Count} files, every byte read)", built.Version, source, built.Checked);
        });
}
