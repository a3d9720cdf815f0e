using System.IO.Enumeration;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>Builds and writes Cocos hot-update manifests from a content folder.</summary>
public static class PatchManifests
{
    /// <summary>The live manifest's file name (also the entry point in the store).</summary>
    public const string ProjectManifest = "project.manifest";

    /// <summary>The version-only manifest's file name.</summary>
    public const string VersionManifest = "version.manifest";

    /// <summary>
    /// Walks <see cref="PatchManifestSettings.SourceDirectory"/>, hashes every file (MD5 of the raw bytes, in
    /// parallel, streamed) and returns the manifest. Hidden files (<c>.name</c>) and the manifests at the root are left out.
    /// </summary>
    /// <exception cref="PatchSourceNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file name cannot be published (not UTF-8, a backslash, a control character).</exception>
    public static async Task<PatchManifest> GenerateAsync(PatchManifestSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        CocosVersion.RequireNumeric(settings.Version);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(settings.SourceDirectory));
        if (!Directory.Exists(root))
            throw new PatchSourceNotFoundException(root, $"Patch source folder '{root}' does not exist. Set SourceDirectory of the patch settings to the folder holding the hot-update content.");
        var loading = Task.Run(() => settings.FingerprintCache is null ? null : FingerprintCache.Load(settings.FingerprintCache), cancellationToken);
        var files = Walk(root, settings.FollowInnerLinks);
        var cache = await loading;
        var assets = await Task.Run(() => Hash(root, files, cache, settings.Parallelism, context, cancellationToken), cancellationToken);
        if (cache is not null && settings.FingerprintCache is { } cachePath)
        {
            var prefix = root + Path.DirectorySeparatorChar;
            var md5 = new Dictionary<string, string>(files.Length, StringComparer.Ordinal);
            for (var i = 0; i < files.Length; i++) md5[prefix + files[i].Key] = assets[i].Md5;
            cache.Save(cachePath, md5);
        }
        var byPath = new SortedList<string, PatchAsset>(files.Length, StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) byPath.Add(files[i].Key, assets[i]);   // in order: each Add appends
        return new PatchManifest
        {
            PackageUrl = settings.PackageUrl,
            RemoteManifestUrl = settings.RemoteManifestUrl,
            RemoteVersionUrl = settings.RemoteVersionUrl,
            Version = settings.Version,
            EngineVersion = settings.EngineVersion,
            Assets = byPath,
            SearchPaths = settings.SearchPaths,
        };
    }

    /// <summary>Writes <c>project.manifest</c> and <c>version.manifest</c> into <paramref name="directory"/>.</summary>
    public static async Task WriteAsync(PatchManifest manifest, string directory, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(Path.Combine(directory, ProjectManifest), manifest.ToProjectJson(), cancellationToken);
        await File.WriteAllBytesAsync(Path.Combine(directory, VersionManifest), manifest.ToVersionJson(), cancellationToken);
    }

    /// <summary>Reads a manifest file.</summary>
    public static async Task<PatchManifest> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        PatchManifest.Parse(await File.ReadAllBytesAsync(path, cancellationToken), path);

    /// <summary>A file to hash, by its '/'-separated path under the content folder.</summary>
    private readonly record struct SourceFile(string Key);

    /// <summary>
    /// Hashes the files on <paramref name="parallelism"/> workers, each running eight files side by side with AVX2
    /// (<see cref="Md5Lanes"/>), or file by file on other CPUs. Each file is opened once and its size taken from the
    /// bytes hashed, so size and MD5 always describe the same bytes. Progress is reported in batches.
    /// </summary>
    private static PatchAsset[] Hash(string root, SourceFile[] files, FingerprintCache? cache, int parallelism, BuildContext context, CancellationToken cancellationToken)
    {
        const int progressBatch = 64;
        var assets = new PatchAsset[files.Length];
        var prefix = root + Path.DirectorySeparatorChar;
        using var progress = context.StartProgress($"Hashing {root}", files.Length);
        var next = -1;
        var done = 0;
        void Done(int i, string md5, long size)
        {
            assets[i] = new PatchAsset(md5, size);
            if (Interlocked.Increment(ref done) % progressBatch == 0) progress.Increment(progressBatch);
        }
        int Take()
        {
            for (var i = Interlocked.Increment(ref next); i < files.Length; i = Interlocked.Increment(ref next))
            {
                if (cache?.Find(PathOf(i)) is not { } known) return i;
                Done(i, known.Md5, known.Size);
            }
            return -1;
        }
        string PathOf(int i) => prefix + files[i].Key;

        Parallel.For(0, Math.Max(1, parallelism), new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = cancellationToken }, _ =>
        {
            if (Md5Lanes.IsSupported)
            {
                using var lanes = new Md5Lanes();
                lanes.Run(Take, PathOf, Done, cancellationToken);
                return;
            }
            for (var i = Take(); i >= 0; i = Take())
            {
                cancellationToken.ThrowIfCancellationRequested();
                Done(i, Md5.OfFile(PathOf(i), out var size), size);
            }
        });
        progress.Increment(done % progressBatch);
        return assets;
    }

    /// <summary>
    /// The files under <paramref name="root"/> in ordinal order, without hidden files and the root manifests; only names
    /// are read. Symbolic links are refused unless <paramref name="followInnerLinks"/> and they stay inside the folder.
    /// </summary>
    private static SourceFile[] Walk(string root, bool followInnerLinks)
    {
        var links = new List<string>();
        var files = Enumerate(root, root, links).ToList();
        foreach (var link in links)
            files.AddRange(FollowLink(root, link, followInnerLinks));
        var bad = files.Select(f => (f.Key, Problem: ObjectKey.Problem(f.Key))).Where(f => f.Problem is not null).ToArray();
        if (bad.Length > 0)
            throw new InvalidDataException($"{bad.Length} file(s) in '{root}' cannot be published; rename them:\n" +
                string.Join("\n", bad.Take(10).Select(b => $"  {ObjectKey.Printable(b.Key)}: {b.Problem}")) + (bad.Length > 10 ? $"\n  ... and {bad.Length - 10} more" : ""));
        var sorted = files.ToArray();
        Array.Sort(sorted, (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return sorted;
    }

    /// <summary>The files under <paramref name="folder"/>, keyed relative to <paramref name="root"/>; links are set aside in <paramref name="links"/>.</summary>
    private static IEnumerable<SourceFile> Enumerate(string root, string folder, List<string> links)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        var prefix = folder.Length > root.Length ? folder[(root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/') + "/" : "";
        return new FileSystemEnumerable<SourceFile>(folder, (ref FileSystemEntry e) => new SourceFile(prefix + RelativeKey(folder, ref e)), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) =>
            {
                if (e.FileName.StartsWith('.')) return false;
                if ((e.Attributes & FileAttributes.ReparsePoint) != 0)
                {
                    links.Add(e.ToFullPath());
                    return false;
                }
                return !e.IsDirectory && !(prefix.Length == 0 && e.Directory.Length == root.Length && e.FileName is ProjectManifest or VersionManifest);
            },
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.') && (e.Attributes & FileAttributes.ReparsePoint) == 0,
        };
    }

    /// <summary>What a link inside the content contributes: its target file, or the files of its target folder.</summary>
    private static IEnumerable<SourceFile> FollowLink(string root, string link, bool followInnerLinks)
    {
        var name = Path.GetRelativePath(root, link).Replace(Path.DirectorySeparatorChar, '/');
        var info = new FileInfo(link);
        var target = info.ResolveLinkTarget(returnFinalTarget: true);
        var isFolder = target is not null && Directory.Exists(target.FullName);
        if (target is null || !(isFolder || File.Exists(target.FullName)))
            throw new InvalidDataException(
                $"'{name}' in the content folder '{root}' is a symbolic link to {info.LinkTarget}, which does not exist. Remove the link or restore what it points to.");
        var full = Path.TrimEndingDirectorySeparator(target.FullName);
        var inside = full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        if (!inside)
            throw new InvalidDataException(
                $"'{name}' in the content folder '{root}' is a symbolic link leading out of it (to {full}); players would get a file that is not part of the content. " +
                "Copy the file into the content folder instead of linking it.");
        if (!followInnerLinks)
            throw new InvalidDataException(
                $"'{name}' in the content folder '{root}' is a symbolic link (to {Path.GetRelativePath(root, full)}). Links are refused by default; " +
                "replace it with the file, or allow links that stay inside the content folder.");
        if (!isFolder) return [new SourceFile(name)];
        if ((link + Path.DirectorySeparatorChar).StartsWith(full + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidDataException($"'{name}' in the content folder '{root}' links to a folder that contains it ({Path.GetRelativePath(root, full)}): a loop. Remove the link.");
        var nested = new List<string>();
        var files = Enumerate(root, link, nested).ToList();
        foreach (var inner in nested) files.AddRange(FollowLink(root, inner, followInnerLinks));
        return files;
    }

    /// <summary>The entry's path relative to <paramref name="root"/>, '/'-separated.</summary>
    private static string RelativeKey(string root, ref FileSystemEntry entry)
    {
        var folder = entry.Directory.Length > root.Length ? entry.Directory[(root.Length + 1)..] : [];
        var key = folder.IsEmpty ? entry.FileName.ToString() : string.Concat(folder, "/", entry.FileName);
        return Path.DirectorySeparatorChar == '/' ? key : key.Replace(Path.DirectorySeparatorChar, '/');
    }
}
