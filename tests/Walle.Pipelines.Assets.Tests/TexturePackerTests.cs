using Walle.Pipelines.Engine;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Tests;

public sealed class TexturePackerTests : IDisposable
{
    private const string Licence = "TP-FLOAT-8c1f-secret-key";
    private readonly TempFolder _temp = new();
    private readonly FakeTexturePacker _fake;
    private readonly SpriteSheetSettings _sheet;

    public TexturePackerTests()
    {
        SpriteArt.Generate(_temp["art/ui"], 12, seed: 3);
        _sheet = new SpriteSheetSettings { Name = "ui", SourceDirectories = [_temp["art/ui"]], OutputDirectory = _temp["out"] };
        _fake = new FakeTexturePacker(_temp["tool"]);
        BuiltInPacker.PackAsync(_sheet with { OutputDirectory = _temp["fixture"] }).GetAwaiter().GetResult();
        _fake.UseFixture(_temp["fixture/ui.plist"], _temp["fixture/ui.png"]);
    }

    private TexturePackerSettings Tool(string? licence = null) => new() { Executable = _fake.Executable, Version = "7.1.0", FloatingLicense = licence };

    [Fact]
    public void Settings_render_as_texturepacker_arguments()
    {
        var sheet = _sheet with
        {
            Format = PlistFormat.Cocos2dV2, MaxWidth = 1024, MaxHeight = 512, SizeConstraint = SizeConstraint.Pot, ShapePadding = 1,
            BorderPadding = 3, Trim = false, AllowRotation = false, Extrude = 1, Multipack = true, PixelFormat = PixelFormat.Rgba4444,
            PremultiplyAlpha = true, TrimSpriteNames = true, Variants = [new ScaleVariant("-hd", 1), new ScaleVariant("-sd", 0.5)],
        };

        var rendered = TexturePackerArguments.Render(sheet, "/out", ["--dither-fs-alpha"]);
        var arguments = rendered.Select(a => a.Value).ToList();

        Assert.Equal([
            "--format", "cocos2d", "--data", "/out/ui{v}-{n}.plist", "--sheet", "/out/ui{v}-{n}.png", "--texture-format", "png",
            "--opt", "RGBA4444", "--max-width", "1024", "--max-height", "512", "--size-constraints", "POT",
            "--shape-padding", "1", "--border-padding", "3", "--trim-mode", "None", "--disable-rotation", "--extrude", "1",
            "--algorithm", "MaxRects", "--pack-mode", "Best", "--alpha-handling", "PremultiplyAlpha", "--multipack",
            "--trim-sprite-names", "--variant", "1:-hd", "--variant", "0.5:-sd", "--dither-fs-alpha", _temp["art/ui"],
        ], arguments);
        // Paths are typed, so a container runner can copy the sprites in and the sheet out.
        Assert.Equal([ToolArgumentKind.Output, ToolArgumentKind.Output], rendered.Where(a => a.Value.StartsWith("/out/", StringComparison.Ordinal)).Select(a => a.Kind));
        Assert.Equal(ToolArgumentKind.Input, rendered[^1].Kind);
        Assert.Equal(ToolArgumentKind.Text, rendered[0].Kind);
    }

    [Fact]
    public void Default_settings_render_cocos2dx_format_3_with_rotation_and_trim()
    {
        var arguments = TexturePackerArguments.Render(_sheet, "/out").Select(a => a.Value).ToList();
        Assert.Equal("cocos2d-x", arguments[arguments.ToList().IndexOf("--format") + 1]);
        Assert.Equal("/out/ui.plist", arguments[arguments.ToList().IndexOf("--data") + 1]);
        Assert.Contains("--enable-rotation", arguments);
        Assert.Equal("Trim", arguments[arguments.ToList().IndexOf("--trim-mode") + 1]);
        Assert.DoesNotContain("--variant", arguments);
    }

    [Fact]
    public async Task Packs_with_the_tool_and_publishes_verified_output()
    {
        var files = await TexturePackerTask.PackAsync(_sheet, Tool(Licence), new BuildContext());

        Assert.Equal(["ui.plist", "ui.png"], files);
        Assert.Equal(12, SheetAssert.FramesMatchSources([_temp["out/ui.plist"]], _temp["art/ui"]));
        var calls = _fake.Calls;
        Assert.Equal(["--version"], calls[0]);
        Assert.Equal(["--activate-license", Licence], calls[1]);
        Assert.Equal(_temp["art/ui"], calls[2][^1]);
        Assert.Empty(Directory.EnumerateDirectories(_temp["out"]));
    }

    [Fact]
    public async Task Exit_code_zero_without_output_is_a_failure_naming_the_sheet()
    {
        _fake.Mode = "silent";

        var error = await Assert.ThrowsAsync<ToolFailedException>(() => TexturePackerTask.PackAsync(_sheet, Tool(), new BuildContext()));

        Assert.Contains("exited with code 0 but wrote no 'ui.plist' for sheet 'ui'", error.Message);
        Assert.Contains("it wrote: nothing", error.Message);
        Assert.False(Directory.Exists(_temp["out"]) && Directory.EnumerateFileSystemEntries(_temp["out"]).Any());
    }

    [Fact]
    public async Task Non_zero_exit_reports_the_tool_message()
    {
        _fake.Mode = "fail";
        var error = await Assert.ThrowsAsync<ToolFailedException>(() => TexturePackerTask.PackAsync(_sheet, Tool(), new BuildContext()));
        Assert.Contains("exited with code 3", error.Message);
        Assert.Contains("could not read image file", error.Message);
    }

    [Fact]
    public async Task A_rejected_licence_never_appears_in_the_error()
    {
        _fake.Mode = "reject-licence";
        var error = await Assert.ThrowsAsync<ToolFailedException>(() => TexturePackerTask.PackAsync(_sheet, Tool("TP-REJECTED-key-77"), new BuildContext()));
        Assert.Contains("not valid for this host", error.Message);
        Assert.DoesNotContain("TP-REJECTED-key-77", error.Message);
        Assert.DoesNotContain("TP-REJECTED-key-77", error.Result!.StandardError);
        Assert.Contains("****", error.Message);
    }

    [Fact]
    public async Task Another_version_than_the_pinned_one_fails_with_how_to_fix()
    {
        var fake = new FakeTexturePacker(_temp["tool6"], version: "6.0.2");
        var error = await Assert.ThrowsAsync<SheetException>(() =>
            TexturePackerTask.PackAsync(_sheet, Tool() with { Executable = fake.Executable }, new BuildContext()));
        Assert.Equal(SheetProblem.TexturePackerVersion, error.Problem);
        Assert.Contains("6.0.2", error.Message);
        Assert.Contains("pins version 7.1.0", error.Message);
    }

    [Fact]
    public async Task Missing_texturepacker_says_which_hosts_have_it_and_is_typed_for_the_component_to_advise()
    {
        var tool = Tool() with { Executable = null, LicensedHosts = "tp-mac-01 and tp-mac-02" };
        var error = await Assert.ThrowsAsync<SheetException>(() => TexturePackerTask.PackAsync(_sheet, tool, new BuildContext()));
        Assert.Equal(SheetProblem.TexturePackerMissing, error.Problem);
        Assert.Contains("tp-mac-01 and tp-mac-02", error.Message);
        Assert.DoesNotContain("--sheet", error.Message);
        Assert.Contains("'ui'", error.Message);
    }

    [Fact]
    public async Task Fewer_frames_than_sprites_is_a_failure()
    {
        File.Copy(_temp["art/ui/sprite0000.png"], _temp["art/ui/extra.png"]);
        var error = await Assert.ThrowsAsync<ToolFailedException>(() => TexturePackerTask.PackAsync(_sheet, Tool(), new BuildContext()));
        Assert.Contains("12 frames", error.Message);
        Assert.Contains("13 sprites", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
