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
    /// <exception cref="DirectoryNotFoundException">The source folder does not exist.</exception>
    /// <exception cref="InvalidDataException">A file name cannot be published (not UTF-8, a backslash, a control character).</exception>
    public static async Task<PatchManifest> GenerateAsync(PatchManifestSettings settings, CancellationToken cancellationToken = default)
    {
        CocosVersion.Validate(settings.Version);
        var root = Path.GetFullPath(settings.SourceDirectory);
        if (!Directory.Exists(root))
            throw new DirectoryNotFoundException($"Patch source folder '{root}' does not exist. Set PatchSource (--patch-source) to the folder holding the hot-update content.");
        var files = Walk(root);
        var cache = FingerprintCache.Load(settings.FingerprintCache);
        var hashes = new string[files.Length];
        using (var progress = BuildProgress.Start($"Hashing {root}", files.Length))
        {
            await Parallel.ForAsync(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = settings.Parallelism, CancellationToken = cancellationToken }, (i, _) =>
            {
                var file = files[i];
                hashes[i] = cache.Find(file.Key, file.Size, file.Ticks) ?? Md5.OfFile(Path.Combine(root, file.Key));
                progress.Increment();
                return ValueTask.CompletedTask;
            });
        }
        if (settings.FingerprintCache is { } cachePath)
            FingerprintCache.Save(cachePath, files.Select((f, i) => (f.Key, f.Size, f.Ticks, hashes[i])));
        var assets = new SortedDictionary<string, PatchAsset>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++) assets[files[i].Key] = new PatchAsset(hashes[i], files[i].Size);
        return new PatchManifest
        {
            PackageUrl = settings.PackageUrl,
            RemoteManifestUrl = settings.RemoteManifestUrl,
            RemoteVersionUrl = settings.RemoteVersionUrl,
            Version = settings.Version,
            EngineVersion = settings.EngineVersion,
            Assets = assets,
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

    private readonly record struct SourceFile(string Key, long Size, long Ticks);

    private static SourceFile[] Walk(string root)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<SourceFile>(root,
            (ref FileSystemEntry e) => new SourceFile(e.ToSpecifiedFullPath()[(root.Length + 1)..].Replace(Path.DirectorySeparatorChar, '/'), e.Length, e.LastWriteTimeUtc.UtcTicks),
            options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory,
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.FileName.StartsWith('.'),
        };
        var files = entries
            .Where(f => f.Key is not (ProjectManifest or VersionManifest) && !Path.GetFileName(f.Key).StartsWith('.'))
            .OrderBy(f => f.Key, StringComparer.Ordinal)
            .ToArray();
        var bad = files.Select(f => (f.Key, Problem: ObjectKey.Problem(f.Key))).Where(f => f.Problem is not null).ToArray();
        if (bad.Length > 0)
            throw new InvalidDataException($"{bad.Length} file(s) in '{root}' cannot be published; rename them:\n" +
                string.Join("\n", bad.Take(10).Select(b => $"  {ObjectKey.Printable(b.Key)}: {b.Problem}")) + (bad.Length > 10 ? $"\n  ... and {bad.Length - 10} more" : ""));
        return files;
    }
}
