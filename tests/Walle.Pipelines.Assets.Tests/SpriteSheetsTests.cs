using Walle.Pipelines.Engine;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Assets.Tests;

public sealed class SpriteSheetsTests : IDisposable
{
    private readonly TempFolder _temp = new();

    /// <summary>A machine: its own root with art, output, state and local cache.</summary>
    private SheetBuildSettings Machine(string name, int sheets = 4, BuildCache? cache = null, FileHashes? hashes = null)
    {
        var root = _temp[name];
        for (var s = 0; s < sheets; s++)
            if (!Directory.Exists(Path.Combine(root, "art", $"sheet{s}")))
                SpriteArt.Generate(Path.Combine(root, "art", $"sheet{s}"), 15, seed: 100 + s);
        return new SheetBuildSettings
        {
            Sheets = SheetFolders.Discover(Path.Combine(root, "art"), Path.Combine(root, "out")),
            StateDirectory = Path.Combine(root, ".nuke", "temp", "sheets"),
            Cache = cache ?? new BuildCache(Path.Combine(root, ".nuke", "cache")),
            Hashes = hashes ?? new FileHashes(),
        };
    }

    [Fact]
    public async Task Second_build_is_a_no_op_and_one_changed_sprite_repacks_only_its_sheet()
    {
        var hashes = new FileHashes();
        var settings = Machine("a", hashes: hashes);
        var first = await SpriteSheets.BuildAsync(settings, new BuildContext());
        Assert.All(first, o => Assert.Equal(SheetStatus.Packed, o.Status));
        var untouched = File.GetLastWriteTimeUtc(_temp["a/out/sheet0.png"]);

        var second = await SpriteSheets.BuildAsync(settings, new BuildContext());
        Assert.All(second, o => Assert.Equal(SheetStatus.UpToDate, o.Status));

        SpriteArt.WriteSprite(_temp["a/art/sheet2/sprite0003.png"], new Random(999));
        var third = await SpriteSheets.BuildAsync(settings, new BuildContext());
        Assert.Equal(["sheet2"], third.Where(o => o.Status == SheetStatus.Packed).Select(o => o.Name));
        Assert.Equal(3, third.Count(o => o.Status == SheetStatus.UpToDate));
        Assert.Equal(untouched, File.GetLastWriteTimeUtc(_temp["a/out/sheet0.png"]));
        SheetAssert.FramesMatchSources([_temp["a/out/sheet2.plist"]], _temp["a/art/sheet2"]);
    }

    [Fact]
    public async Task Deleted_output_is_restored_from_the_local_cache()
    {
        var settings = Machine("a", sheets: 2);
        await SpriteSheets.BuildAsync(settings, new BuildContext());
        var original = await File.ReadAllBytesAsync(_temp["a/out/sheet1.png"]);
        File.Delete(_temp["a/out/sheet1.png"]);

        var outcomes = await SpriteSheets.BuildAsync(settings, new BuildContext());

        Assert.Equal(SheetStatus.RestoredLocal, outcomes.Single(o => o.Name == "sheet1").Status);
        Assert.Equal(SheetStatus.UpToDate, outcomes.Single(o => o.Name == "sheet0").Status);
        Assert.Equal(original, await File.ReadAllBytesAsync(_temp["a/out/sheet1.png"]));
    }

    [Fact]
    public async Task A_sheet_packed_by_texturepacker_on_the_licensed_host_is_reused_by_a_machine_without_it()
    {
        var store = new FolderObjectStore(_temp["remote"]);
        var fake = new FakeTexturePacker(_temp["tool"]);
        var licensed = Machine("licensed", sheets: 1, cache: new BuildCache(_temp["licensed/.nuke/cache"], store));
        await SpriteSheets.BuildAsync(licensed with { Sheets = [licensed.Sheets[0] with { OutputDirectory = _temp["fixture"] }] }, new BuildContext());
        fake.UseFixture(_temp["fixture/sheet0.plist"], _temp["fixture/sheet0.png"]);
        var tool = new TexturePackerSettings { Executable = fake.Executable, Version = "7.1.0" };

        var packed = await SpriteSheets.BuildAsync(licensed with { Packer = SheetPackerKind.TexturePacker, TexturePacker = tool }, new BuildContext());
        Assert.Equal(SheetStatus.Packed, packed[0].Status);
        Assert.Equal(SheetPackerKind.TexturePacker, packed[0].Packer);

        // Another machine: same art (copied), empty local cache, no TexturePacker, default packer choice.
        CopyFolder(_temp["licensed/art"], _temp["agent/art"]);
        var agent = Machine("agent", sheets: 1, cache: new BuildCache(_temp["agent/.nuke/cache"], store)) with
        {
            Packer = SheetPackerKind.TexturePacker, TexturePacker = tool with { Executable = null }, FallBackToBuiltIn = true,
        };
        var restored = await SpriteSheets.BuildAsync(agent, new BuildContext());

        Assert.Equal(SheetStatus.RestoredRemote, restored[0].Status);
        Assert.Equal(packed[0].Key, restored[0].Key);
        Assert.Equal(await File.ReadAllBytesAsync(_temp["licensed/out/sheet0.plist"]), await File.ReadAllBytesAsync(_temp["agent/out/sheet0.plist"]));
        Assert.Single(fake.Calls, c => c.Contains("--data"));
    }

    [Fact]
    public async Task Without_texturepacker_and_without_a_cached_result_the_default_falls_back_to_builtin()
    {
        var settings = Machine("a", sheets: 1) with
        {
            Packer = SheetPackerKind.TexturePacker,
            TexturePacker = new TexturePackerSettings { Executable = null, Version = "7.1.0" },
            FallBackToBuiltIn = true,
        };
        var outcomes = await SpriteSheets.BuildAsync(settings, new BuildContext());
        Assert.Equal(SheetPackerKind.BuiltIn, outcomes[0].Packer);
        Assert.Equal(SheetStatus.Packed, outcomes[0].Status);

        var again = await SpriteSheets.BuildAsync(settings, new BuildContext());
        Assert.Equal(SheetStatus.UpToDate, again[0].Status);
    }

    [Fact]
    public async Task An_explicit_texturepacker_choice_without_the_tool_fails_with_the_hosts()
    {
        var settings = Machine("a", sheets: 1) with
        {
            Packer = SheetPackerKind.TexturePacker,
            TexturePacker = new TexturePackerSettings { Executable = null, Version = "7.1.0", LicensedHosts = "mac-tp-1" },
        };
        var error = await Assert.ThrowsAsync<SheetException>(() => SpriteSheets.BuildAsync(settings, new BuildContext()));
        Assert.Contains("mac-tp-1", error.Message);
        Assert.Equal(SheetProblem.TexturePackerMissing, error.Problem);
    }

    [Fact]
    public async Task Failing_sheets_are_all_reported_and_good_sheets_still_built()
    {
        var settings = Machine("a", sheets: 3);
        await File.WriteAllTextAsync(_temp["a/art/sheet0/broken.png"], "x");
        Directory.CreateDirectory(_temp["a/art/sheet9"]);
        settings = settings with { Sheets = SheetFolders.Discover(_temp["a/art"], _temp["a/out"]) };

        var error = await Assert.ThrowsAsync<SheetException>(() => SpriteSheets.BuildAsync(settings, new BuildContext()));

        Assert.Contains("2 sprite sheets failed", error.Message);
        Assert.Contains("broken.png", error.Message);
        Assert.Contains("'sheet9' has no sprites", error.Message);
        Assert.True(File.Exists(_temp["a/out/sheet1.plist"]));
    }

    [Fact]
    public async Task Fewer_pages_after_a_change_removes_the_stale_page()
    {
        var settings = Machine("a", sheets: 1);
        var multipack = settings with { Sheets = [settings.Sheets[0] with { MaxWidth = 128, MaxHeight = 128, Multipack = true }] };
        var first = await SpriteSheets.BuildAsync(multipack, new BuildContext());
        var pages = first[0].Files.Count(f => f.EndsWith(".png"));
        Assert.True(pages > 1);

        var bigger = multipack with { Sheets = [multipack.Sheets[0] with { MaxWidth = 1024, MaxHeight = 1024 }] };
        var second = await SpriteSheets.BuildAsync(bigger, new BuildContext());

        Assert.Equal(["sheet0-0.plist", "sheet0-0.png"], second[0].Files.Order());
        Assert.Equal(["sheet0-0.plist", "sheet0-0.png"], Directory.EnumerateFiles(_temp["a/out"]).Select(Path.GetFileName).Order());
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    [Fact]
    public async Task A_variant_that_writes_another_sheets_files_fails_naming_both_before_anything_is_packed()
    {
        SpriteArt.Generate(_temp["a/art/icons"], 3, seed: 1);
        SpriteArt.Generate(_temp["a/art/icons-half"], 3, seed: 2);
        var settings = Machine("a", sheets: 0) with
        {
            Sheets = SheetFolders.Discover(_temp["a/art"], _temp["a/out"])
                .Select(s => s.Name == "icons" ? s with { Variants = [ScaleVariant.Original, new ScaleVariant("-half", 0.5)] } : s).ToList(),
        };

        var error = await Assert.ThrowsAsync<SheetException>(() => SpriteSheets.BuildAsync(settings, new BuildContext()));

        Assert.Contains("Sheets 'icons' (variant '-half') and 'icons-half' both write", error.Message);
        Assert.Contains("icons-half.png", error.Message);
        Assert.Contains("rename", error.Message);
        Assert.False(Directory.Exists(_temp["a/out"]), "nothing may be packed");
    }

    [Theory]
    [InlineData("Icons", false, "icons")]
    [InlineData("icons", true, "icons-0")]
    public async Task Output_names_that_collide_on_a_case_insensitive_disk_or_as_pages_fail(string first, bool multipack, string second)
    {
        SpriteArt.Generate(_temp["a/art/one"], 2, seed: 1);
        SpriteArt.Generate(_temp["a/art/two"], 2, seed: 2);
        var settings = Machine("a", sheets: 0) with
        {
            Sheets =
            [
                new SpriteSheetSettings { Name = first, SourceDirectories = [_temp["a/art/one"]], OutputDirectory = _temp["a/out"], Multipack = multipack },
                new SpriteSheetSettings { Name = second, SourceDirectories = [_temp["a/art/two"]], OutputDirectory = _temp["a/OUT/../out"] },
            ],
        };

        var error = await Assert.ThrowsAsync<SheetException>(() => SpriteSheets.BuildAsync(settings, new BuildContext()));

        Assert.Contains($"Sheets '{first}' and '{second}' both write", error.Message);
        Assert.False(Directory.Exists(_temp["a/out"]), "nothing may be packed");
    }

    [Fact]
    public async Task A_deleted_sheet_folder_takes_its_outputs_with_it_but_never_a_users_file()
    {
        var settings = Machine("a", sheets: 3);
        await SpriteSheets.BuildAsync(settings, new BuildContext());
        await File.WriteAllTextAsync(_temp["a/out/credits.txt"], "the user's own file");
        await File.WriteAllTextAsync(_temp["a/out/sheet1.plist"], "edited by hand after Walle wrote it");
        Directory.Delete(_temp["a/art/sheet1"], recursive: true);
        Directory.Delete(_temp["a/art/sheet2"], recursive: true);

        await SpriteSheets.BuildAsync(settings with { Sheets = SheetFolders.Discover(_temp["a/art"], _temp["a/out"]) }, new BuildContext());

        Assert.Equal(["credits.txt", "sheet0.plist", "sheet0.png", "sheet1.plist"],
            Directory.EnumerateFiles(_temp["a/out"]).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal("edited by hand after Walle wrote it", await File.ReadAllTextAsync(_temp["a/out/sheet1.plist"]));
    }

    public void Dispose() => _temp.Dispose();
}
