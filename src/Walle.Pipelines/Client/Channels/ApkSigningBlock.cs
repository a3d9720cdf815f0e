using System.Buffers.Binary;
using System.Text;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// The APK Signing Block that sits between the last ZIP entry and the central directory (APK Signature Scheme v2 layout):
/// <c>uint64 size</c> (of what follows), ID-value pairs (<c>uint64 length</c> of ID + value, <c>uint32 ID</c>, value),
/// <c>uint64 size</c> again and the 16-byte magic <c>APK Sig Block 42</c>. All numbers little-endian.
/// The v2/v3 signatures cover the ZIP entries, the central directory and the end record but not this block, so pairs
/// may be added or replaced without re-signing as long as every signature pair is kept byte for byte.
/// </summary>
public sealed class ApkSigningBlock
{
    /// <summary>The block's last 16 bytes.</summary>
    public static ReadOnlySpan<byte> Magic => "APK Sig Block 42"u8;

    /// <summary>Android's page size: apksigner pads the block to a multiple of it (verity padding pair).</summary>
    public const int PageSize = 4096;

    /// <summary>Bytes of the block outside its pairs: leading size, trailing size, magic.</summary>
    private const int Frame = 8 + 8 + 16;

    /// <summary>A block with these pairs, in order.</summary>
    public ApkSigningBlock(IReadOnlyList<SigningBlockPair> pairs) => Pairs = pairs;

    /// <summary>The pairs in file order.</summary>
    public IReadOnlyList<SigningBlockPair> Pairs { get; }

    /// <summary>Bytes of the whole block, both size fields and the magic included.</summary>
    public long Size => Frame + Pairs.Sum(p => p.Size);

    /// <summary>True when the whole block is a multiple of <see cref="PageSize"/> bytes.</summary>
    public bool IsPageAligned => Size % PageSize == 0;

    /// <summary>The first pair with this ID, or null.</summary>
    public SigningBlockPair? Find(uint id) => Pairs.FirstOrDefault(p => p.Id == id);

    /// <summary>
    /// Parses a whole block. Every length is checked against the bytes there are; any disagreement is reported as
    /// <see cref="ChannelApkRefusal.Malformed"/> naming <paramref name="apk"/>.
    /// </summary>
    public static ApkSigningBlock Parse(ReadOnlyMemory<byte> block, string apk)
    {
        var bytes = block.Span;
        if (bytes.Length < Frame)
            throw Malformed(apk, $"the APK Signing Block is {bytes.Length} bytes, shorter than its {Frame}-byte frame");
        if (!bytes[^16..].SequenceEqual(Magic))
            throw Malformed(apk, "the APK Signing Block's magic 'APK Sig Block 42' is missing");
        var leading = BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        var trailing = BinaryPrimitives.ReadUInt64LittleEndian(bytes[^24..]);
        if (leading != trailing || trailing != (ulong)bytes.Length - 8)
            throw Malformed(apk, $"the APK Signing Block's sizes disagree (leading {leading}, trailing {trailing}, block {bytes.Length - 8})");

        var pairs = new List<SigningBlockPair>();
        var offset = 8;
        var end = bytes.Length - 24;
        while (offset < end)
        {
            if (end - offset < 12)
                throw Malformed(apk, $"pair {pairs.Count + 1} of the APK Signing Block is cut short ({end - offset} bytes left)");
            var length = BinaryPrimitives.ReadUInt64LittleEndian(bytes[offset..]);
            if (length < 4 || length > (ulong)(end - offset - 8))
                throw Malformed(apk, $"pair {pairs.Count + 1} of the APK Signing Block claims {length} bytes, {end - offset - 8} are left");
            var id = BinaryPrimitives.ReadUInt32LittleEndian(bytes[(offset + 8)..]);
            pairs.Add(new SigningBlockPair(id, block.Slice(offset + 12, (int)length - 4)));
            offset += 8 + (int)length;
        }
        return new ApkSigningBlock(pairs);
    }

    /// <summary>
    /// This block with <paramref name="channel"/> as its only channel pair: an existing one is replaced where it was (any
    /// second one dropped), otherwise the pair goes before the verity padding (or last). Every other pair keeps its bytes
    /// and place. When <paramref name="pageAligned"/>, the padding pair is re-sized (added, or dropped when it would be
    /// empty) so the block stays a multiple of <see cref="PageSize"/>; otherwise it is kept as it was.
    /// </summary>
    public ApkSigningBlock WithChannel(ReadOnlyMemory<byte> channel, bool pageAligned)
    {
        var pairs = new List<SigningBlockPair>(Pairs.Count + 2);
        var channelPair = new SigningBlockPair(SigningBlockIds.Channel, channel);
        var placed = false;
        var paddingAt = -1;
        SigningBlockPair? padding = null;
        foreach (var pair in Pairs)
        {
            switch (pair.Id)
            {
                case SigningBlockIds.Channel:
                    if (!placed) pairs.Add(channelPair);
                    placed = true;
                    break;
                case SigningBlockIds.VerityPadding:
                    if (paddingAt < 0) (paddingAt, padding) = (pairs.Count, pair);
                    break;
                default:
                    pairs.Add(pair);
                    break;
            }
        }
        if (!placed)
        {
            if (paddingAt < 0) pairs.Add(channelPair);
            else pairs.Insert(paddingAt++, channelPair);
        }
        if (paddingAt < 0) paddingAt = pairs.Count;

        if (pageAligned)
        {
            var size = Frame + pairs.Sum(p => p.Size);
            var missing = (PageSize - size % PageSize) % PageSize;
            if (missing is > 0 and < 12) missing += PageSize; // a pair takes at least 12 bytes
            if (missing > 0) pairs.Insert(paddingAt, new SigningBlockPair(SigningBlockIds.VerityPadding, new byte[missing - 12]));
        }
        else if (padding is not null)
        {
            pairs.Insert(paddingAt, padding); // not aligned before: the padding pair stays as it was
        }
        return new ApkSigningBlock(pairs);
    }

    /// <summary>The block's bytes.</summary>
    public byte[] ToBytes()
    {
        var size = Size;
        if (size > int.MaxValue) throw new InvalidOperationException($"An APK Signing Block of {size} bytes is too large.");
        var bytes = new byte[size];
        var span = bytes.AsSpan();
        BinaryPrimitives.WriteUInt64LittleEndian(span, (ulong)size - 8);
        var offset = 8;
        foreach (var pair in Pairs)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(span[offset..], (ulong)pair.Value.Length + 4);
            BinaryPrimitives.WriteUInt32LittleEndian(span[(offset + 8)..], pair.Id);
            pair.Value.Span.CopyTo(span[(offset + 12)..]);
            offset += 12 + pair.Value.Length;
        }
        BinaryPrimitives.WriteUInt64LittleEndian(span[offset..], (ulong)size - 8);
        Magic.CopyTo(span[(offset + 8)..]);
        return bytes;
    }

    /// <summary>A <see cref="ChannelApkRefusal.Malformed"/> refusal saying what to do.</summary>
    internal static ChannelApkRefusedException Malformed(string apk, string what) =>
        new(ChannelApkRefusal.Malformed, apk,
            $"{apk}: {what}. The APK is damaged or was changed by a tool that does not keep the APK Signing Block intact; " +
            "build and sign it again (zipalign, then apksigner with v2 or later) and write channels into that file.");

    /// <summary>Text for a log: the pairs' IDs and sizes.</summary>
    public override string ToString()
    {
        var text = new StringBuilder($"APK Signing Block, {Size} bytes:");
        foreach (var pair in Pairs) text.Append($" 0x{pair.Id:x8}({pair.Value.Length})");
        return text.ToString();
    }
}
