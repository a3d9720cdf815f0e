using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Tests;

public sealed class BadInputTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private SpriteSheetSettings Sheet(params string[] folders) => new()
    {
        Name = "hud",
        SourceDirectories = folders.Length == 0 ? [_temp["art/hud"]] : folders.Select(f => _temp[f]).ToList(),
        OutputDirectory = _temp["out"],
    };

    private async Task<SheetException> FailsAsync(SpriteSheetSettings sheet)
    {
        var error = await Assert.ThrowsAsync<SheetException>(() => BuiltInPacker.PackAsync(sheet));
        Assert.Contains("'hud'", error.Message);
        Assert.False(Directory.Exists(_temp["out"]) && Directory.EnumerateFileSystemEntries(_temp["out"]).Any(), "nothing may be published");
        return error;
    }

    [Fact]
    public async Task Corrupt_png_names_the_file()
    {
        SpriteArt.Generate(_temp["art/hud"], 3, seed: 1);
        var png = await File.ReadAllBytesAsync(_temp["art/hud/sprite0001.png"]);
        await File.WriteAllBytesAsync(_temp["art/hud/sprite0001.png"], png[..(png.Length / 2)]);

        var error = await FailsAsync(Sheet());

        Assert.Contains("sprite0001.png", error.Message);
        Assert.Contains("Re-export it as PNG", error.Message);
    }

    [Fact]
    public async Task Text_file_named_png_is_not_an_image()
    {
        SpriteArt.Generate(_temp["art/hud"], 2, seed: 1);
        await File.WriteAllTextAsync(_temp["art/hud/notes.png"], "not an image");
        var error = await FailsAsync(Sheet());
        Assert.Contains("notes.png", error.Message);
        Assert.Contains("not a readable image", error.Message);
    }

    [Fact]
    public async Task Non_image_file_in_the_sheet_folder_is_named()
    {
        SpriteArt.Generate(_temp["art/hud"], 2, seed: 1);
        await File.WriteAllTextAsync(_temp["art/hud/readme.txt"], "hello");
        var error = await FailsAsync(Sheet());
        Assert.Contains("readme.txt", error.Message);
        Assert.Contains("move it out of the sheet folder", error.Message);
    }

    [Fact]
    public async Task Sprite_larger_than_max_size_is_named_with_its_size()
    {
        Directory.CreateDirectory(_temp["art/hud"]);
        var pixels = Enumerable.Repeat((byte)200, 300 * 40 * 4).ToArray();
        SpriteArt.WritePng(_temp["art/hud/banner.png"], 300, 40, pixels);

        var error = await FailsAsync(Sheet() with { MaxWidth = 256, MaxHeight = 256 });

        Assert.Contains("'banner.png' is 300x40", error.Message);
        Assert.Contains("256x256", error.Message);
    }

    [Fact]
    public async Task Duplicate_sprite_names_across_folders_are_named()
    {
        SpriteArt.Generate(_temp["art/hud"], 2, seed: 1);
        SpriteArt.Generate(_temp["art/shared"], 1, seed: 2);
        var error = await FailsAsync(Sheet("art/hud", "art/shared"));
        Assert.Contains("duplicate sprite name 'sprite0000.png'", error.Message);
    }

    [Fact]
    public async Task Names_that_differ_only_in_case_are_duplicates()
    {
        SpriteArt.Generate(_temp["art/hud"], 1, seed: 1);
        File.Copy(_temp["art/hud/sprite0000.png"], _temp["art/hud/SPRITE0000.png"]);
        var error = await FailsAsync(Sheet());
        Assert.Contains("duplicate sprite name", error.Message);
    }

    [Fact]
    public async Task Empty_sheet_folder_says_what_to_do()
    {
        Directory.CreateDirectory(_temp["art/hud"]);
        var error = await FailsAsync(Sheet());
        Assert.Contains("has no sprites", error.Message);
        Assert.Contains("Add PNG files or remove the empty sheet folder", error.Message);
    }

    [Fact]
    public async Task Missing_source_folder_is_named()
    {
        var error = await FailsAsync(Sheet());
        Assert.Contains("does not exist", error.Message);
        Assert.Contains(_temp["art/hud"], error.Message);
    }

    [Fact]
    public async Task Backslash_in_a_sprite_file_name_is_refused_with_the_file_named()
    {
        SpriteArt.Generate(_temp["art/hud"], 1, seed: 1);
        File.Copy(_temp["art/hud/sprite0000.png"], _temp["art/hud/back\\slash.png"]);
        var error = await FailsAsync(Sheet());
        Assert.Contains(@"back\slash.png", error.Message);
        Assert.Contains("backslash", error.Message);
        Assert.Contains("Rename", error.Message);
    }

    public void Dispose() => _temp.Dispose();
}
