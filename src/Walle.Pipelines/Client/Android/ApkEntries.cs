using System.IO.Compression;

namespace Walle.Pipelines.Client.Android;

/// <summary>
/// Adds a game's assets and native libraries to a packaged APK as zip entries. Written here rather than with
/// <c>aapt -A</c> / <c>aapt add</c> because aapt refuses asset names outside ASCII ("按钮_确定.png: error: Invalid
/// filename", measured with Debian's aapt 10), and Chinese file names are common in game content; Android reads
/// UTF-8 entry names. Entries whose extension is in the no-compress list, and native libraries, are stored.
/// </summary>
internal static class ApkEntries
{
    public static void Add(string apk, string? assets, string? nativeLibraries, IReadOnlyCollection<string> noCompress, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(noCompress.Select(e => "." + e.TrimStart('.')), StringComparer.OrdinalIgnoreCase);
        using var zip = ZipFile.Open(apk, ZipArchiveMode.Update);
        if (assets is not null)
            foreach (var file in Files(assets))
            {
                cancellationToken.ThrowIfCancellationRequested();
                var name = "assets/" + Path.GetRelativePath(assets, file).Replace(Path.DirectorySeparatorChar, '/');
                zip.CreateEntryFromFile(file, name, stored.Contains(Path.GetExtension(file)) ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
            }
        if (nativeLibraries is not null)
            foreach (var file in Files(nativeLibraries).Where(f => f.EndsWith(".so", StringComparison.Ordinal)))
            {
                var relative = Path.GetRelativePath(nativeLibraries, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Count(c => c == '/') != 1)
                    throw new InvalidDataException($"Native library '{file}' must be directly in an ABI folder (e.g. {nativeLibraries}/arm64-v8a/libgame.so).");
                // Stored, so Android maps it from the APK without extracting it (zipalign -p page-aligns it).
                zip.CreateEntryFromFile(file, "lib/" + relative, CompressionLevel.NoCompression);
            }
    }

    /// <summary>The files under <paramref name="folder"/> in ordinal order (same inputs, same APK), hidden ones left out.</summary>
    private static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.Hidden })
            .Where(f => !Path.GetFileName(f).StartsWith('.'))
            .Order(StringComparer.Ordinal);
}
