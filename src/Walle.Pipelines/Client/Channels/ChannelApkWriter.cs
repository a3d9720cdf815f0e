using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// Writes one channel APK: the input's ZIP entries byte for byte, the signing block with the channel pair, the central
/// directory and the end record with the central directory's new offset. Memory per APK is the block, not the file.
/// </summary>
internal static class ChannelApkWriter
{
    /// <summary>
    /// Writes <paramref name="path"/> through a hidden temporary file in the same folder, moved into place when complete.
    /// <paramref name="entriesHash"/> holds the SHA-256 state after the input's first <see cref="ApkLayout.BlockOffset"/> bytes.
    /// </summary>
    public static ChannelApk Write(ApkLayout layout, IncrementalHash entriesHash, ChannelInfo channel, string path, string? replaced, CancellationToken cancellationToken)
    {
        var source = layout.Block ?? throw new InvalidOperationException("Only signed APKs get channels.");
        var block = source.WithChannel(channel.ToJson(), source.IsPageAligned).ToBytes();
        var centralOffset = layout.BlockOffset + block.Length;
        if (centralOffset > uint.MaxValue)
            throw new ChannelApkRefusedException(ChannelApkRefusal.Zip64, layout.Path, $"{path} would need ZIP64 (over 4 GB); APKs are not ZIP64.");
        var end = layout.End.ToArray();
        BinaryPrimitives.WriteUInt32LittleEndian(end.AsSpan(16), (uint)centralOffset);

        var temp = Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            // The entries (nearly all of the file) are copied by the kernel: File.Copy uses copy_file_range / reflinks on
            // Linux, no bytes pass through this process. Then the tail is overwritten: block, central directory, end record.
            // Measured in benchmarks/client/results.txt against a buffered FileStream copy.
            File.Copy(layout.Path, temp);
            MakeWritable(temp);
            cancellationToken.ThrowIfCancellationRequested();
            using (var file = File.OpenHandle(temp, FileMode.Open, FileAccess.Write))
            {
                var at = layout.BlockOffset;
                RandomAccess.Write(file, block, at);
                RandomAccess.Write(file, layout.CentralDirectory, at += block.Length);
                RandomAccess.Write(file, end, at += layout.CentralDirectory.Length);
                RandomAccess.SetLength(file, at + end.Length);
            }
            cancellationToken.ThrowIfCancellationRequested();
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }

        IncrementalHash hash;
        lock (entriesHash) hash = entriesHash.Clone(); // shared by the parallel writers; Clone is not thread-safe
        using var _ = hash;
        hash.AppendData(block);
        hash.AppendData(layout.CentralDirectory);
        hash.AppendData(end);
        var size = layout.BlockOffset + block.Length + layout.CentralDirectory.Length + end.Length;
        return new ChannelApk(path, channel.Channel, size, Convert.ToHexStringLower(hash.GetHashAndReset()), replaced);
    }

    /// <summary>The copy keeps the input's permissions; a read-only input must still give a writable temporary file.</summary>
    private static void MakeWritable(string file)
    {
        if (OperatingSystem.IsWindows()) File.SetAttributes(file, FileAttributes.Normal);
        else File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
    }
}
