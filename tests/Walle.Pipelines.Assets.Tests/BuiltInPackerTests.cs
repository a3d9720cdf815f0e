using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Tests;

public sealed class BuiltInPackerTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private SpriteSheetSettings Sheet(int sprites = 60, int seed = 1) => new()
    {
        Name = "ui",
        SourceDirectories = [SourceWith(sprites, seed)],
        OutputDirectory = _temp["out"],
    };

    private string SourceWith(int count, int seed)
    {
        var folder = _temp[$"src-{count}-{seed}"];
        if (!Directory.Exists(folder)) SpriteArt.Generate(folder, count, seed);
        return folder;
    }

    [Theory]
    [InlineData(PlistFormat.Cocos2dxV3, true, 0)]
    [InlineData(PlistFormat.Cocos2dV2, true, 0)]
    [InlineData(PlistFormat.Cocos2dxV3, false, 0)]
    [InlineData(PlistFormat.Cocos2dV2, true, 2)]
    public async Task Every_frame_matches_its_source_pixels(PlistFormat format, bool rotation, int extrude)
    {
        var sheet = Sheet() with { Format = format, AllowRotation = rotation, Extrude = extrude };

        var files = await BuiltInPacker.PackAsync(sheet);

        Assert.Equal(["ui.plist", "ui.png"], files.Order());
        var data = CocosPlist.Read(_temp["out/ui.plist"]);
        Assert.Equal((int)format, data.Format);
        Assert.Equal(rotation, data.Frames.Any(f => f.Rotated));
        Assert.Equal(60, SheetAssert.FramesMatchSources([_temp["out/ui.plist"]], sheet.SourceDirectories[0], extrude));
    }

    [Fact]
    public async Task Extruded_edges_repeat_the_sprite_border()
    {
        var sheet = Sheet(10) with { Extrude = 2, AllowRotation = false };
        await BuiltInPacker.PackAsync(sheet);
        var data = CocosPlist.Read(_temp["out/ui.plist"]);
        var texture = SpriteImage.Load("t", _temp["out/ui.png"]);
        foreach (var frame in data.Frames)
        {
            var r = frame.TextureRect;
            Assert.Equal(SheetAssert.Pixel(texture, r.X, r.Y), SheetAssert.Pixel(texture, r.X - 2, r.Y - 2));
            Assert.Equal(SheetAssert.Pixel(texture, r.X + r.Width - 1, r.Y + r.Height - 1), SheetAssert.Pixel(texture, r.X + r.Width + 1, r.Y + r.Height + 1));
        }
    }

    [Fact]
    public async Task Same_input_gives_byte_identical_output()
    {
        var sheet = Sheet();
        await BuiltInPacker.PackAsync(sheet);
        var png = await File.ReadAllBytesAsync(_temp["out/ui.png"]);
        var plist = await File.ReadAllBytesAsync(_temp["out/ui.plist"]);

        await BuiltInPacker.PackAsync(sheet with { OutputDirectory = _temp["again"] });

        Assert.Equal(png, await File.ReadAllBytesAsync(_temp["again/ui.png"]));
        Assert.Equal(plist, await File.ReadAllBytesAsync(_temp["again/ui.plist"]));
    }

    [Fact]
    public async Task Power_of_two_textures_have_power_of_two_sizes()
    {
        var sheet = Sheet() with { SizeConstraint = SizeConstraint.Pot };
        await BuiltInPacker.PackAsync(sheet);
        var data = CocosPlist.Read(_temp["out/ui.plist"]);
        Assert.True(int.IsPow2(data.Size.Width) && int.IsPow2(data.Size.Height), $"size {data.Size}");
        SheetAssert.FramesMatchSources([_temp["out/ui.plist"]], sheet.SourceDirectories[0]);
    }

    [Fact]
    public async Task Multipack_spreads_sprites_over_several_textures()
    {
        var sheet = Sheet(80) with { MaxWidth = 256, MaxHeight = 256, Multipack = true };

        var files = await BuiltInPacker.PackAsync(sheet);

        var plists = files.Where(f => f.EndsWith(".plist")).Select(f => Path.Combine(sheet.OutputDirectory, f)).ToList();
        Assert.True(plists.Count > 1, $"expected several pages, got {string.Join(", ", files)}");
        Assert.All(plists, p => Assert.True(CocosPlist.Read(p).Size.Width <= 256));
        Assert.Equal(80, SheetAssert.FramesMatchSources(plists, sheet.SourceDirectories[0]));
    }

    [Fact]
    public async Task Without_multipack_too_many_sprites_is_an_error_naming_the_sheet()
    {
        var sheet = Sheet(80) with { MaxWidth = 256, MaxHeight = 256 };
        var error = await Assert.ThrowsAsync<SheetException>(() => BuiltInPacker.PackAsync(sheet));
        Assert.Contains("'ui'", error.Message);
        Assert.Contains("multipack", error.Message);
        Assert.False(Directory.Exists(sheet.OutputDirectory) && Directory.EnumerateFiles(sheet.OutputDirectory).Any());
    }

    [Fact]
    public async Task Scale_variants_write_one_sheet_each_with_scaled_frames()
    {
        var sheet = Sheet(20) with { Variants = [new ScaleVariant("-hd", 1.0), new ScaleVariant("-sd", 0.5)] };

        var files = await BuiltInPacker.PackAsync(sheet);

        Assert.Equal(["ui-hd.plist", "ui-hd.png", "ui-sd.plist", "ui-sd.png"], files.Order());
        SheetAssert.FramesMatchSources([_temp["out/ui-hd.plist"]], sheet.SourceDirectories[0]);
        SheetAssert.FramesMatchSources([_temp["out/ui-sd.plist"]], sheet.SourceDirectories[0], scale: 0.5);
    }

    [Fact]
    public async Task Untrimmed_premultiplied_sheet_keeps_full_frames_and_says_so()
    {
        var sheet = Sheet(10) with { Trim = false, PremultiplyAlpha = true, PixelFormat = PixelFormat.Rgba4444 };
        await BuiltInPacker.PackAsync(sheet);
        var data = CocosPlist.Read(_temp["out/ui.plist"]);
        Assert.True(data.PremultiplyAlpha);
        Assert.Equal("RGBA4444", data.PixelFormat);
        Assert.All(data.Frames, f => Assert.Equal(new PixelRect(0, 0, f.SourceSize.Width, f.SourceSize.Height), f.SourceColorRect));
    }

    public void Dispose() => _temp.Dispose();
}
