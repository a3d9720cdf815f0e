using Walle.Pipelines.Assets.Components;
using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>A game build that composes only the assets component.</summary>
public sealed class AssetsBuild : WalleBuild, IAssets;

/// <summary>The <c>Sheets</c> target run through the real engine in a temporary repository.</summary>
public sealed class AssetsComponentTests : IDisposable
{
    private readonly TempFolder _root = new();
    private readonly Dictionary<string, string> _environment = new();

    public AssetsComponentTests()
    {
        Directory.CreateDirectory(_root[".nuke"]);
        SpriteArt.Generate(_root["art/ui"], 10, seed: 7);
        SpriteArt.Generate(_root["art/heroes"], 10, seed: 8);
    }

    private (int ExitCode, string Output) Run(params string[] args) => InProcessBuild.Run(new AssetsBuild(), _root.Path, _environment, args);

    [Fact]
    public void Sheets_packs_every_sheet_folder_and_a_second_run_does_nothing()
    {
        var (exitCode, output) = Run("Sheets", "--sheet-packer", "builtin");

        Assert.True(exitCode == 0, output);
        Assert.Contains("2 packed", output);
        Assert.Equal(10, SheetAssert.FramesMatchSources([_root["Resources/sheets/ui.plist"]], _root["art/ui"]));
        Assert.Equal(10, CocosPlist.Read(_root["Resources/sheets/heroes.plist"]).Frames.Count);

        var again = Run("Sheets", "--sheet-packer", "builtin");
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 packed, 0 restored from cache, 2 up to date", again.Output);
    }

    [Fact]
    public void A_deleted_sheet_folder_has_its_outputs_removed_and_each_removal_logged()
    {
        Assert.Equal(0, Run("Sheets", "--sheet-packer", "builtin").ExitCode);
        File.AppendAllText(_root["Resources/sheets/ui.plist"], "<!-- edited by hand -->");
        Directory.Delete(_root["art/heroes"], recursive: true);
        Directory.Delete(_root["art/ui"], recursive: true);
        SpriteArt.Generate(_root["art/items"], 3, seed: 9);

        var (exitCode, output) = Run("Sheets", "--sheet-packer", "builtin");

        Assert.True(exitCode == 0, output);
        Assert.Contains($"Removed {_root["Resources/sheets/heroes.png"]}: no sheet produces it any more", output);
        Assert.Contains($"Removed {_root["Resources/sheets/heroes.plist"]}: no sheet produces it any more", output);
        Assert.Contains($"Kept {_root["Resources/sheets/ui.plist"]}: no sheet produces it any more, but it changed since Walle wrote it", output);
        Assert.False(File.Exists(_root["Resources/sheets/heroes.png"]));
        Assert.True(File.Exists(_root["Resources/sheets/items.png"]));
    }

    [Fact]
    public void Without_texturepacker_the_default_packer_is_builtin_with_a_notice()
    {
        var (exitCode, output) = Run("Sheets", "--sheet-output-directory", "out");
        Assert.True(exitCode == 0, output);
        Assert.Contains("TexturePacker is not installed here", output);
        Assert.True(File.Exists(_root["out/ui.plist"]));
        Assert.DoesNotContain("runs on texturepacker", Run("Sheets", "--plan").Output);
    }

    [Fact]
    public void An_explicit_texturepacker_choice_runs_on_licensed_agents_and_fails_here_with_the_hosts()
    {
        var plan = Run("Sheets", "--plan", "--sheet-packer", "texturepacker");
        Assert.Contains("runs on texturepacker", plan.Output);

        var (exitCode, output) = Run("Sheets", "--sheet-packer", "texturepacker", "--sheet-texture-packer-hosts", "tp-mac-01");
        Assert.Equal(ExitCodes.BuildFailed, exitCode);
        Assert.Contains("tp-mac-01", output);
        Assert.Contains("--sheet-packer builtin", output);
    }

    [Fact]
    public void An_unknown_packer_is_a_usage_error_naming_the_parameter()
    {
        var (exitCode, output) = Run("Sheets", "--sheet-packer", "gimp");
        Assert.Equal(ExitCodes.UsageError, exitCode);
        Assert.Contains("SheetPacker", output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_floating_licence_from_the_environment_reaches_texturepacker_and_is_never_printed()
    {
        var fake = new FakeTexturePacker(_root["tool"], mode: "reject-licence");
        // The tool is found in the run's environment, not the process's.
        _environment[TexturePackerTask.ExecutableVariable] = fake.Executable;
        _environment["TP_FLOATING_LICENSE"] = "TP-LIC-0042-abcdef";

        var (exitCode, output) = Run("Sheets");

        Assert.Equal(ExitCodes.BuildFailed, exitCode);
        Assert.Contains("not valid for this host", output);
        Assert.DoesNotContain("TP-LIC-0042-abcdef", output);
        Assert.DoesNotContain("TP-LIC-0042-abcdef", File.ReadAllText(_root[".nuke/temp/build.log"]));
        Assert.Contains(fake.Calls, c => c.SequenceEqual(["--activate-license", "TP-LIC-0042-abcdef"]));
    }

    [Fact]
    public void A_missing_art_folder_fails_the_target_with_the_parameter_to_fix()
    {
        var (exitCode, output) = Run("Sheets", "--sheet-packer", "builtin", "--sheet-source-directory", "no-art");
        Assert.Equal(ExitCodes.BuildFailed, exitCode);
        Assert.Contains("--sheet-source-directory", output);
    }

    [Fact]
    public void Each_failed_sheet_of_a_build_names_the_parameter_that_fixes_it()
    {
        // Both sheets (ui, heroes) meet a TexturePacker of another version than the pin: the task says what is wrong,
        // the component adds the parameter, for each sheet of the combined error.
        var fake = new FakeTexturePacker(_root["tool"], version: "6.0.2");
        _environment[TexturePackerTask.ExecutableVariable] = fake.Executable;

        var (exitCode, output) = Run("Sheets", "--sheet-packer", "texturepacker");

        Assert.Equal(ExitCodes.BuildFailed, exitCode);
        Assert.Contains("2 sprite sheets failed", output);
        foreach (var sheet in new[] { "heroes", "ui" })
            Assert.Matches($"  - Sheet '{sheet}': TexturePacker at '[^']+' reports '[^']*6\\.0\\.2', but the build pins version 7\\.1\\.0\\. " +
                           "Install the pinned version, or change the pin with --sheet-texture-packer-version\\.", output);
    }

    public void Dispose() => _root.Dispose();
}
