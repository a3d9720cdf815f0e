using Walle.Pipelines.Assets.Ui;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Assets.Ui.Exporter;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>The CCSUIExporter task at argument level, with a fake executable (the real exporter is not installable here).</summary>
public sealed class CcsUiExporterTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly FakeCcsUiExporter _fake;
    private readonly BuildContext _context = new();

    public CcsUiExporterTests()
    {
        _fake = new FakeCcsUiExporter(_temp["tool"]);
        foreach (var layout in new[] { "Login.csd", "lobby/Lobby.csd", "lobby/Item.csd", "dialogs/Confirm.csd" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(_temp["ui/" + layout])!);
            File.WriteAllText(_temp["ui/" + layout], "<GameFile />");
        }
    }

    private CcsUiExporterSettings Settings(CcsUiExportMode mode = CcsUiExportMode.PerFile) =>
        new() { Executable = _fake.Executable, OutputDirectory = _temp["out"], Mode = mode, MaxParallelism = 2 };

    [Fact]
    public void Settings_render_as_exporter_arguments_with_typed_paths()
    {
        var settings = Settings() with { TexturePrefix = "res/", CsbPrefix = "ui/", FontPrefix = "fonts/", ExtraArguments = ["--verbose"] };

        var arguments = CcsUiExporterArguments.Render("/src/ui/Login.csd", "/stage", settings);

        Assert.Equal(["--input", "/src/ui/Login.csd", "--output", "/stage", "--texture-prefix", "res/", "--csb-prefix", "ui/",
            "--font-prefix", "fonts/", "--verbose"], arguments.Select(a => a.Value));
        Assert.Equal(ToolArgumentKind.Input, arguments[1].Kind);
        Assert.Equal(ToolArgumentKind.Output, arguments[3].Kind);
        Assert.All(arguments.Where((_, i) => i is not (1 or 3)), a => Assert.Equal(ToolArgumentKind.Text, a.Kind));
    }

    [Fact]
    public void Prefixes_that_are_not_set_are_not_passed()
    {
        var arguments = CcsUiExporterArguments.Render("/src/ui", "/stage", Settings());
        Assert.Equal(["--input", "/src/ui", "--output", "/stage"], arguments.Select(a => a.Value));
    }

    [Fact]
    public async Task Per_file_runs_once_per_layout_and_publishes_verified_csb_files_keeping_their_folders()
    {
        var files = await CcsUiExporter.ExportAsync(_temp["ui"], Settings(), _context);

        Assert.Equal(["Login.csb", "dialogs/Confirm.csb", "lobby/Item.csb", "lobby/Lobby.csb"], files);
        Assert.All(files, f => Assert.Null(CsbCheck.Problem(File.ReadAllBytes(Path.Combine(_temp["out"], f)))));
        Assert.Equal(4, _fake.Calls.Count);
        Assert.Contains(_fake.Calls, c => c[1] == _temp["ui/lobby/Item.csd"] && c[3].StartsWith(_temp["out"], StringComparison.Ordinal) && c[3].EndsWith("/lobby", StringComparison.Ordinal));
        Assert.Empty(Directory.EnumerateDirectories(_temp["out"], ".*"));
    }

    [Fact]
    public async Task Per_folder_runs_once_per_folder()
    {
        var files = await CcsUiExporter.ExportAsync(_temp["ui"], Settings(CcsUiExportMode.PerFolder), _context);

        Assert.Equal(4, files.Count);
        Assert.Equal(3, _fake.Calls.Count);
        Assert.Contains(_fake.Calls, c => c[1] == _temp["ui/lobby"]);
    }

    [Fact]
    public async Task Runs_go_through_the_runner_given_in_the_settings()
    {
        var runner = new RecordingRunner(new LocalToolRunner());

        await CcsUiExporter.ExportAsync(_temp["ui"], Settings() with { Runner = runner }, _context);

        Assert.Equal(4, runner.Runs.Count);
        Assert.All(runner.Runs, r => Assert.Equal([ToolArgumentKind.Input, ToolArgumentKind.Output], r.Arguments.Where(a => a.Kind != ToolArgumentKind.Text).Select(a => a.Kind)));
    }

    [Theory]
    [InlineData("empty", "is not a valid layout: the file is empty")]
    [InlineData("garbage", "is not a valid layout")]
    [InlineData("fail", "the exporter failed: CCSUIExporter exited with code 2")]
    public async Task Bad_output_fails_naming_every_layout_and_publishes_nothing(string mode, string expected)
    {
        _fake.Mode = mode;

        var error = await Assert.ThrowsAsync<UiExportException>(() => CcsUiExporter.ExportAsync(_temp["ui"], Settings(), _context));

        Assert.Contains("failed for 4 of 4 layouts", error.Message);
        Assert.Contains("lobby/Item.csd: ", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_temp["out"]));
    }

    [Fact]
    public async Task Exit_code_zero_with_a_missing_csb_fails_naming_that_layout()
    {
        File.WriteAllText(_temp["ui/lobby/skip_me.csd"], "<GameFile />");
        _fake.Mode = "skip";

        var error = await Assert.ThrowsAsync<UiExportException>(() => CcsUiExporter.ExportAsync(_temp["ui"], Settings(CcsUiExportMode.PerFolder), _context));

        Assert.Contains("failed for 1 of 5 layouts", error.Message);
        Assert.Contains("lobby/skip_me.csd: the exporter exited with 0 but wrote no 'lobby/skip_me.csb'", error.Message);
        Assert.False(File.Exists(_temp["out/Login.csb"]));
    }

    [Fact]
    public async Task A_folder_without_layouts_is_an_error()
    {
        Directory.CreateDirectory(_temp["empty"]);
        var error = await Assert.ThrowsAsync<UiExportException>(() => CcsUiExporter.ExportAsync(_temp["empty"], Settings(), _context));
        Assert.Contains("holds no layouts", error.Message);
    }

    [Fact]
    public void The_check_rejects_truncated_files()
    {
        var layout = FakeCcsUiExporter.MinimalLayout();
        Assert.Null(CsbCheck.Problem(layout));
        Assert.NotNull(CsbCheck.Problem(layout[..10]));
        Assert.NotNull(CsbCheck.Problem(layout[..(layout.Length - 8)]));
    }

    /// <inheritdoc />
    public void Dispose() => _temp.Dispose();

    private sealed class RecordingRunner(IToolRunner inner) : IToolRunner
    {
        public System.Collections.Concurrent.ConcurrentQueue<ToolSettings> Runs { get; } = new();

        public Task<ToolResult> RunAsync(ToolSettings settings, CancellationToken cancellationToken = default)
        {
            Runs.Enqueue(settings);
            return inner.RunAsync(settings, cancellationToken);
        }
    }
}
