using System.Buffers.Binary;
using Walle.Pipelines.Client.Channels;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>Inputs that are refused with a message saying what to do, leaving the output folder without any file.</summary>
[Collection(SignedApksCollection.Name)]
public sealed class ChannelApkRefusalTests(SignedApks apks) : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task An_unsigned_apk_is_refused_asking_for_v2()
    {
        var error = await RefusedAsync(apks.Unsigned, ChannelApkRefusal.NotSigned);
        Assert.Contains("sign it with v2 or later", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_v1_only_apk_is_refused_asking_for_v2()
    {
        Assert.Contains("v1", string.Join(",", await AndroidTools.VerifiedSchemesAsync(apks.V1)));
        var error = await RefusedAsync(apks.V1, ChannelApkRefusal.NotSigned);
        Assert.Contains("v1 (JAR) only", error.Message);
        Assert.Contains(apks.V1, error.Message);
    }

    [Fact]
    public async Task An_app_bundle_is_refused_asking_for_a_universal_apk()
    {
        var error = await RefusedAsync(apks.Bundle, ChannelApkRefusal.Bundle);
        Assert.Contains("App Bundle", error.Message);
        Assert.Contains("universal APK", error.Message);
    }

    [Fact]
    public async Task A_v4_signed_apk_with_its_idsig_is_refused()
    {
        var error = await RefusedAsync(apks.V4, ChannelApkRefusal.V4Signature);
        Assert.Contains(".idsig", error.Message);
        Assert.Contains("without v4", error.Message);
    }

    [Fact]
    public async Task V4_signing_requested_in_the_settings_is_refused()
    {
        var error = await RefusedAsync(apks.V2V3, ChannelApkRefusal.V4Signature, s => s with { V4Signing = true });
        Assert.Contains("without v4", error.Message);
    }

    [Fact]
    public async Task A_zip64_end_record_is_refused()
    {
        var zip64 = Patch(apks.V2V3, "zip64.apk", (bytes, end) => BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(end + 16), 0xFFFFFFFF));
        var error = await RefusedAsync(zip64, ChannelApkRefusal.Zip64);
        Assert.Contains("ZIP64", error.Message);
    }

    [Fact]
    public async Task A_central_directory_offset_that_misses_the_block_is_malformed()
    {
        var moved = Patch(apks.V2V3, "moved.apk", (bytes, end) => BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(end + 16), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end + 16)) - 7));
        await RefusedAsync(moved, ChannelApkRefusal.Malformed);
    }

    [Fact]
    public async Task A_block_without_a_v2_or_v3_signature_is_refused()
    {
        var bytes = File.ReadAllBytes(apks.V2V3);
        var block = ApkChannel.ReadSigningBlock(apks.V2V3)!;
        var unsigned = new ApkSigningBlock(block.Pairs.Select(p => SigningBlockIds.IsSignature(p.Id) ? p with { Id = 0x11111111 } : p).ToArray()).ToBytes();
        var at = bytes.AsSpan().IndexOf(block.ToBytes());
        unsigned.CopyTo(bytes, at);
        var path = _folder["renamed-pairs.apk"];
        File.WriteAllBytes(path, bytes);

        var error = await RefusedAsync(path, ChannelApkRefusal.NotSigned);
        Assert.Contains("without a v2 or v3 signature", error.Message);
    }

    [Fact]
    public async Task A_channel_pair_that_is_not_json_is_malformed_to_read_and_replaced_when_written()
    {
        var first = await ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["first"], [new ChannelInfo("huawei")]), new BuildContext());
        var bytes = File.ReadAllBytes(first[0].Path);
        var json = bytes.AsSpan().IndexOf("{\"channel\""u8);
        bytes[json] = (byte)'x';
        var broken = _folder["broken.apk"];
        File.WriteAllBytes(broken, bytes);

        Assert.Equal(ChannelApkRefusal.Malformed, Assert.Throws<ChannelApkRefusedException>(() => ApkChannel.Read(broken)).Reason);
        var second = await ChannelApks.WriteAsync(new ChannelApkSettings(broken, _folder["second"], [new ChannelInfo("vivo")]), new BuildContext());
        Assert.Equal("(unreadable channel pair)", second[0].ReplacedChannel);
        Assert.Equal("vivo", ApkChannel.Read(second[0].Path)!.Channel);
    }

    [Fact]
    public async Task A_missing_apk_names_the_file()
    {
        var missing = _folder["missing.apk"];
        var error = await Assert.ThrowsAsync<FileNotFoundException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(missing, _folder["out"], [new ChannelInfo("huawei")]), new BuildContext()));
        Assert.Contains(missing, error.Message);
        Assert.Empty(_folder.Files("out"));
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("../evil", "path separator")]
    [InlineData("a..b", "'..'")]
    [InlineData(".hidden", "starts with a dot")]
    [InlineData("nul", "reserved")]
    public async Task Unsafe_channel_names_in_settings_are_refused_before_anything_is_written(string name, string reason)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("ok"), new ChannelInfo(name)]), new BuildContext()));
        Assert.Contains(reason, error.Message);
        Assert.False(Directory.Exists(_folder["out"]));
    }

    [Fact]
    public async Task Channels_differing_only_in_case_are_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("Huawei"), new ChannelInfo("huawei")]), new BuildContext()));
        Assert.Contains("ignoring case", error.Message);
    }

    [Fact]
    public async Task A_pattern_without_the_channel_and_an_output_over_the_input_are_refused()
    {
        var noChannel = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("a")]) { FileNamePattern = "{name}.apk" }, new BuildContext()));
        Assert.Contains("{channel}", noChannel.Message);

        var input = SignedApks.CopyTo(apks.V2V3, _folder, "vega-a.apk");
        var over = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(input, _folder.Path, [new ChannelInfo("a")]) { BaseName = "vega" }, new BuildContext()));
        Assert.Contains("overwrite the input", over.Message);
    }

    [Fact]
    public async Task A_file_name_too_long_in_utf8_bytes_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo(new string('华', 60))]) { BaseName = new string('维', 20) }, new BuildContext()));
        Assert.Contains("200 bytes", error.Message);
        Assert.False(Directory.Exists(_folder["out"]));
    }

    [Fact]
    public async Task An_extra_named_channel_is_refused()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], [new ChannelInfo("a", new Dictionary<string, string> { ["channel"] = "b" })]), new BuildContext()));
        Assert.Contains("rename the extra", error.Message);
    }

    [Fact]
    public async Task A_failure_part_way_deletes_the_apks_already_written_and_every_temporary_file()
    {
        var channels = Enumerable.Range(1, 8).Select(i => new ChannelInfo($"c{i}")).ToArray();
        Directory.CreateDirectory(_folder["out/v2v3-c6.apk"]); // a folder where one APK goes: its move fails
        await Assert.ThrowsAnyAsync<IOException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], channels) { MaxParallelism = 1 }, new BuildContext()));
        Assert.Empty(_folder.Files("out"));
    }

    [Fact]
    public async Task Cancellation_part_way_leaves_no_apk()
    {
        using var cancel = new CancellationTokenSource();
        var sink = new CancelOnLine("c3", cancel);
        var context = new BuildContext(new LoggerConfiguration().WriteTo.Sink(sink).CreateLogger());
        var channels = Enumerable.Range(1, 30).Select(i => new ChannelInfo($"c{i}")).ToArray();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ChannelApks.WriteAsync(new ChannelApkSettings(apks.V2V3, _folder["out"], channels) { MaxParallelism = 1 }, context, cancel.Token));
        Assert.True(sink.Cancelled, "the third APK was never reported written");
        Assert.Empty(_folder.Files("out"));
    }

    /// <summary>Cancels the run when a log line mentions <paramref name="text"/> (a channel APK just written).</summary>
    private sealed class CancelOnLine(string text, CancellationTokenSource cancel) : ILogEventSink
    {
        public bool Cancelled { get; private set; }

        public void Emit(LogEvent logEvent)
        {
            if (!logEvent.RenderMessage().Contains($"-{text}.apk", StringComparison.Ordinal)) return;
            Cancelled = true;
            cancel.Cancel();
        }
    }

    private async Task<ChannelApkRefusedException> RefusedAsync(string apk, ChannelApkRefusal reason, Func<ChannelApkSettings, ChannelApkSettings>? change = null)
    {
        var settings = new ChannelApkSettings(apk, _folder["out"], [new ChannelInfo("huawei")]);
        var error = await Assert.ThrowsAsync<ChannelApkRefusedException>(() => ChannelApks.WriteAsync(change?.Invoke(settings) ?? settings, new BuildContext()));
        Assert.Equal(reason, error.Reason);
        Assert.Equal(apk, error.Apk);
        Assert.StartsWith(apk, error.Message);
        Assert.Empty(_folder.Files("out"));
        return error;
    }

    /// <summary>A copy of <paramref name="apk"/> with its end record changed.</summary>
    private string Patch(string apk, string name, Action<byte[], int> change)
    {
        var bytes = File.ReadAllBytes(apk);
        var end = bytes.AsSpan().LastIndexOf("PK\u0005\u0006"u8);
        change(bytes, end);
        var path = _folder[name];
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose() => _folder.Dispose();
}
