using System.Buffers.Binary;
using System.Text;
using Microsoft.Win32.SafeHandles;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// Where the parts of a signed APK are: the ZIP entries (<c>[0, BlockOffset)</c>), the APK Signing Block, the central
/// directory and the end of central directory record (with its comment). Read once per APK; only the block, the
/// central directory and the end record are held in memory, never the entries.
/// </summary>
internal sealed class ApkLayout
{
    private const uint EndSignature = 0x06054b50;
    private const uint Zip64LocatorSignature = 0x07064b50;
    private const uint CentralSignature = 0x02014b50;
    private const uint LocalSignature = 0x04034b50;
    private const uint DescriptorSignature = 0x08074b50;
    private const int EndSize = 22;

    /// <summary>Larger blocks are refused: real ones are a few KB (signatures and certificates) plus page padding.</summary>
    internal const int MaxBlockSize = 16 << 20;

    /// <summary>Larger central directories are refused (about 400 000 entries): they are held in memory once per APK.</summary>
    internal const int MaxCentralDirectorySize = 64 << 20;

    private ApkLayout(string path, long length, DateTime lastWrite, long blockOffset, ApkSigningBlock? block, byte[] centralDirectory, byte[] end, bool bundle)
    {
        Path = path;
        Length = length;
        LastWriteTimeUtc = lastWrite;
        BlockOffset = blockOffset;
        Block = block;
        CentralDirectory = centralDirectory;
        End = end;
        IsBundle = bundle;
    }

    /// <summary>The APK file.</summary>
    public string Path { get; }

    /// <summary>Its length when read.</summary>
    public long Length { get; }

    /// <summary>Its modification time when read.</summary>
    public DateTime LastWriteTimeUtc { get; }

    /// <summary>Where the signing block starts, or (without one) where the central directory starts: the ZIP entries end here.</summary>
    public long BlockOffset { get; }

    /// <summary>The signing block, null when there is none.</summary>
    public ApkSigningBlock? Block { get; }

    /// <summary>The central directory's bytes.</summary>
    public byte[] CentralDirectory { get; }

    /// <summary>The end of central directory record and its comment.</summary>
    public byte[] End { get; }

    /// <summary>True for an Android App Bundle (<c>BundleConfig.pb</c> or <c>base/manifest/</c> entries).</summary>
    public bool IsBundle { get; }

    /// <summary>Reads the layout; every inconsistency is a <see cref="ChannelApkRefusal.Malformed"/> refusal naming the file.</summary>
    public static ApkLayout Read(string path)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var info = new FileInfo(path);
        var length = RandomAccess.GetLength(file);

        var (endOffset, end) = FindEnd(file, length, path);
        var span = end.AsSpan();
        var entries = BinaryPrimitives.ReadUInt16LittleEndian(span[10..]);
        var centralSize = BinaryPrimitives.ReadUInt32LittleEndian(span[12..]);
        var centralOffset = BinaryPrimitives.ReadUInt32LittleEndian(span[16..]);
        if (entries == 0xFFFF || centralSize == 0xFFFFFFFF || centralOffset == 0xFFFFFFFF || HasZip64Locator(file, endOffset))
            throw new ChannelApkRefusedException(ChannelApkRefusal.Zip64, path,
                $"{path} is a ZIP64 archive. APKs are not ZIP64 (apksigner does not sign them); keep the APK under 4 GB and 65 535 entries.");
        if (BinaryPrimitives.ReadUInt16LittleEndian(span[4..]) != 0 || BinaryPrimitives.ReadUInt16LittleEndian(span[6..]) != 0 || BinaryPrimitives.ReadUInt16LittleEndian(span[8..]) != entries)
            throw Malformed(path, "the ZIP end record describes a multi-disk archive");
        if ((long)centralOffset + centralSize != endOffset)
            throw Malformed(path, $"the central directory ({centralSize} bytes at {centralOffset}) does not end where the end record starts ({endOffset})");
        if (centralSize > MaxCentralDirectorySize)
            throw Malformed(path, $"the central directory is {centralSize} bytes (at most {MaxCentralDirectorySize} are read)");

        var central = ReadExactly(file, centralOffset, (int)centralSize, path, "central directory");
        var (entriesEnd, bundle) = ReadEntries(file, central, entries, centralOffset, path);
        if (entriesEnd == centralOffset)
            return new ApkLayout(path, length, info.LastWriteTimeUtc, centralOffset, null, central, end, bundle);

        var gap = centralOffset - entriesEnd;
        if (gap < 32)
            throw Malformed(path, $"{gap} bytes between the last entry and the central directory are too few for an APK Signing Block");
        var footer = ReadExactly(file, centralOffset - 24, 24, path, "APK Signing Block");
        if (!footer.AsSpan(8).SequenceEqual(ApkSigningBlock.Magic))
            throw Malformed(path, $"{gap} bytes lie between the last entry and the central directory but the APK Signing Block's magic 'APK Sig Block 42' is missing");
        var size = BinaryPrimitives.ReadUInt64LittleEndian(footer);
        if (size < 24 || size > (ulong)gap - 8)
            throw Malformed(path, $"the APK Signing Block's trailing size ({size}) does not fit the {gap} bytes before the central directory");
        if (size + 8 > MaxBlockSize)
            throw Malformed(path, $"the APK Signing Block claims {size + 8} bytes (at most {MaxBlockSize} are read)");
        var blockOffset = centralOffset - (long)size - 8;
        var bytes = ReadExactly(file, blockOffset, (int)size + 8, path, "APK Signing Block");
        var block = ApkSigningBlock.Parse(bytes, path);
        return new ApkLayout(path, length, info.LastWriteTimeUtc, blockOffset, block, central, end, bundle);
    }

    /// <summary>Finds the end record scanning back over a comment of up to 65 535 bytes, as apksig does.</summary>
    private static (long Offset, byte[] End) FindEnd(SafeFileHandle file, long length, string path)
    {
        if (length < EndSize)
            throw Malformed(path, $"the file is {length} bytes, too short for a ZIP");
        var tailLength = (int)Math.Min(length, EndSize + ushort.MaxValue);
        var tail = ReadExactly(file, length - tailLength, tailLength, path, "ZIP end record");
        for (var at = tailLength - EndSize; at >= 0; at--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(tail.AsSpan(at)) != EndSignature) continue;
            var comment = BinaryPrimitives.ReadUInt16LittleEndian(tail.AsSpan(at + 20));
            if (at + EndSize + comment != tailLength) continue;
            return (length - tailLength + at, tail[at..]);
        }
        throw Malformed(path, "no ZIP end of central directory record was found (not a ZIP, or truncated)");
    }

    private static bool HasZip64Locator(SafeFileHandle file, long endOffset)
    {
        if (endOffset < 20) return false;
        Span<byte> signature = stackalloc byte[4];
        return RandomAccess.Read(file, signature, endOffset - 20) == 4 && BinaryPrimitives.ReadUInt32LittleEndian(signature) == Zip64LocatorSignature;
    }

    /// <summary>Walks the central directory: whether it is a bundle, and where the entry stored last ends.</summary>
    private static (long End, bool Bundle) ReadEntries(SafeFileHandle file, byte[] central, int count, long centralOffset, string path)
    {
        var span = central.AsSpan();
        var offset = 0;
        var bundle = false;
        (long Local, long Compressed, ushort Flags) last = (-1, 0, 0);
        for (var i = 0; i < count; i++)
        {
            if (span.Length - offset < 46 || BinaryPrimitives.ReadUInt32LittleEndian(span[offset..]) != CentralSignature)
                throw Malformed(path, $"central directory entry {i + 1} of {count} is missing or cut short");
            var flags = BinaryPrimitives.ReadUInt16LittleEndian(span[(offset + 8)..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(span[(offset + 20)..]);
            var nameLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(offset + 28)..]);
            var extraLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(offset + 30)..]);
            var commentLength = BinaryPrimitives.ReadUInt16LittleEndian(span[(offset + 32)..]);
            var local = BinaryPrimitives.ReadUInt32LittleEndian(span[(offset + 42)..]);
            var next = offset + 46 + nameLength + extraLength + commentLength;
            if (next > span.Length)
                throw Malformed(path, $"central directory entry {i + 1} of {count} runs past the central directory");
            if (compressed == 0xFFFFFFFF || local == 0xFFFFFFFF)
                throw new ChannelApkRefusedException(ChannelApkRefusal.Zip64, path, $"{path} has ZIP64 entries; APKs are not ZIP64 (apksigner does not sign them).");
            var name = Encoding.UTF8.GetString(span.Slice(offset + 46, nameLength));
            bundle |= name == "BundleConfig.pb" || name.StartsWith("base/manifest/", StringComparison.Ordinal);
            if (local > last.Local) last = (local, compressed, flags);
            offset = next;
        }
        if (offset != span.Length)
            throw Malformed(path, $"the central directory has {span.Length - offset} bytes after its {count} entries");
        if (last.Local < 0) return (0, bundle);

        var header = ReadExactly(file, last.Local, 30, path, "last local entry header");
        if (BinaryPrimitives.ReadUInt32LittleEndian(header) != LocalSignature)
            throw Malformed(path, $"no local entry header at offset {last.Local}, where the central directory points");
        var end = last.Local + 30 + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(26)) + BinaryPrimitives.ReadUInt16LittleEndian(header.AsSpan(28)) + last.Compressed;
        if ((last.Flags & 0x08) != 0)
        {
            // Data descriptor: crc + sizes (12 bytes), with an optional signature in front.
            var descriptor = end + 4 <= centralOffset ? ReadExactly(file, end, 4, path, "data descriptor") : [];
            end += descriptor.Length == 4 && BinaryPrimitives.ReadUInt32LittleEndian(descriptor) == DescriptorSignature ? 16 : 12;
        }
        if (end > centralOffset)
            throw Malformed(path, $"the last entry ends at {end}, after the central directory's start ({centralOffset})");
        return (end, bundle);
    }

    private static byte[] ReadExactly(SafeFileHandle file, long offset, int count, string path, string what)
    {
        var bytes = new byte[count];
        var done = 0;
        while (done < count)
        {
            var read = RandomAccess.Read(file, bytes.AsSpan(done), offset + done);
            if (read == 0) throw Malformed(path, $"the file ends inside the {what}");
            done += read;
        }
        return bytes;
    }

    private static ChannelApkRefusedException Malformed(string path, string what) => ApkSigningBlock.Malformed(path, what);
}
