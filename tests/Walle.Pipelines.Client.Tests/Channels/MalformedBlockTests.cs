using System.Buffers.Binary;
using Walle.Pipelines.Client.Channels;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>
/// Fuzz-ish: a real v2+v3 APK with its signing block damaged in many seeded ways. Structural damage (sizes, magic, pair
/// lengths, truncation) is always the "malformed" refusal; damage anywhere in the block is a refusal or a written APK,
/// never another exception type, and a refusal never leaves a file.
/// </summary>
[Collection(SignedApksCollection.Name)]
public sealed class MalformedBlockTests(SignedApks apks) : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly Random _random = new(20261201);

    public static TheoryData<string> Damage => ["leading size", "trailing size", "magic", "pair length", "cut block start", "cut file"];

    [Theory]
    [MemberData(nameof(Damage))]
    public async Task Structural_damage_is_refused_as_malformed_and_writes_nothing(string damage)
    {
        var original = File.ReadAllBytes(apks.V2V3);
        var (blockOffset, centralOffset, end) = Locate(original);
        for (var round = 0; round < 40; round++)
        {
            var bytes = damage switch
            {
                "leading size" => Changed(original, blockOffset, 8),
                "trailing size" => Changed(original, centralOffset - 24, 8),
                "magic" => Flipped(original, centralOffset - 16 + _random.Next(16)),
                "pair length" => Changed(original, PairOffsets(original, blockOffset, centralOffset)[round % 3], 8),
                "cut block start" => CutBlockStart(original, blockOffset, end, 1 + _random.Next((int)(centralOffset - blockOffset) - 1)),
                _ => original[.._random.Next(original.Length)],
            };
            var error = await RefusedAsync(bytes, round);
            Assert.True(error.Reason == ChannelApkRefusal.Malformed, $"{damage}, round {round}: {error.Reason}: {error.Message}");
            Assert.Contains("build and sign it again", error.Message);
        }
    }

    [Fact]
    public async Task Random_damage_anywhere_in_the_block_is_a_refusal_or_an_apk_never_another_exception()
    {
        var original = File.ReadAllBytes(apks.V2V3);
        var (blockOffset, centralOffset, _) = Locate(original);
        var refused = 0;
        for (var round = 0; round < 200; round++)
        {
            var bytes = original.ToArray();
            for (var flips = 1 + _random.Next(4); flips > 0; flips--)
                bytes[blockOffset + _random.Next((int)(centralOffset - blockOffset))] ^= (byte)(1 + _random.Next(255));
            var apk = _folder[$"random{round}.apk"];
            await File.WriteAllBytesAsync(apk, bytes);
            var output = _folder[$"out{round}"];
            try
            {
                var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apk, output, [new ChannelInfo("huawei")]), new BuildContext());
                Assert.Equal("huawei", ApkChannel.Read(written[0].Path)!.Channel);
            }
            catch (ChannelApkRefusedException)
            {
                refused++;
                Assert.Empty(_folder.Files($"out{round}"));
            }
        }
        Assert.InRange(refused, 1, 199); // both outcomes happened: the damage reached structure and values
    }

    private async Task<ChannelApkRefusedException> RefusedAsync(byte[] bytes, int round)
    {
        var apk = _folder[$"damaged{round}.apk"];
        await File.WriteAllBytesAsync(apk, bytes);
        var output = _folder[$"out{round}"];
        var error = await Assert.ThrowsAsync<ChannelApkRefusedException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apk, output, [new ChannelInfo("huawei")]), new BuildContext()));
        Assert.Empty(_folder.Files($"out{round}"));
        var read = Assert.Throws<ChannelApkRefusedException>(() => ApkChannel.Read(apk));
        Assert.Equal(error.Reason, read.Reason);
        return error;
    }

    /// <summary>Where the block, the central directory and the end record start.</summary>
    private static (int Block, int CentralDirectory, int End) Locate(byte[] apk)
    {
        var end = apk.Length - 22;
        Assert.Equal(0x06054b50u, BinaryPrimitives.ReadUInt32LittleEndian(apk.AsSpan(end)));
        var central = (int)BinaryPrimitives.ReadUInt32LittleEndian(apk.AsSpan(end + 16));
        var block = central - (int)BinaryPrimitives.ReadUInt64LittleEndian(apk.AsSpan(central - 24)) - 8;
        return (block, central, end);
    }

    /// <summary>Offsets of the pairs' length fields.</summary>
    private static int[] PairOffsets(byte[] apk, int block, int central)
    {
        var offsets = new List<int>();
        for (var at = block + 8; at < central - 24; at += 8 + (int)BinaryPrimitives.ReadUInt64LittleEndian(apk.AsSpan(at))) offsets.Add(at);
        Assert.Equal(3, offsets.Count); // v2, v3, verity padding
        return offsets.ToArray();
    }

    /// <summary>A copy with the 8-byte number at <paramref name="offset"/> changed: a small shift or a random value.</summary>
    private byte[] Changed(byte[] apk, int offset, int width)
    {
        var bytes = apk.ToArray();
        var value = BinaryPrimitives.ReadUInt64LittleEndian(bytes.AsSpan(offset, width));
        var changed = _random.Next(2) == 0 ? value + (ulong)(_random.Next(1, 5000) * (_random.Next(2) == 0 ? 1 : -1)) : (ulong)_random.NextInt64();
        if (changed == value) changed++;
        BinaryPrimitives.WriteUInt64LittleEndian(bytes.AsSpan(offset, width), changed);
        return bytes;
    }

    private static byte[] Flipped(byte[] apk, int offset)
    {
        var bytes = apk.ToArray();
        bytes[offset] ^= 0x20;
        return bytes;
    }

    /// <summary>The first <paramref name="cut"/> bytes of the block removed, the end record's offset moved to match.</summary>
    private static byte[] CutBlockStart(byte[] apk, int block, int end, int cut)
    {
        var bytes = apk[..block].Concat(apk[(block + cut)..]).ToArray();
        var at = end - cut + 16;
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(at), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(at)) - (uint)cut);
        return bytes;
    }

    public void Dispose() => _folder.Dispose();
}
