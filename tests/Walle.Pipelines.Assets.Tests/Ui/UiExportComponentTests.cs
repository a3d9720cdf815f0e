using Walle.Pipelines.Assets.Components;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>A game build with sheets and UI export.</summary>
public sealed class UiBuild : WalleBuild, IAssets, IUiExport;

/// <summary>The <c>UiExport</c> target through the real engine, in a copy of Vega's art and layouts.</summary>
public sealed class UiExportComponentTests : IDisposable
{
    private readonly TempFolder _root = new();

    public UiExportComponentTests()
    {
        Directory.CreateDirectory(_root[".nuke"]);
        var vega = Path.Combine(UiFixture.RepositoryRoot, "samples", "Vega");
        UiFixture.CopyFolder(Path.Combine(vega, "art"), _root["art"]);
        UiFixture.CopyFolder(Path.Combine(vega, "ui"), _root["ui"]);
        Directory.CreateDirectory(_root["Resources/ui/login"]);
        File.Copy(Path.Combine(vega, "client", "res", "ui", "login", "icon_000.png"), _root["Resources/ui/login/icon_000.png"]);
    }

    private (int ExitCode, string Output) Run(params string[] args) => RunWith([], args);

    private (int ExitCode, string Output) RunWith(Dictionary<string, string> environment, params string[] args) =>
        InProcessBuild.Run(new UiBuild(), _root.Path, environment, args);

    [Fact]
    public void UiExport_packs_the_sheets_first_exports_every_layout_and_an_unchanged_rerun_does_no_work()
    {
        var (exitCode, output) = Run("UiExport", "--sheet-packer", "builtin");

        Assert.True(exitCode == 0, output);
        Assert.True(output.IndexOf("── Sheets", StringComparison.Ordinal) < output.IndexOf("── UiExport", StringComparison.Ordinal), output);
        Assert.Contains("UI layouts: 4 exported, 0 restored from the cache, 0 up to date", output);
        Assert.All(["Login", "Lobby", "LobbyItem", "Dialog"], name => Assert.True(File.Exists(_root[$"Resources/ui/{name}.csb"])));

        var again = Run("UiExport", "--sheet-packer", "builtin");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("UI layouts: 0 exported, 0 restored from the cache, 4 up to date", again.Output);

        // The state and the outputs gone (a clean workspace): the layouts come back from .nuke/cache, not the exporter.
        var first = File.ReadAllBytes(_root["Resources/ui/Lobby.csb"]);
        Directory.Delete(_root["Resources/ui"], recursive: true);
        Directory.Delete(_root[".nuke/temp/ui"], recursive: true);
        Directory.CreateDirectory(_root["Resources/ui/login"]);
        File.Copy(Path.Combine(UiFixture.RepositoryRoot, "samples", "Vega", "client", "res", "ui", "login", "icon_000.png"), _root["Resources/ui/login/icon_000.png"]);
        var restored = Run("UiExport", "--sheet-packer", "builtin");
        Assert.True(restored.ExitCode == 0, restored.Output);
        Assert.Contains("UI layouts: 0 exported, 4 restored from the cache, 0 up to date", restored.Output);
        Assert.Equal(first, File.ReadAllBytes(_root["Resources/ui/Lobby.csb"]));
    }

    [Fact]
    public void A_missing_layouts_folder_names_the_parameter()
    {
        var (exitCode, output) = Run("UiExport", "--sheet-packer", "builtin", "--ui-source-directory", "layouts");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("--ui-source-directory", output);
    }

    [Fact]
    public void The_plan_places_UiExport_after_Sheets()
    {
        var (exitCode, output) = Run("UiExport", "--plan");

        Assert.True(exitCode == 0, output);
        Assert.True(output.IndexOf("Sheets", StringComparison.Ordinal) < output.IndexOf("UiExport", StringComparison.Ordinal), output);
    }

    [Fact]
    public void The_ccsuiexporter_choice_runs_the_studio_tool_found_through_its_variable()
    {
        var fake = new FakeCcsUiExporter(_root["tool"]);
        var environment = new Dictionary<string, string> { ["CCSUIEXPORTER_EXE"] = fake.Executable, ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "" };

        var (exitCode, output) = RunWith(environment, "UiExport", "--sheet-packer", "builtin", "--ui-exporter", "ccsuiexporter");

        Assert.True(exitCode == 0, output);
        Assert.Equal(4, fake.Calls.Count);
        Assert.Contains("4 layouts exported in 4 runs", output);
        Assert.True(File.Exists(_root["Resources/ui/Dialog.csb"]));
    }

    [Fact]
    public void The_ccsuiexporter_choice_without_the_tool_says_how_to_get_on()
    {
        var (exitCode, output) = RunWith(new() { ["PATH"] = "/nonexistent" }, "UiExport", "--sheet-packer", "builtin", "--ui-exporter", "ccsuiexporter");

        Assert.NotEqual(0, exitCode);
        Assert.Contains("CCSUIEXPORTER_EXE", output);
        Assert.Contains("--ui-exporter native", output);
    }

    /// <inheritdoc />
    public void Dispose() => _root.Dispose();
}
