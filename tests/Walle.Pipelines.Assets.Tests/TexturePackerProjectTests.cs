using Walle.Pipelines.Engine;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Assets.TexturePacker.Projects;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>TexturePacker projects (.tps) as sheet definitions, for both packers.</summary>
public sealed class TexturePackerProjectTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public TexturePackerProjectTests()
    {
        SpriteArt.Generate(_temp["art/ui"], 14, seed: 11, prefix: "button_");
        SpriteArt.Generate(_temp["art/heroes"], 6, seed: 12, prefix: "hero_");
        SpriteArt.Generate(_temp["art/loose"], 2, seed: 13, prefix: "icon_");
    }

    private string Project(TpsFile.Options options, string name = "ui.tps") => TpsFile.Write(_temp["art/" + name], options);

    [Fact]
    public void Every_supported_setting_maps_onto_the_sheet_settings()
    {
        var path = Project(new TpsFile.Options
        {
            DataFormat = "cocos2d", DataFile = "../Resources/ui_atlas{v}-{n}.plist", TextureFile = "../Resources/ui_atlas{v}-{n}.png",
            MaxWidth = 1024, MaxHeight = 512, SizeConstraints = "POT", ShapePadding = 3, BorderPadding = 1, AllowRotation = false,
            MultiPack = true, TrimSpriteNames = true, TrimMode = "None", Extrude = 2, OutputFormat = "RGBA4444",
            Variants = [(1, "-hd"), (0.5, "-sd")], Files = ["ui", "loose/icon_0001.png"],
        });

        var sheet = TexturePackerProject.Load(path, _temp["out"]);

        Assert.Equal("ui_atlas", sheet.Name);
        Assert.Equal(_temp["out"], sheet.OutputDirectory);
        Assert.Equal(path, sheet.ProjectFile);
        Assert.Equal([_temp["art/ui"]], sheet.SourceDirectories);
        Assert.Equal([_temp["art/loose/icon_0001.png"]], sheet.SourceFiles);
        Assert.Equal(PlistFormat.Cocos2dV2, sheet.Format);
        Assert.Equal((1024, 512), (sheet.MaxWidth, sheet.MaxHeight));
        Assert.Equal(SizeConstraint.Pot, sheet.SizeConstraint);
        Assert.Equal((3, 1), (sheet.ShapePadding, sheet.BorderPadding));
        Assert.False(sheet.AllowRotation);
        Assert.True(sheet.Multipack);
        Assert.True(sheet.TrimSpriteNames);
        Assert.False(sheet.Trim);
        Assert.Equal(2, sheet.Extrude);
        Assert.Equal(PixelFormat.Rgba4444, sheet.PixelFormat);
        Assert.Equal([new ScaleVariant("-hd", 1), new ScaleVariant("-sd", 0.5)], sheet.Variants);
        Assert.Empty(sheet.IgnoredByBuiltIn);
    }

    [Fact]
    public void Options_the_built_in_packer_cannot_honour_are_named_with_their_line()
    {
        var path = Project(new TpsFile.Options { Files = ["ui"], Algorithm = "Basic", SizeConstraints = "WordAligned", TrimMargin = 1, TrimMode = "Polygon" });

        var sheet = TexturePackerProject.Load(path, _temp["out"]);

        Assert.Equal(4, sheet.IgnoredByBuiltIn.Count);
        Assert.Contains(sheet.IgnoredByBuiltIn, i => i.StartsWith("'algorithm' at line ", StringComparison.Ordinal) && i.Contains("MaxRects, not Basic", StringComparison.Ordinal));
        Assert.Contains(sheet.IgnoredByBuiltIn, i => i.StartsWith("'sizeConstraints'", StringComparison.Ordinal) && i.Contains("WordAligned", StringComparison.Ordinal));
        Assert.Contains(sheet.IgnoredByBuiltIn, i => i.StartsWith("'trimMargin'", StringComparison.Ordinal));
        Assert.Contains(sheet.IgnoredByBuiltIn, i => i.StartsWith("'trimMode'", StringComparison.Ordinal) && i.Contains("Polygon", StringComparison.Ordinal));
        Assert.Equal((SizeConstraint.AnySize, true), (sheet.SizeConstraint, sheet.Trim));
    }

    [Fact]
    public async Task A_project_next_to_its_folder_defines_the_sheet_and_the_built_in_packer_packs_it()
    {
        Project(new TpsFile.Options { DataFile = "ui.plist", Files = ["ui", "loose/icon_0000.png"], AllowRotation = false, Extrude = 1 });

        var sheets = SheetFolders.Discover(_temp["art"], _temp["out"]);

        // 'ui' is the project's folder, not a sheet of its own; 'heroes' and 'loose' stay folder sheets.
        Assert.Equal(["heroes", "loose", "ui"], sheets.Select(s => s.Name));
        Assert.NotNull(sheets.Single(s => s.Name == "ui").ProjectFile);
        var outcomes = await SpriteSheets.BuildAsync(new SheetBuildSettings { Sheets = sheets, StateDirectory = _temp["state"] }, new BuildContext());
        Assert.All(outcomes, o => Assert.Equal(SheetStatus.Packed, o.Status));
        var data = CocosPlist.Read(_temp["out/ui.plist"]);
        Assert.Equal(15, data.FrameNames.Count());
        Assert.Contains("icon_0000.png", data.FrameNames);
        Assert.DoesNotContain(data.Frames, f => f.Rotated);

    }

    [Fact]
    public async Task A_changed_project_repacks_and_an_unchanged_one_is_up_to_date()
    {
        Project(new TpsFile.Options { Files = ["ui"] });
        var settings = new SheetBuildSettings { Sheets = SheetFolders.Discover(_temp["art"], _temp["out"]), StateDirectory = _temp["state"] };
        await SpriteSheets.BuildAsync(settings, new BuildContext());

        var again = await SpriteSheets.BuildAsync(settings with { Sheets = SheetFolders.Discover(_temp["art"], _temp["out"]) }, new BuildContext());
        Assert.All(again, o => Assert.Equal(SheetStatus.UpToDate, o.Status));

        Project(new TpsFile.Options { Files = ["ui"], ShapePadding = 6 });
        var changed = await SpriteSheets.BuildAsync(settings with { Sheets = SheetFolders.Discover(_temp["art"], _temp["out"]) }, new BuildContext());
        Assert.Equal(SheetStatus.Packed, changed.Single(o => o.Name == "ui").Status);
        Assert.Equal(SheetStatus.UpToDate, changed.Single(o => o.Name == "heroes").Status);
    }

    [Fact]
    public void TexturePacker_runs_the_project_itself_with_its_outputs_redirected()
    {
        var path = Project(new TpsFile.Options { Files = ["ui"], MultiPack = true });
        var sheet = TexturePackerProject.Load(path, _temp["out"]);

        var arguments = TexturePackerArguments.Render(sheet, "/staging", ["--quiet"]);

        Assert.Equal([path, "--data", "/staging/ui-{n}.plist", "--sheet", "/staging/ui-{n}.png", "--quiet"], arguments.Select(a => a.Value));
        Assert.Equal([ToolArgumentKind.Input, ToolArgumentKind.Text, ToolArgumentKind.Output, ToolArgumentKind.Text, ToolArgumentKind.Output, ToolArgumentKind.Text],
            arguments.Select(a => a.Kind));
    }

    [Fact]
    public void The_project_goes_into_a_container_with_the_folder_holding_its_sprites()
    {
        Directory.CreateDirectory(_temp["art/projects"]);
        var path = Project(new TpsFile.Options { Files = ["../ui", "../loose/icon_0001.png"] }, "projects/ui.tps");
        var sheet = TexturePackerProject.Load(path, _temp["out"]);

        var project = TexturePackerArguments.Render(sheet, "/staging")[0];

        Assert.Equal(path, project.Value);
        Assert.Equal(_temp["art"], project.Within);   // projects/, ui/ and loose/ all lie under art/
    }

    [Fact]
    public void A_project_whose_sprites_share_no_folder_with_it_is_refused_before_a_container_copies_the_disk()
    {
        var path = Project(new TpsFile.Options { Files = [Path.GetRelativePath(_temp["art"], "/usr")] });
        var sheet = TexturePackerProject.Load(path, _temp["out"]);

        var error = Assert.Throws<SheetException>(() => TexturePackerArguments.Render(sheet, "/staging"));

        Assert.Contains(path, error.Message);
        Assert.Contains("Keep the project and its sprite folders under one folder", error.Message);
    }

    [Fact]
    public async Task The_fake_TexturePacker_is_given_the_project()
    {
        var path = Project(new TpsFile.Options { Files = ["ui"] });
        var sheet = TexturePackerProject.Load(path, _temp["out"]);
        await BuiltInPacker.PackAsync(sheet with { OutputDirectory = _temp["fixture"] });
        var fake = new FakeTexturePacker(_temp["tool"]);
        fake.UseFixture(_temp["fixture/ui.plist"], _temp["fixture/ui.png"]);

        var files = await TexturePackerTask.PackAsync(sheet, new TexturePackerSettings { Executable = fake.Executable, Version = "7.1.0" }, new BuildContext());

        Assert.Equal(["ui.plist", "ui.png"], files);
        Assert.Equal(path, fake.Calls[^1][0]);
        Assert.Equal(14, SheetAssert.FramesMatchSources([_temp["out/ui.plist"]], _temp["art/ui"]));
    }

    [Fact]
    public void A_project_that_does_not_parse_names_the_file_and_line()
    {
        var path = _temp["art/broken.tps"];
        File.WriteAllText(path, "<?xml version=\"1.0\"?>\n<data version=\"1.0\">\n  <struct type=\"Settings\">\n    <key>dataFormat</key>\n    <string>cocos2d-x</strin>\n");

        var error = Assert.Throws<SheetException>(() => SheetFolders.Discover(_temp["art"], _temp["out"]));

        Assert.Contains(path, error.Message);
        Assert.Contains("line 5", error.Message);
    }

    [Fact]
    public void A_project_naming_a_missing_sprite_folder_fails_naming_the_project_and_the_folder()
    {
        var path = Project(new TpsFile.Options { Files = ["ui", "ui_extra"] });

        var error = Assert.Throws<SheetException>(() => TexturePackerProject.Load(path, _temp["out"]));

        Assert.Contains(path, error.Message);
        Assert.Contains("'ui_extra'", error.Message);
        Assert.Matches(@"line \d+", error.Message);
    }

    [Theory]
    [InlineData("unity-texture2d", "png", "data format 'unity-texture2d'")]
    [InlineData("cocos2d-x", "atf", "texture format 'atf'")]
    public void An_option_no_packer_supports_is_an_error(string dataFormat, string textureFormat, string expected)
    {
        var path = Project(new TpsFile.Options { Files = ["ui"], DataFormat = dataFormat, TextureFormat = textureFormat });

        var error = Assert.Throws<SheetException>(() => TexturePackerProject.Load(path, _temp["out"]));

        Assert.Contains(expected, error.Message);
        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void A_file_that_is_xml_but_not_a_project_is_an_error()
    {
        var path = _temp["art/other.tps"];
        File.WriteAllText(path, "<plist version=\"1.0\"><dict/></plist>");
        var error = Assert.Throws<SheetException>(() => TexturePackerProject.Load(path, _temp["out"]));
        Assert.Contains("is not a TexturePacker project", error.Message);
    }

    /// <inheritdoc />
    public void Dispose() => _temp.Dispose();
}
