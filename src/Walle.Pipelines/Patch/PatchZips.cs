namespace Walle.Pipelines.Patch;

/// <summary>
/// Optional patch zips (off by default): the manifest of version N lists, instead of the files one of the last
/// <see cref="PatchZipSettings.Window"/> versions V changed or added, one zip per V holding exactly those files, as a
/// <c>"compressed": true</c> asset the client unzips in place, as long as none of them changed again since V (see <see cref="Group"/>).
/// Other files stay listed one by one. A player on version P downloads the zips of the versions after P (one request each)
/// plus the files it lacks that are listed one by one.
/// <para>
/// The oldest version passed is the baseline: files unchanged since then are never zipped, so a player on an app package
/// does not download content it already has. Zips are deterministic (sorted entries, fixed timestamps and attributes):
/// the same content gives the same bytes, so publishing again changes nothing.
/// </para>
/// </summary>
public static class PatchZips
{
    /// <summary>Name of the per-file manifest stored next to a version's <c>project.manifest</c> when that lists zips.</summary>
    public const string FilesManifest = "files.manifest";

    /// <summary>
    /// Groups the files of <paramref name="current"/> by the version of their latest change and writes one zip per recent version.
    /// </summary>
    /// <param name="current">The version being published, listing every file (as <see cref="PatchManifests.GenerateAsync"/> makes it).</param>
    /// <param name="previous">
    /// Earlier versions, oldest first as published, each listing every file: a version published with zips is read from its
    /// <see cref="FilesManifest"/> (see <see cref="PatchZipHistory"/>). A version missing from the list only makes zips coarser, never wrong.
    /// </param>
    /// <param name="settings">Source, output folder and window.</param>
    /// <param name="cancellationToken">Cancels writing.</param>
    /// <exception cref="ArgumentException">A manifest lists zips, or the window is negative.</exception>
    /// <exception cref="InvalidDataException">A source file changed since <paramref name="current"/> was generated.</exception>
    public static async Task<PatchZipResult> ApplyAsync(PatchManifest current, IReadOnlyList<PatchManifest> previous, PatchZipSettings settings, CancellationToken cancellationToken = default)
    {
        RequireWindow(settings.Window);
        RequirePerFile(current, "the version being published");
        foreach (var manifest in previous) RequirePerFile(manifest, $"version {manifest.Version}");
        var history = previous.Where(m => m.Version != current.Version).Append(current).ToArray();
        var groups = Group(history, settings.Window, settings.MinimumFiles);
        if (groups.Count == 0) return new PatchZipResult(current, current, []);

        Directory.CreateDirectory(settings.ZipDirectory);
        var zips = new PatchZip[groups.Count];
        try
        {
            await Parallel.ForAsync(0, groups.Count, cancellationToken, (i, token) =>
            {
                zips[i] = PatchZipWriter.Write(groups[i].Version, groups[i].Files, current, settings, token);
                return ValueTask.CompletedTask;
            });
        }
        catch
        {
            // No partial set of zips is left for an upload step to pick up.
            foreach (var zip in zips) if (zip is not null) File.Delete(zip.LocalFile);
            throw;
        }

        var assets = new SortedDictionary<string, PatchAsset>(current.Assets.ToDictionary(), StringComparer.Ordinal);
        foreach (var zip in zips)
        {
            if (assets.ContainsKey(zip.Path))
                throw new ArgumentException($"The content has a file named '{zip.Path}', the name of a patch zip; rename it.");
            foreach (var file in zip.Files) assets.Remove(file);
            assets[zip.Path] = new PatchAsset(zip.Md5, zip.Size, Compressed: true);
        }
        return new PatchZipResult(current with { Assets = assets }, current, zips);
    }

    /// <summary>
    /// The zips of the recent versions. A file belongs to the version that started its current content (the earliest of the
    /// trailing versions with the same MD5). Version V gets a zip only while it is <b>intact</b>: every file V changed or added
    /// still has V's content. A zip is never shrunk: once one of its files changes again or is deleted, its other files are
    /// listed one by one from then on, so a player who keeps up downloads each unchanged file at most once more, and a zip it
    /// already has keeps its name and MD5 (nothing to download) in every later manifest.
    /// </summary>
    internal static List<(string Version, IReadOnlyList<string> Files)> Group(IReadOnlyList<PatchManifest> history, int window, int minimumFiles)
    {
        var last = history.Count - 1;
        var firstZipped = Math.Max(1, last - window + 1);
        if (window == 0 || firstZipped > last) return [];
        var byVersion = new SortedDictionary<int, List<string>>();
        foreach (var (path, asset) in history[last].Assets)
        {
            var since = last;
            while (since > 0 && history[since - 1].Assets.TryGetValue(path, out var older) && older.Md5.Equals(asset.Md5, StringComparison.OrdinalIgnoreCase))
                since--;
            if (since < firstZipped) continue;
            if (!byVersion.TryGetValue(since, out var files)) byVersion[since] = files = [];
            files.Add(path);
        }
        return byVersion.Where(g => g.Value.Count >= Math.Max(1, minimumFiles) && g.Value.Count == ChangedIn(history, g.Key))
            .Select(g => (history[g.Key].Version, (IReadOnlyList<string>)g.Value.Order(StringComparer.Ordinal).ToArray()))
            .ToList();
    }

    /// <summary>How many files version <paramref name="index"/> added or changed.</summary>
    private static int ChangedIn(IReadOnlyList<PatchManifest> history, int index) =>
        history[index].Assets.Count(a => !history[index - 1].Assets.TryGetValue(a.Key, out var before) || !before.Md5.Equals(a.Value.Md5, StringComparison.OrdinalIgnoreCase));

    /// <summary>Throws when <paramref name="window"/> is negative, naming the parameter and the fix.</summary>
    internal static void RequireWindow(int window)
    {
        if (window < 0)
            throw new ArgumentException($"PatchZipWindow is {window}; use 0 for no zips or the number of recent versions to zip (e.g. 3).");
    }

    private static void RequirePerFile(PatchManifest manifest, string what)
    {
        var zip = manifest.Assets.FirstOrDefault(a => a.Value.Compressed).Key;
        if (zip is not null)
            throw new ArgumentException($"The manifest of {what} lists the zip '{zip}' instead of its files. Pass the per-file manifest " +
                $"({FilesManifest} in that version's folder, written when it was published with zips).");
    }
}
