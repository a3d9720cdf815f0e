using System.Security.Cryptography;
using Walle.Pipelines.Client.Channels;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>Channel APKs written into real signed APKs, checked with <c>apksigner verify</c> and by reading the blocks back.</summary>
[Collection(SignedApksCollection.Name)]
public sealed class ChannelApksTests(SignedApks apks) : IDisposable
{
    private readonly TempFolder _folder = new();

    public static TheoryData<string> Signed => ["v1v2", "v2", "v2v3", "rotated", "commented"];

    [Theory]
    [MemberData(nameof(Signed))]
    public async Task Every_channel_apk_verifies_with_the_inputs_schemes_and_reads_its_channel_back(string variant)
    {
        var input = apks.Signed[variant];
        var channels = new[]
        {
            new ChannelInfo("huawei", new Dictionary<string, string> { ["store"] = "hw", ["ad"] = "1" }),
            new ChannelInfo("xiaomi"),
        };
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(input, _folder["out"], channels) { BaseName = "vega-1.6.0" }, new BuildContext());

        Assert.Equal(["vega-1.6.0-huawei.apk", "vega-1.6.0-xiaomi.apk"], _folder.Files("out"));
        var inputSchemes = await AndroidTools.VerifiedSchemesAsync(input);
        Assert.NotEmpty(inputSchemes);
        foreach (var (apk, channel) in written.Zip(channels))
        {
            Assert.Equal(_folder[Path.Combine("out", $"vega-1.6.0-{channel.Channel}.apk")], apk.Path);
            Assert.Equal(channel.Channel, apk.Channel);
            Assert.Null(apk.ReplacedChannel);
            Assert.Equal(inputSchemes, await AndroidTools.VerifiedSchemesAsync(apk.Path));

            var read = ApkChannel.Read(apk.Path);
            Assert.NotNull(read);
            Assert.Equal(channel.Channel, read.Channel);
            Assert.Equal(channel.Extras.OrderBy(e => e.Key), read.Extras.OrderBy(e => e.Key));

            Assert.Equal(new FileInfo(apk.Path).Length, apk.Size);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(apk.Path))), apk.Sha256);
            AssertSameExceptChannel(input, apk.Path);
        }
    }

    [Theory]
    [MemberData(nameof(Signed))]
    public async Task The_block_keeps_every_other_pair_byte_for_byte_in_order_and_its_page_alignment(string variant)
    {
        var input = apks.Signed[variant];
        var before = ApkChannel.ReadSigningBlock(input)!;
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(input, _folder["out"], [new ChannelInfo("oppo")]), new BuildContext());
        var after = ApkChannel.ReadSigningBlock(written[0].Path)!;

        Assert.Equal(Ids(before, keepPadding: false).Append(SigningBlockIds.Channel), Ids(after, keepPadding: false));
        Assert.Equal(before.IsPageAligned, after.IsPageAligned);
        Assert.Equal(before.Size % ApkSigningBlock.PageSize == 0, after.Size % ApkSigningBlock.PageSize == 0);
        if (before.Find(SigningBlockIds.VerityPadding) is not null)
        {
            Assert.True(after.IsPageAligned);
            Assert.All(after.Find(SigningBlockIds.VerityPadding)!.Value.ToArray(), b => Assert.Equal(0, b));
            Assert.Equal(SigningBlockIds.VerityPadding, after.Pairs[^1].Id);
        }
        foreach (var pair in before.Pairs.Where(p => p.Id != SigningBlockIds.VerityPadding))
            Assert.Equal(pair.Value.ToArray(), after.Find(pair.Id)!.Value.ToArray());
    }

    [Fact]
    public async Task The_v3_inputs_block_is_page_aligned_with_verity_padding_and_stays_so_for_long_extras()
    {
        var before = ApkChannel.ReadSigningBlock(apks.V2V3)!;
        Assert.True(before.IsPageAligned, before.ToString());
        Assert.NotNull(before.Find(SigningBlockIds.VerityPadding));
        // Extras longer than the padding there was: the block grows by a page and stays aligned.
        var extras = Enumerable.Range(0, 60).ToDictionary(i => $"key{i}", i => new string('x', 80));
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("bilibili", extras)]), new BuildContext());
        var after = ApkChannel.ReadSigningBlock(written[0].Path)!;

        Assert.True(after.IsPageAligned, after.ToString());
        Assert.True(after.Size > before.Size, $"{after.Size} <= {before.Size}");
        Assert.Equal(60, ApkChannel.Read(written[0].Path)!.Extras.Count);
        await AndroidTools.VerifiedSchemesAsync(written[0].Path);
    }

    [Fact]
    public async Task Writing_into_a_channel_apk_replaces_its_channel_pair_and_reports_it()
    {
        var first = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["first"], [new ChannelInfo("huawei", new Dictionary<string, string> { ["ad"] = "1" })]), new BuildContext());
        var second = await ChannelApks.WriteAsync(new ChannelApkSettings(first[0].Path, _folder["second"], [new ChannelInfo("vivo")]) { BaseName = "vega" }, new BuildContext());

        Assert.Equal("huawei", second[0].ReplacedChannel);
        var block = ApkChannel.ReadSigningBlock(second[0].Path)!;
        Assert.Single(block.Pairs, p => p.Id == SigningBlockIds.Channel);
        var read = ApkChannel.Read(second[0].Path)!;
        Assert.Equal("vivo", read.Channel);
        Assert.Empty(read.Extras);
        Assert.Equal(ApkChannel.ReadSigningBlock(first[0].Path)!.Size, block.Size); // still one page
        Assert.Equal(await AndroidTools.VerifiedSchemesAsync(apks.V2V3), await AndroidTools.VerifiedSchemesAsync(second[0].Path));
    }

    [Fact]
    public async Task The_json_is_walles_format_channel_first_then_the_extras_in_file_order()
    {
        var channels = ChannelsFile.Parse(["huawei  store=hw ad=1 zone=cn", "华为 note=\"q\"<&>"], "channels.txt");
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2, _folder["out"], channels), new BuildContext());
        string Json(int i) => System.Text.Encoding.UTF8.GetString(ApkChannel.ReadSigningBlock(written[i].Path)!.Find(SigningBlockIds.Channel)!.Value.Span);

        Assert.Equal("""{"channel":"huawei","store":"hw","ad":"1","zone":"cn"}""", Json(0));
        Assert.Equal("""{"channel":"华为","note":"\"q\"<&>"}""", Json(1));
        Assert.Equal("\"q\"<&>", ApkChannel.Read(written[1].Path)!.Extras["note"]);
        Assert.Equal(["v2-huawei.apk", "v2-华为.apk"], written.Select(w => Path.GetFileName(w.Path)));
    }

    [Fact]
    public async Task Many_channels_are_written_in_parallel_each_once_and_no_temporary_file_stays()
    {
        var channels = Enumerable.Range(1, 64).Select(i => new ChannelInfo($"store{i:00}", new Dictionary<string, string> { ["n"] = i.ToString() })).ToArray();
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], channels) { MaxParallelism = 8, FileNamePattern = "{channel}_{name}.apk" }, new BuildContext());

        Assert.Equal(channels.Select(c => $"{c.Channel}_v2v3.apk").Order(StringComparer.Ordinal), _folder.Files("out"));
        Assert.Equal(channels.Select(c => c.Channel), written.Select(w => ApkChannel.Read(w.Path)!.Channel));
        Assert.Equal(64, written.Select(w => w.Sha256).Distinct().Count());
        await AndroidTools.VerifiedSchemesAsync(written[^1].Path);
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_read_only_input_gives_writable_channel_apks()
    {
        var input = SignedApks.CopyTo(apks.V2V3, _folder);
        File.SetUnixFileMode(input, UnixFileMode.UserRead);
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(input, _folder["out"], [new ChannelInfo("meizu")]), new BuildContext());
        Assert.Equal("meizu", ApkChannel.Read(written[0].Path)!.Channel);
        Assert.True(File.GetUnixFileMode(written[0].Path).HasFlag(UnixFileMode.UserWrite));
    }

    [Fact]
    public async Task The_rotated_key_input_really_carries_a_v3_lineage_and_keeps_it()
    {
        var before = ApkChannel.ReadSigningBlock(apks.Rotated)!;
        var plain = ApkChannel.ReadSigningBlock(apks.V2V3)!;
        // The v3 signer of the rotated APK holds the proof-of-rotation lineage: its pair is larger than a plain v3 pair.
        Assert.True(before.Find(SigningBlockIds.V3)!.Value.Length > plain.Find(SigningBlockIds.V3)!.Value.Length);
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.Rotated, _folder["out"], [new ChannelInfo("qq")]), new BuildContext());
        Assert.Equal(before.Find(SigningBlockIds.V3)!.Value.ToArray(), ApkChannel.ReadSigningBlock(written[0].Path)!.Find(SigningBlockIds.V3)!.Value.ToArray());
        Assert.Contains("v3", await AndroidTools.VerifiedSchemesAsync(written[0].Path));
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public async Task A_symlink_planted_at_an_output_name_is_replaced_and_its_target_left_alone()
    {
        var victim = _folder["victim.txt"];
        File.WriteAllText(victim, "keep me");
        Directory.CreateDirectory(_folder["out"]);
        File.CreateSymbolicLink(_folder["out/v2v3-huawei.apk"], victim);

        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("huawei")]), new BuildContext());

        Assert.Equal("keep me", File.ReadAllText(victim));
        Assert.Null(new FileInfo(written[0].Path).LinkTarget);
        Assert.Equal("huawei", ApkChannel.Read(written[0].Path)!.Channel);
    }

    [Fact]
    public void An_apk_without_a_channel_reads_as_null()
    {
        Assert.Null(ApkChannel.Read(apks.V2V3));
        Assert.Null(ApkChannel.Read(apks.Unsigned));
    }

    private static IEnumerable<uint> Ids(ApkSigningBlock block, bool keepPadding) =>
        block.Pairs.Select(p => p.Id).Where(id => keepPadding || id != SigningBlockIds.VerityPadding);

    /// <summary>The entries before the block and the central directory are the input's bytes; only the block and the offset differ.</summary>
    private static void AssertSameExceptChannel(string input, string output)
    {
        var a = File.ReadAllBytes(input);
        var b = File.ReadAllBytes(output);
        var blockOffset = BlockOffset(a);
        Assert.Equal(blockOffset, BlockOffset(b));
        Assert.True(a.AsSpan(0, (int)blockOffset).SequenceEqual(b.AsSpan(0, (int)blockOffset)), "the ZIP entries changed");
        var (aCd, aEnd) = CentralDirectory(a);
        var (bCd, bEnd) = CentralDirectory(b);
        Assert.True(a.AsSpan(aCd, aEnd - aCd).SequenceEqual(b.AsSpan(bCd, bEnd - bCd)), "the central directory changed");
        Assert.True(a.AsSpan(aEnd, 16).SequenceEqual(b.AsSpan(bEnd, 16)), "the end record changed");
        Assert.Equal((uint)bCd, BitConverter.ToUInt32(b, bEnd + 16));
        Assert.True(a.AsSpan(aEnd + 20).SequenceEqual(b.AsSpan(bEnd + 20)), "the end record's comment changed");
    }

    private static long BlockOffset(byte[] apk)
    {
        var (cd, _) = CentralDirectory(apk);
        return cd - (long)BitConverter.ToUInt64(apk, cd - 24) - 8;
    }

    private static (int CentralDirectory, int End) CentralDirectory(byte[] apk)
    {
        var end = apk.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        if (apk.Length - end - 22 != BitConverter.ToUInt16(apk, end + 20)) end = apk.AsSpan(0, end).LastIndexOf("PK\u0005\u0006"u8);
        return ((int)BitConverter.ToUInt32(apk, end + 16), end);
    }

    public void Dispose() => _folder.Dispose();
}
