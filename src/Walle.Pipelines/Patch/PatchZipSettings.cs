using System.IO.Compression;

namespace Walle.Pipelines.Patch;

/// <summary>How <see cref="PatchZips"/> bundles recently changed files.</summary>
/// <param name="SourceDirectory">The content of the version being published (the files the zips hold).</param>
/// <param name="ZipDirectory">Where the zips are written; each is uploaded next to the version's files under its <see cref="PatchZip.Path"/>.</param>
/// <param name="Window">
/// How many recent versions get a zip of the files whose latest change happened in them (0 = no zips).
/// Players on one of the last <paramref name="Window"/> versions download one zip per newer version instead of one request per file.
/// </param>
public sealed record PatchZipSettings(string SourceDirectory, string ZipDirectory, int Window)
{
    /// <summary>A version with fewer changed files than this keeps them listed one by one (a zip of one file saves no request).</summary>
    public int MinimumFiles { get; init; } = 2;

    /// <summary>Deflate level for files that compress; formats that are already compressed (PNG, JPEG, WebP, audio, zips) are stored.</summary>
    public CompressionLevel CompressionLevel { get; init; } = CompressionLevel.Optimal;
}
