using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>Identical sprites (an animation's hold frames) are packed once; every name still resolves.</summary>
public sealed class AliasTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>12 distinct sprites plus 5 copies of three of them under other names (one copy in a sub-folder).</summary>
    private SpriteSheetSettings SheetWithHoldFrames(PlistFormat format)
    {
        var folder = _temp["art"];
        if (!Directory.Exists(folder))
        {
            SpriteArt.Generate(folder, 12, seed: 7, prefix: "run_");
            File.Copy(Path.Combine(folder, "run_0003.png"), Path.Combine(folder, "run_0003_hold1.png"));
            File.Copy(Path.Combine(folder, "run_0003.png"), Path.Combine(folder, "run_0003_hold2.png"));
            File.Copy(Path.Combine(folder, "run_0007.png"), Path.Combine(folder, "run_0007_hold.png"));
            Directory.CreateDirectory(Path.Combine(folder, "idle"));
            File.Copy(Path.Combine(folder, "run_0000.png"), Path.Combine(folder, "idle", "a.png"));
            File.Copy(Path.Combine(folder, "run_0000.png"), Path.Combine(folder, "idle", "b.png"));
        }
        return new SpriteSheetSettings { Name = "hero", SourceDirectories = [folder], OutputDirectory = _temp[$"out-{(int)format}"], Format = format };
    }

    [Fact]
    public async Task Format_3_packs_identical_sprites_once_and_lists_the_other_names_as_aliases()
    {
        var sheet = SheetWithHoldFrames(PlistFormat.Cocos2dxV3);
        await BuiltInPacker.PackAsync(sheet);

        var plist = Path.Combine(sheet.OutputDirectory, "hero.plist");
        var data = CocosPlist.Read(plist);
        Assert.Equal(12, data.Frames.Count);
        Assert.Equal(["run_0003_hold1.png", "run_0003_hold2.png"], data.Frames.Single(f => f.Name == "run_0003.png").Aliases);
        Assert.Equal(["run_0007_hold.png"], data.Frames.Single(f => f.Name == "run_0007.png").Aliases);
        Assert.Equal(["idle/b.png", "run_0000.png"], data.Frames.Single(f => f.Name == "idle/a.png").Aliases);
        Assert.Equal(17, data.FrameNames.Distinct().Count());
        Assert.Contains("<string>run_0003_hold2.png</string>", File.ReadAllText(plist));
        Assert.Equal(17, SheetAssert.FramesMatchSources([plist], sheet.SourceDirectories[0]));
    }

    [Fact]
    public async Task Format_2_writes_one_frame_entry_per_name_with_the_same_rectangle()
    {
        var sheet = SheetWithHoldFrames(PlistFormat.Cocos2dV2);
        await BuiltInPacker.PackAsync(sheet);

        var plist = Path.Combine(sheet.OutputDirectory, "hero.plist");
        var data = CocosPlist.Read(plist);
        Assert.Equal(17, data.Frames.Count);
        var byName = data.Frames.ToDictionary(f => f.Name);
        Assert.Equal(byName["run_0003.png"], byName["run_0003_hold2.png"] with { Name = "run_0003.png" });
        Assert.Equal(byName["run_0000.png"].TextureRect, byName["idle/a.png"].TextureRect);
        Assert.Equal(12, data.Frames.Select(f => f.TextureRect).Distinct().Count());
        Assert.Equal(17, SheetAssert.FramesMatchSources([plist], sheet.SourceDirectories[0]));
    }

    [Fact]
    public async Task Aliases_take_no_texture_space()
    {
        var withCopies = SheetWithHoldFrames(PlistFormat.Cocos2dxV3) with { SizeConstraint = SizeConstraint.AnySize };
        var distinct = _temp["distinct"];
        Directory.CreateDirectory(distinct);
        foreach (var file in Directory.EnumerateFiles(withCopies.SourceDirectories[0], "run_????.png")) File.Copy(file, Path.Combine(distinct, Path.GetFileName(file)));
        var alone = withCopies with { SourceDirectories = [distinct], OutputDirectory = _temp["out-distinct"] };

        await BuiltInPacker.PackAsync(withCopies);
        await BuiltInPacker.PackAsync(alone);

        Assert.Equal(CocosPlist.Read(Path.Combine(alone.OutputDirectory, "hero.plist")).Size,
            CocosPlist.Read(Path.Combine(withCopies.OutputDirectory, "hero.plist")).Size);
    }

    [Fact]
    public async Task Sprites_that_differ_in_one_pixel_or_in_their_margin_are_not_aliases()
    {
        var folder = _temp["near"];
        Directory.CreateDirectory(folder);
        var pixels = new byte[16 * 16 * 4];
        for (var i = 0; i < pixels.Length; i += 4) (pixels[i], pixels[i + 3]) = ((byte)i, 255);
        SpriteArt.WritePng(Path.Combine(folder, "a.png"), 16, 16, pixels);
        var changed = (byte[])pixels.Clone();
        changed[100] ^= 1;
        SpriteArt.WritePng(Path.Combine(folder, "b.png"), 16, 16, changed);
        // Same opaque pixels inside a larger transparent canvas: same trimmed pixels, other offset and size.
        var wide = new byte[20 * 16 * 4];
        for (var y = 0; y < 16; y++) pixels.AsSpan(y * 64, 64).CopyTo(wide.AsSpan(y * 80, 64));
        SpriteArt.WritePng(Path.Combine(folder, "c.png"), 20, 16, wide);
        var sheet = new SpriteSheetSettings { Name = "near", SourceDirectories = [folder], OutputDirectory = _temp["out-near"] };

        await BuiltInPacker.PackAsync(sheet);

        var data = CocosPlist.Read(_temp["out-near/near.plist"]);
        Assert.Equal(3, data.Frames.Count);
        Assert.All(data.Frames, f => Assert.Empty(f.Aliases));
    }

    /// <inheritdoc />
    public void Dispose() => _temp.Dispose();
}
