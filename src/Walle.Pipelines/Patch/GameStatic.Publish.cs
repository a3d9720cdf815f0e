using System.Collections.Concurrent;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

public static partial class GameStatic
{
    /// <summary>
    /// Publishes <see cref="PatchPublishSettings.SourceDirectory"/> as a new version: hashes it, records the paths it
    /// changes since the base (<see cref="PatchChanges"/>), claims a folder (its own, or the live one when that holds no
    /// other bytes under the same names), puts there the files on the changed list (copied server-side when the store
    /// already has the bytes, uploaded otherwise), then switches the live manifests and applies retention.
    /// The first publish to a store, and one with <see cref="PatchPublishSettings.Rebase"/>, writes every file: a new base.
    /// Re-running after a failure resumes where it stopped.
    /// </summary>
    /// <exception cref="ObjectConflictException">Another publish won the race, or the version exists with other content.</exception>
    /// <exception cref="InvalidOperationException">The version is not greater than the live one and <see cref="PatchPublishSettings.Force"/> is off.</exception>
    public static async Task<PatchPublishResult> PublishAsync(IObjectStore store, PatchPublishSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var version = CocosVersion.RequireNumeric(settings.Version);
        PatchZips.RequireWindow(settings.ZipWindow);   // before hashing: bad input fails at once
        if (settings.RebaseHintShare is < 0 or > 1 or double.NaN)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.RebaseHintShare, "RebaseHintShare is a share of the version's files, from 0 (never) to 1.");
        if (settings.MaxDeletedShare is < 0 or > 1 or double.NaN)
            throw new ArgumentOutOfRangeException(nameof(settings), settings.MaxDeletedShare, "MaxDeletedShare is a share of the live files, from 0 to 1 (0.5: half).");
        // The store reads are remote and hashing is local: they run at the same time, from the start.
        var hashing = Task.Run(() => PatchManifests.GenerateAsync(ManifestSettings(settings with { Version = version }), context, cancellationToken), cancellationToken);
        var reading = ReadStateAsync(store, cancellationToken);
        await Task.WhenAll(hashing, reading);
        var files = await hashing;
        var (versionETag, live, changes, baseManifest) = await reading;
        var zipFolder = Path.Combine(Path.GetTempPath(), "walle-patch-zips", Guid.NewGuid().ToString("N"));
        try
        {
            var zipped = await ZipAsync(store, settings, files, changes, zipFolder, context, cancellationToken);
            return await PublishManifestAsync(store, settings, zipped?.Manifest ?? files, zipped, versionETag, live, changes, baseManifest, context, cancellationToken);
        }
        finally
        {
            if (Directory.Exists(zipFolder)) Directory.Delete(zipFolder, recursive: true);
        }
    }

    private static async Task<PatchPublishResult> PublishManifestAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest, PatchZipResult? zipped,
        string? versionETag, (PatchManifest Manifest, string ETag)? live, PatchChanges? changes, PatchManifest? baseManifest, BuildContext context, CancellationToken cancellationToken)
    {
        var version = manifest.Version;
        if (live is { } same && IsSameRelease(same.Manifest, manifest))
        {
            // Re-running a pipeline whose version is already live with exactly this content uploads nothing; it only
            // finishes what a publish stopped right after its live switch left undone (history, a new base, retention).
            context.Logger.Information("Version {Version} is already live on {Store} with this content: nothing to publish", version, store.Location);
            var folder = GameStaticLayout.ContentVersionOf(same.Manifest) ?? version;
            var removedNow = await FinishAsync(store, settings, same.Manifest, folder, changes, context, cancellationToken);
            return new PatchPublishResult(same.Manifest, version, PatchDiff.Between(same.Manifest, manifest), 0, 0, 0, manifest.Assets.Count, removedNow)
            {
                Folder = folder,
            };
        }

        var diff = PatchDiff.Between(live?.Manifest, manifest);
        Refuse(settings, manifest, live?.Manifest, diff, store.Location, context);
        context.Logger.Information("Publishing {Version} ({Files} files, {Bytes}) to {Store}; players on {Live} download {Added} added + {Modified} modified files ({Download}), {Deleted} deleted",
            version, manifest.Assets.Count, BuildProgress.FormatBytes(manifest.TotalBytes), store.Location, live?.Manifest.Version ?? "nothing",
            diff.Added.Count, diff.Modified.Count, BuildProgress.FormatBytes(diff.DownloadBytes), diff.Deleted.Count);

        var plan = await PlanAsync(store, settings, manifest, live?.Manifest, changes, baseManifest, context, cancellationToken);
        manifest = manifest with { PackageUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.Root(plan.Folder)) };
        var newFolder = await ClaimAsync(store, manifest, settings.Force, settings.ImmutableCacheControl, context, cancellationToken);
        if (plan.Existing is null)
            plan = plan with { Existing = newFolder ? new Dictionary<string, ObjectInfo>() : await ListRootAsync(store, plan.Folder, cancellationToken) };
        // After a lost switch the winner is live and done writing: the paths this publish listed as changed are completed in its folder.
        Func<Task>? lostSwitch = changes is not null && baseManifest is not null && !plan.StartsBase
            ? () => CompleteWinnerAsync(store, changes.Base, baseManifest, manifest, context, cancellationToken)
            : null;
        var (counts, rebaseHint) = await TransferAndSwitchAsync(store, settings, manifest, plan, zipped, versionETag, live?.ETag, lostSwitch, context, cancellationToken);
        if (!plan.StartsBase) await CompleteOwnFolderAsync(store, settings, manifest, plan, context, cancellationToken);
        var removed = await AfterSwitchAsync(store, settings, new PatchRelease(version, plan.Folder, context.Clock.GetUtcNow()) { Base = plan.Base }, record: true, plan.StartsBase, context, cancellationToken);
        return new PatchPublishResult(manifest, live?.Manifest.Version, diff, counts.Uploaded, counts.UploadedBytes, counts.Copied, counts.AlreadyThere, removed)
        {
            Folder = plan.Folder,
            Base = plan.Base,
            Held = plan.Held.Count,
            RebaseHint = rebaseHint,
        };
    }

    /// <summary>
    /// Advice to start a new base when the files changed since the base reach <see cref="PatchPublishSettings.RebaseHintShare"/>
    /// of the version and this publish had to copy them into a folder of its own; null otherwise.
    /// </summary>
    private static string? RebaseHint(PatchPublishSettings settings, PatchManifest manifest, PublishPlan plan, TransferCounts counts)
    {
        var files = manifest.Assets.Count;
        if (plan.StartsBase || counts.Carried == 0 || settings.RebaseHintShare == 0 || plan.Held.Count < settings.RebaseHintShare * files) return null;
        return $"{plan.Held.Count} of {files} files ({100.0 * plan.Held.Count / files:0.#}%) changed since the base {plan.Base}, and every version whose files clash with the live folder's " +
            $"gets a folder of its own holding all of them: {manifest.Version} wrote {counts.Carried} files earlier folders already held ({counts.Copied} copied server-side, " +
            $"{counts.UploadedAgain} small ones uploaded again) besides {counts.Uploaded - counts.UploadedAgain} files of its own, and that grows with every version. " +
            $"Publishing the next version as a rebase (PatchPublishSettings.Rebase) makes it a new base: its folder gets every file once (about {files} files), later versions write only what changed since it, " +
            $"so it pays off after about {Math.Max(1, (files + counts.Carried - 1) / counts.Carried)} publishes like this one. " +
            "Players on older versions cannot update past a new base: ship it with an app package that carries its content (a forced app update)";
    }

    /// <summary>Puts the held files into the planned folder, checks a shared one, writes the version's manifests and switches players to it.</summary>
    private static async Task<(TransferCounts Counts, string? RebaseHint)> TransferAndSwitchAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest,
        PublishPlan plan, PatchZipResult? zipped, string? versionETag, string? projectETag, Func<Task>? lostSwitch, BuildContext context, CancellationToken cancellationToken)
    {
        var version = manifest.Version;
        var zipFiles = zipped?.Zips.ToDictionary(z => z.Path, z => z.LocalFile) ?? [];
        var counts = await TransferAsync(store, settings, manifest, plan, zipFiles, context, cancellationToken);
        if (plan.Folder != version) await CheckSharedFolderAsync(store, manifest, plan, cancellationToken);
        var rebaseHint = RebaseHint(settings, manifest, plan, counts);
        if (rebaseHint is not null) context.Logger.Information("Hint: {RebaseHint}", rebaseHint);
        var immutableJson = new PutOptions { CacheControl = settings.ImmutableCacheControl, ContentType = "application/json" };
        if (zipped is not null)
            await store.PutAsync(PatchZipHistory.Key(version), new MemoryStream(zipped.FilesManifest.ToProjectJson()), immutableJson, cancellationToken);
        await store.PutAsync(GameStaticLayout.Root(version) + GameStaticLayout.VersionManifest, new MemoryStream(manifest.ToVersionJson()), immutableJson, cancellationToken);
        try
        {
            await SwitchLiveAsync(store, manifest, versionETag, projectETag, settings.MutableCacheControl, context, cancellationToken);
        }
        catch (ObjectConflictException) when (lostSwitch is not null)
        {
            await lostSwitch();
            throw;
        }
        return (counts, rebaseHint);
    }

    /// <summary>The steps after the live switch, each done only when missing, so a re-run completes a publish stopped between them.</summary>
    private static async Task<IReadOnlyList<string>> FinishAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest live, string folder, PatchChanges? changes, BuildContext context, CancellationToken cancellationToken)
    {
        var version = live.Version;
        // A base only when its own folder holds every file: a rebase re-run of a version published
        // without it must not make an incomplete folder the base.
        var startsBase = (settings.Rebase || changes is null) && changes?.Base != version && folder == version
            && await ListRootAsync(store, version, cancellationToken) is var held && live.Assets.All(a => held.TryGetValue(a.Key, out var o) && o.Size == a.Value.Size);
        var record = !(await PatchHistory.ReadAsync(store, cancellationToken)).Any(r => r.Version == version);
        if (record) context.Logger.Information("{Version} went live but is not in the history (the publish stopped after its live switch): recording it", version);
        if (startsBase) context.Logger.Information("{Version} is a complete base that was not recorded as one (the publish stopped after its live switch): later versions build on it", version);
        return await AfterSwitchAsync(store, settings, new PatchRelease(version, folder, context.Clock.GetUtcNow()) { Base = startsBase ? version : changes?.Base ?? version },
            record, startsBase, context, cancellationToken);
    }

    /// <summary>
    /// The steps after the live switch: the history records the release (only once live, so it never lists a publish
    /// that lost a race: the live manifests are the truth), a new base starts, retention runs.
    /// </summary>
    private static async Task<IReadOnlyList<string>> AfterSwitchAsync(IObjectStore store, PatchPublishSettings settings, PatchRelease release,
        bool record, bool startsBase, BuildContext context, CancellationToken cancellationToken)
    {
        if (record) await PatchHistory.AddAsync(store, release, settings.MutableCacheControl, cancellationToken);
        if (startsBase) await PatchChanges.StartAsync(store, release.Version, settings.MutableCacheControl, cancellationToken);
        return settings.Keep > 0 ? await ApplyRetentionAsync(store, settings.Keep, context, settings.MutableCacheControl, cancellationToken) : [];
    }

    /// <summary>Throws when the publish would hurt players: not a newer version, the same one with other bytes, no files, mass deletion.</summary>
    private static void Refuse(PatchPublishSettings settings, PatchManifest manifest, PatchManifest? live, PatchDiff diff, string location, BuildContext context)
    {
        var version = manifest.Version;
        var problem = live is null ? null
            : version == live.Version ? (PatchRefusal.SameVersionOtherContent,
                $"Version {version} is already live on {location} with other content ({diff.Added.Count} added, {diff.Modified.Count} modified, {diff.Deleted.Count} deleted files). " +
                $"Publish this content as a version greater than {version}. Forcing it would replace {version}'s files, but players who already have {version} compare " +
                "version numbers, not files, and would keep the old content")
            : !CocosVersion.IsNewer(version, live.Version) ? (PatchRefusal.NotNewer,
                $"Version {version} is not greater than the live version {live.Version} on {location}, so players would not update. Publish a greater version")
            : ((PatchRefusal, string)?)null;
        problem ??= manifest.Assets.Count == 0 ? (PatchRefusal.Empty,
                $"The content folder {settings.SourceDirectory} has no files: publishing it would delete every file players have{(live is null ? "" : $" ({live.Assets.Count} files of {live.Version})")}. " +
                "Check the source folder (a failed export or a wrong path)")
            : live is not null && diff.Deleted.Count > settings.MaxDeletedShare * live.Assets.Count ? (PatchRefusal.TooManyDeleted,
                $"Publishing {version} would delete {diff.Deleted.Count} of the {live.Assets.Count} files of the live version {live.Version} " +
                $"({100.0 * diff.Deleted.Count / live.Assets.Count:0.#}%, more than the {100 * settings.MaxDeletedShare:0.#}% allowed), e.g. {string.Join(", ", diff.Deleted.Take(3))}. " +
                "Check the source folder (a failed export or a wrong path), or raise the allowed share")
            : null;
        if (problem is not { } refused) return;
        if (!settings.Force) throw new PatchRefusedException(refused.Item1, refused.Item2 + ".");
        context.Logger.Warning("{Problem}; publishing anyway (forced)", refused.Item2);
    }

    /// <summary>The manifest settings a publish of <paramref name="settings"/> uses: URLs under the store's GameStatic layout.</summary>
    public static PatchManifestSettings ManifestSettings(PatchPublishSettings settings) => new(settings.SourceDirectory, settings.Version)
    {
        PackageUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.Root(settings.Version)),
        RemoteManifestUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.ProjectManifest),
        RemoteVersionUrl = GameStaticLayout.Url(settings.BaseUrl, GameStaticLayout.VersionManifest),
        EngineVersion = settings.EngineVersion,
        SearchPaths = settings.SearchPaths,
        FingerprintCache = settings.FingerprintCache,
        FollowInnerLinks = settings.FollowInnerLinks,
    };

    /// <summary>
    /// With <see cref="PatchPublishSettings.ZipWindow"/>, the manifest with the recent versions' changes bundled into patch zips
    /// (see <see cref="PatchZips"/>), looking back over the versions since the base; null without zips, and for a base, which
    /// holds every file one by one.
    /// </summary>
    private static async Task<PatchZipResult?> ZipAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest files, PatchChanges? changes, string zipFolder, BuildContext context, CancellationToken cancellationToken)
    {
        if (settings.ZipWindow == 0 || changes is null || settings.Rebase) return null;
        var releases = (await PatchHistory.ReadAsync(store, cancellationToken)).SkipWhile(r => r.Version != changes.Base);
        var previous = await PatchZipHistory.LoadAsync(store, releases, context, cancellationToken);
        var zipped = await PatchZips.ApplyAsync(files, previous, new PatchZipSettings(settings.SourceDirectory, zipFolder, settings.ZipWindow), cancellationToken);
        if (zipped.Zips.Count > 0)
            context.Logger.Information("{Version}: {Files} recently changed files go into {Zips} patch zips", files.Version, zipped.Zips.Sum(z => z.Files.Count), zipped.Zips.Count);
        return zipped;
    }

    private static bool IsSameRelease(PatchManifest live, PatchManifest local) =>
        live.Version == local.Version && PatchDiff.Between(live, local).IsEmpty;

    /// <summary>Where a version's files go and which of them: the plan of one publish.</summary>
    /// <param name="Folder">The version under <c>versions/</c> whose folder receives the files.</param>
    /// <param name="Base">The base version after this publish.</param>
    /// <param name="StartsBase">This publish writes every file and starts a new base once live.</param>
    /// <param name="Held">The paths the folder must hold.</param>
    /// <param name="Existing">What the folder already holds, by path; null until the folder is claimed (a new folder holds nothing, a resumed one is listed).</param>
    /// <param name="Sources">Keys already holding given bytes, by <see cref="ContentKey"/>: copied server-side instead of uploaded.</param>
    private sealed record PublishPlan(string Folder, string Base, bool StartsBase, IReadOnlyList<string> Held,
        IReadOnlyDictionary<string, ObjectInfo>? Existing, IReadOnlyDictionary<string, string> Sources);

    /// <summary>The live version.manifest's ETag, the live manifest, <c>changed.json</c> and the base's manifest, read while the content is hashed.</summary>
    private static async Task<(string? VersionETag, (PatchManifest Manifest, string ETag)? Live, PatchChanges? Changes, PatchManifest? BaseManifest)> ReadStateAsync(
        IObjectStore store, CancellationToken cancellationToken)
    {
        var version = store.HeadAsync(GameStaticLayout.VersionManifest, cancellationToken);
        var live = ReadLiveAsync(store, cancellationToken);
        var changes = await PatchChanges.ReadAsync(store, cancellationToken);
        var (versionETag, current) = ((await version)?.ETag, await live);
        var baseManifest = changes is null ? null
            : current is { Manifest: var m } && m.Version == changes.Base && GameStaticLayout.ContentVersionOf(m) == changes.Base ? m
            : await ReadVersionAsync(store, changes.Base, cancellationToken);
        return (versionETag, current, changes, baseManifest);
    }

    private static async Task<PublishPlan> PlanAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest, PatchManifest? live,
        PatchChanges? changes, PatchManifest? baseManifest, BuildContext context, CancellationToken cancellationToken)
    {
        var version = manifest.Version;
        // The held paths come from the union AddAsync reads after the live manifest was read: a version that went live
        // before that read added its paths already, one that goes live after it makes this publish's switch fail.
        var sources = CopySources(live, changes, baseManifest);
        if (changes is null || settings.Rebase)
        {
            context.Logger.Information(changes is null
                ? "{Version} is the base on {Store}: its folder gets every file, later versions only the files changed since it"
                : "{Version} starts a new base on {Store} (a rebase publish): its folder gets every file. Only players with a package from {Version} on can update past it", version, store.Location);
            return new PublishPlan(version, version, true, [.. manifest.Assets.Keys], null, sources);
        }
        if (baseManifest is null)
            throw new PatchRefusedException(PatchRefusal.BaseMissing, $"The base version {changes.Base} named in {store.Location}{GameStaticLayout.Changes} has no folder any more, so files unchanged since it have no home. " +
                "Only a rebase publish (PatchPublishSettings.Rebase) can start a new base (players then need an app package with that version's content).");

        var changed = await PatchChanges.AddAsync(store, changes.Base, PatchChanges.Between(baseManifest, manifest), settings.MutableCacheControl, cancellationToken);
        List<string> held = [.. manifest.Assets.Keys.Where(changed.Contains)];
        context.Logger.Information("{Version}: {Held} of {Files} files changed since the base {Base} and go into its folder; players have the rest", version, held.Count, manifest.Assets.Count, changes.Base);
        // A re-run of a publish that stopped after claiming its folder keeps that folder: the changed list has grown
        // by its own paths since, so deciding again could pick another folder and clash with its own claim.
        if (await ReadVersionAsync(store, version, cancellationToken) is { } claimed && PatchDiff.Between(claimed, manifest).IsEmpty
            && GameStaticLayout.ContentVersionOf(claimed) is { } claimedFolder)
        {
            context.Logger.Information("{Version} resumes in the folder it claimed before: {Folder}", version, GameStaticLayout.Root(claimedFolder));
            return new PublishPlan(claimedFolder, changes.Base, false, held, null, sources);
        }
        var liveFolder = live is null ? null : GameStaticLayout.ContentVersionOf(live);
        if (settings.ShareLiveFolder && liveFolder is not null && liveFolder != version && await TryShareAsync(store, manifest, held, live!, liveFolder, changes, settings.CopyParallelism, context, cancellationToken) is { } existing)
            return new PublishPlan(liveFolder, changes.Base, false, held, existing, sources);
        return new PublishPlan(version, changes.Base, false, held, null, sources);
    }

    /// <summary>
    /// What the live folder holds of <paramref name="held"/> when none of those names holds other bytes there (so the new
    /// version can add its files to it without changing anything another manifest points at); null otherwise.
    /// A clash the store need not be asked about is found first: a held path whose live bytes differ from the new ones and
    /// that the live folder holds (a path on the changed list, which the live folder got when it went live, or any path of
    /// the base folder that nothing changed since). Without one, a folder other than the base is listed (one request per
    /// 1,000 objects) rather than asked about path by path; the complete base folder is asked path by path.
    /// </summary>
    private static async Task<Dictionary<string, ObjectInfo>?> TryShareAsync(IObjectStore store, PatchManifest manifest, IReadOnlyList<string> held,
        PatchManifest live, string liveFolder, PatchChanges changes, int parallelism, BuildContext context, CancellationToken cancellationToken)
    {
        var root = GameStaticLayout.Root(liveFolder);
        // Conservative: when the live folder does not hold the path after all (the list grew since it went live), the
        // publish only gets a folder of its own, which is always safe.
        var onList = changes.Paths.ToHashSet(StringComparer.Ordinal);
        var isBase = liveFolder == changes.Base;
        foreach (var path in held)
            if (live.Assets.TryGetValue(path, out var was) && ContentKey(was) != ContentKey(manifest.Assets[path]) && (isBase || onList.Contains(path)))
                return null;
        var found = new ConcurrentDictionary<string, ObjectInfo>(StringComparer.Ordinal);
        var clash = 0;
        if (!isBase)
        {
            var listed = await ListRootAsync(store, liveFolder, cancellationToken);
            foreach (var path in held)
            {
                if (!listed.TryGetValue(path, out var info)) continue;
                if (!Holds(info, manifest.Assets[path])) return null;
                found[path] = info;
            }
        }
        else
        {
            await Parallel.ForEachAsync(held, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, async (path, token) =>
            {
                if (Volatile.Read(ref clash) != 0 || await store.HeadAsync(root + path, token) is not { } info) return;
                if (Holds(info, manifest.Assets[path])) found[path] = info;
                else Interlocked.Exchange(ref clash, 1);
            });
        }
        if (clash != 0) return null;
        context.Logger.Information("{Version} changes no file the live folder {Folder} holds: its files go into that folder ({There} already there)", manifest.Version, root, found.Count);
        return new Dictionary<string, ObjectInfo>(found, StringComparer.Ordinal);
    }

    /// <summary>Keys holding bytes the store already has: the base folder's files, and the live folder's changed files.</summary>
    private static Dictionary<string, string> CopySources(PatchManifest? live, PatchChanges? changes, PatchManifest? baseManifest)
    {
        var sources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (baseManifest is not null)
            foreach (var (path, asset) in baseManifest.Assets) sources.TryAdd(ContentKey(asset), GameStaticLayout.Root(changes!.Base) + path);
        if (live is not null && GameStaticLayout.ContentVersionOf(live) is { } liveFolder)
        {
            // Stores without changed.json have complete folders; otherwise the live folder holds its changed files.
            var inLiveFolder = changes is null ? null : changes.Paths.ToHashSet(StringComparer.Ordinal);
            foreach (var (path, asset) in live.Assets)
                if (inLiveFolder is null || inLiveFolder.Contains(path)) sources[ContentKey(asset)] = GameStaticLayout.Root(liveFolder) + path;
        }
        return sources;
    }

    private static string ContentKey(PatchAsset asset) => asset.Md5 + ":" + asset.Size;

    private sealed class TransferCounts
    {
        public int Uploaded;
        public long UploadedBytes;
        public int Copied;
        /// <summary>Uploads of files the store held elsewhere, smaller than <see cref="PatchPublishSettings.CopyMinimumBytes"/>.</summary>
        public int UploadedAgain;
        public int AlreadyThere;

        /// <summary>Files the folder needed that earlier folders already held.</summary>
        public int Carried => Copied + UploadedAgain;
    }

    private static async Task<TransferCounts> TransferAsync(IObjectStore store, PatchPublishSettings settings, PatchManifest manifest, PublishPlan plan,
        IReadOnlyDictionary<string, string> zipFiles, BuildContext context, CancellationToken cancellationToken)
    {
        var root = GameStaticLayout.Root(plan.Folder);
        var counts = new TransferCounts();
        var source = Path.GetFullPath(settings.SourceDirectory);
        using var progress = context.StartProgress($"Publishing {manifest.Version}", plan.Held.Sum(p => manifest.Assets[p].Size), "bytes");
        // A folder shared with the live version may be shared by a racing publish too: there, names are only created
        // (uploads with If-None-Match, never copies), so two publishes can never leave each other's bytes under a name.
        var shared = plan.Folder != manifest.Version;
        var immutable = new PutOptions { CacheControl = settings.ImmutableCacheControl, IfNoneMatch = shared ? "*" : null };
        using var uploads = new SemaphoreSlim(settings.Parallelism);
        var requests = Math.Max(settings.Parallelism, settings.CopyParallelism);
        await Parallel.ForEachAsync(plan.Held, new ParallelOptions { MaxDegreeOfParallelism = requests, CancellationToken = cancellationToken }, async (path, token) =>
        {
            var asset = manifest.Assets[path];
            var key = root + path;
            var options = immutable with { ContentType = ContentType(path) };
            // Where the store already holds these bytes, if elsewhere: a file the folder carries from an earlier one.
            var from = !shared && plan.Sources.TryGetValue(ContentKey(asset), out var held) && held != key ? held : null;
            if (Holds(plan.Existing!.GetValueOrDefault(path), asset))
            {
                Interlocked.Increment(ref counts.AlreadyThere);
            }
            // The copy is conditional on the source's bytes: a folder the plan took for holding them may have been
            // written since (a racing publish that shared it), and then the file is uploaded instead.
            // Into a shared folder nothing is copied: a copy cannot be made create-only, an upload can.
            else if (from is not null && asset.Size >= settings.CopyMinimumBytes && await TryCopyAsync(store, from, key, options with { ContentMd5 = asset.Md5 }, context, token))
            {
                Interlocked.Increment(ref counts.Copied);
            }
            else
            {
                if (from is not null) Interlocked.Increment(ref counts.UploadedAgain);
                await uploads.WaitAsync(token);
                try
                {
                    await using var file = new FileStream(zipFiles.GetValueOrDefault(path) ?? Path.Combine(source, path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.Asynchronous | FileOptions.SequentialScan);
                    await store.PutAsync(key, file, options with { ContentMd5 = asset.Md5 }, token);
                }
                catch (ObjectConflictException) when (shared)
                {
                    if (!Holds(await store.HeadAsync(key, token), asset))
                        throw new ObjectConflictException(key, $"Another publish wrote other bytes under {key} in the folder {manifest.Version} shares with the live version, " +
                            $"so {manifest.Version} did not go live. Re-run: it will use a folder of its own.");
                }
                finally
                {
                    uploads.Release();
                }
                Interlocked.Increment(ref counts.Uploaded);
                Interlocked.Add(ref counts.UploadedBytes, asset.Size);
            }
            progress.Increment(asset.Size);
        });
        context.Logger.Information("Version {Version}: uploaded {Uploaded} files ({Bytes}), copied {Copied} server-side, {There} already there",
            manifest.Version, counts.Uploaded, BuildProgress.FormatBytes(counts.UploadedBytes), counts.Copied, counts.AlreadyThere);
        return counts;
    }

    private static async Task<bool> TryCopyAsync(IObjectStore store, string sourceKey, string key, PutOptions options, BuildContext context, CancellationToken cancellationToken)
    {
        try
        {
            await store.CopyAsync(sourceKey, key, options, cancellationToken);
            return true;
        }
        catch (FileNotFoundException)
        {
            context.Logger.Warning("{Key} does not hold those bytes after all; uploading the file instead", sourceKey);
            return false;
        }
    }
}
