using System.IO.Compression;
using System.Security.Cryptography;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch;

/// <summary>Writes deterministic zips: entries in the given order, fixed timestamps and attributes, content checked against the manifest.</summary>
internal static class PatchZipWriter
{
    /// <summary>The zip format's earliest timestamp: entries carry no build-time information.</summary>
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static readonly HashSet<string> AlreadyCompressed = new(StringComparer.OrdinalIgnoreCase)
    {
        ".png", ".jpg", ".jpeg", ".webp", ".mp3", ".ogg", ".m4a", ".aac", ".mp4", ".zip", ".gz", ".pkm", ".astc",
    };

    public static PatchZip Write(string version, IReadOnlyList<string> files, PatchManifest current, PatchZipSettings settings, CancellationToken cancellationToken)
    {
        var temporary = Path.Combine(settings.ZipDirectory, $".writing-{version}-{Guid.NewGuid():N}.zip");
        try
        {
            using (var output = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024))
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create))
            {
                foreach (var path in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var level = AlreadyCompressed.Contains(Path.GetExtension(path)) ? CompressionLevel.NoCompression : settings.CompressionLevel;
                    var entry = archive.CreateEntry(path, level);
                    entry.LastWriteTime = FixedTime;
                    entry.ExternalAttributes = 0;
                    using var source = new FileStream(Path.Combine(settings.SourceDirectory, path), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, FileOptions.SequentialScan);
                    using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
                    using (var target = entry.Open()) CopyHashing(source, target, hash);
                    var md5 = Convert.ToHexStringLower(hash.GetHashAndReset());
                    if (!md5.Equals(current.Assets[path].Md5, StringComparison.OrdinalIgnoreCase))
                        throw new InvalidDataException($"'{path}' in {settings.SourceDirectory} changed after its manifest was generated (md5 {md5}, manifest {current.Assets[path].Md5}). Re-run the publish.");
                }
            }
            var zipMd5 = Md5.OfFile(temporary);
            var name = $".patch-{version}-{zipMd5[..8]}.zip";
            var final = Path.Combine(settings.ZipDirectory, name);
            File.Move(temporary, final, overwrite: true);
            return new PatchZip(name, version, files, zipMd5, new FileInfo(final).Length) { LocalFile = final };
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void CopyHashing(Stream source, Stream target, IncrementalHash hash)
    {
        var buffer = new byte[81920];
        int read;
        while ((read = source.Read(buffer, 0, buffer.Length)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            target.Write(buffer, 0, read);
        }
    }
}
