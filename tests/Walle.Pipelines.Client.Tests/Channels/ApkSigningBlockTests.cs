using Walle.Pipelines.Client.Channels;

namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>The block's layout rules on hand-made blocks (the real-APK tests cover apksigner's blocks).</summary>
public sealed class ApkSigningBlockTests
{
    private static readonly SigningBlockPair V2 = new(SigningBlockIds.V2, Enumerable.Range(0, 1000).Select(i => (byte)i).ToArray());
    private static readonly SigningBlockPair Unknown = new(0x12345678, new byte[] { 1, 2, 3 });

    [Fact]
    public void Bytes_parse_back_to_the_same_pairs()
    {
        var block = new ApkSigningBlock([V2, Unknown]);
        var parsed = ApkSigningBlock.Parse(block.ToBytes(), "x.apk");
        Assert.Equal(block.Size, block.ToBytes().Length);
        Assert.Equal([SigningBlockIds.V2, 0x12345678u], parsed.Pairs.Select(p => p.Id));
        Assert.Equal(V2.Value.ToArray(), parsed.Pairs[0].Value.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(2000)]
    [InlineData(4096 - 1000 - 12 - 12 - 32 - 12 - 3)]
    [InlineData(4096 - 1000 - 12 - 12 - 32 - 12 - 11)]
    [InlineData(4096 - 1000 - 12 - 12 - 32 - 12)]
    [InlineData(5000)]
    public void An_aligned_block_stays_aligned_whatever_the_channel_length_and_padding_comes_last(int channelLength)
    {
        var aligned = new ApkSigningBlock([V2]).WithChannel(ReadOnlyMemory<byte>.Empty, pageAligned: true);
        Assert.True(aligned.IsPageAligned);
        var channel = new byte[channelLength];
        var written = aligned.WithChannel(channel, pageAligned: true);

        Assert.True(written.IsPageAligned, written.ToString());
        Assert.Equal(SigningBlockIds.V2, written.Pairs[0].Id);
        Assert.Equal(SigningBlockIds.Channel, written.Pairs[1].Id);
        Assert.Equal(channelLength, written.Pairs[1].Value.Length);
        Assert.True(written.Pairs.Count == 2 || written.Pairs[2].Id == SigningBlockIds.VerityPadding);
        Assert.True(written.Size - 4096 < 12 + 1000 + 12 + channelLength + 32 + 12, $"{written.Size} wastes a page");
    }

    [Fact]
    public void An_unaligned_block_is_not_padded_and_keeps_an_existing_channel_in_place()
    {
        var block = new ApkSigningBlock([V2, new SigningBlockPair(SigningBlockIds.Channel, new byte[] { 9 }), Unknown, new SigningBlockPair(SigningBlockIds.Channel, new byte[] { 8 })]);
        var written = block.WithChannel(new byte[] { 7, 7 }, pageAligned: false);
        Assert.Equal([SigningBlockIds.V2, SigningBlockIds.Channel, 0x12345678u], written.Pairs.Select(p => p.Id));
        Assert.Equal(new byte[] { 7, 7 }, written.Pairs[1].Value.ToArray());
        Assert.Equal(block.Size - 13 - 13 + 14, written.Size);
    }

    [Fact]
    public void A_block_without_the_magic_or_with_disagreeing_sizes_is_malformed()
    {
        var bytes = new ApkSigningBlock([V2]).ToBytes();
        bytes[^1] ^= 1;
        Assert.Equal(ChannelApkRefusal.Malformed, Assert.Throws<ChannelApkRefusedException>(() => ApkSigningBlock.Parse(bytes, "x.apk")).Reason);
        bytes[^1] ^= 1;
        bytes[0] ^= 1;
        Assert.Contains("sizes disagree", Assert.Throws<ChannelApkRefusedException>(() => ApkSigningBlock.Parse(bytes, "x.apk")).Message);
    }
}
