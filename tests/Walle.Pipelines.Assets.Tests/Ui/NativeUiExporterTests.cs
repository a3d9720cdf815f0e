using Walle.Pipelines.Assets.Ui;
using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>The native exporter on Vega's sample layouts: decoded with flatc and compared with each .csd.</summary>
public sealed class NativeUiExporterTests : IAsyncLifetime
{
    private UiFixture _game = null!;
    private readonly BuildContext _context = new();

    public async Task InitializeAsync() => _game = await UiFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _game.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Every_sample_layout_decodes_with_flatc_and_matches_its_csd()
    {
        var layouts = Directory.GetFiles(UiFixture.SampleUi, "*.csd", SearchOption.AllDirectories);
        Assert.True(layouts.Length >= 4, "the sample has a login, a lobby, its item and a dialog");

        var outcomes = await NativeUiExporter.ExportAsync(_game.Settings(), _context);

        Assert.Equal(layouts.Length, outcomes.Count);
        Assert.All(outcomes, o => Assert.True(o.Exported));
        var compared = 0;
        foreach (var layout in layouts)
        {
            var relative = Path.GetRelativePath(UiFixture.SampleUi, layout).Replace('\\', '/');
            var csb = Path.Combine(_game.Output, LayoutFiles.BinaryName(relative));
            var decoded = CsbDecoder.Decode(csb, _game.Temp["decode-" + Path.GetFileNameWithoutExtension(layout)]);
            compared += CsdComparison.AssertMatches(layout, decoded);
            // What the engine's own serializer writes, whatever Cocos Studio version saved the layout.
            Assert.Equal("2.1.0.0", (string?)decoded.Root["version"]);
        }
        var nodesInLayouts = layouts.Sum(l => System.Xml.Linq.XDocument.Load(l).Descendants().Count(e => e.Name == "ObjectData" || e.Name == "AbstractNodeData"));
        Assert.Equal(nodesInLayouts, compared);
    }

    [Fact]
    public async Task The_dialog_keeps_its_open_and_close_animation_and_the_lobby_embeds_its_item()
    {
        await NativeUiExporter.ExportAsync(_game.Settings(), _context);

        var dialog = CsbDecoder.Decode(Path.Combine(_game.Output, "Dialog.csb"), _game.Temp["dialog"]);
        var timelines = dialog.Root["action"]!["timeLines"]!.AsArray();
        Assert.Contains(timelines, t => (string?)t!["property"] == "Scale" && t["frames"]!.AsArray().Count == 4);
        Assert.Equal(["open", "close"], dialog.Root["animationList"]!.AsArray().Select(a => (string?)a!["name"]));
        var lobby = CsbDecoder.Decode(Path.Combine(_game.Output, "Lobby.csb"), _game.Temp["lobby"]);
        var rooms = lobby.Nodes.Where(n => n.Classname == "ProjectNode").ToList();
        Assert.Equal(3, rooms.Count);
        Assert.All(rooms, r => Assert.Equal("LobbyItem.csb", (string?)r.Options["fileName"]));
        Assert.True(File.Exists(Path.Combine(_game.Output, "LobbyItem.csb")));
    }

    [Fact]
    public async Task Everything_the_runtime_reads_without_a_null_check_is_present()
    {
        await NativeUiExporter.ExportAsync(_game.Settings(), _context);

        // LobbyItem: leaves (no children), no animation list, a Text without a font file.
        var item = CsbDecoder.Decode(Path.Combine(_game.Output, "LobbyItem.csb"), _game.Temp["item"]);
        Assert.NotNull(item.Root["action"]?["timeLines"]);
        Assert.NotNull(item.Root["animationList"]);
        foreach (var node in item.Nodes)
        {
            Assert.NotNull(node.Tree["children"]);
            Assert.NotNull(node.Tree["customClassName"]);
            foreach (var field in new[] { "name", "frameEvent", "customProperty", "callBackType", "callBackName" })
                Assert.True(node.Widget[field] is not null, $"node '{node.Widget["name"]}' has no {field}");
            Assert.NotNull(node.Widget["layoutComponent"]?["horizontalEdge"]);
        }
        var text = item.Nodes.Single(n => n.Classname == "Text").Options;
        Assert.Equal("", (string?)text["fontResource"]?["path"]);
        Assert.NotNull(text["outlineColor"]);
        Assert.NotNull(text["shadowColor"]);
    }

    [Fact]
    public async Task Same_layouts_give_the_same_bytes()
    {
        await NativeUiExporter.ExportAsync(_game.Settings(), _context);
        await NativeUiExporter.ExportAsync(_game.Settings(_game.Temp["again"]), _context);

        foreach (var csb in Directory.GetFiles(_game.Output, "*.csb"))
            Assert.Equal(File.ReadAllBytes(csb), File.ReadAllBytes(Path.Combine(_game.Temp["again"], Path.GetFileName(csb))));
    }

    [Fact]
    public async Task An_unchanged_rerun_does_no_work_and_a_changed_sheet_re_exports_only_its_users()
    {
        await NativeUiExporter.ExportAsync(_game.Settings(), _context);
        var written = File.GetLastWriteTimeUtc(Path.Combine(_game.Output, "Login.csb"));

        var again = await NativeUiExporter.ExportAsync(_game.Settings(), _context);
        Assert.All(again, o => Assert.False(o.Exported));
        Assert.Equal(written, File.GetLastWriteTimeUtc(Path.Combine(_game.Output, "Login.csb")));

        // The effects sheet changes (a new frame): only the dialog uses it.
        var plist = Path.Combine(_game.Resources, "sheets", "effects.plist");
        File.WriteAllText(plist, File.ReadAllText(plist).Replace("<key>spark_0029.png</key>", "<key>spark_0029b.png</key>"));
        var changed = await NativeUiExporter.ExportAsync(_game.Settings(), _context);
        Assert.Equal(["Dialog.csd"], changed.Where(o => o.Exported).Select(o => o.Layout));
    }

    [Fact]
    public async Task A_deleted_layout_loses_its_csb()
    {
        await NativeUiExporter.ExportAsync(_game.Settings(), _context);
        File.Delete(Path.Combine(_game.Ui, "Login.csd"));

        await NativeUiExporter.ExportAsync(_game.Settings(), _context);

        Assert.False(File.Exists(Path.Combine(_game.Output, "Login.csb")));
        Assert.True(File.Exists(Path.Combine(_game.Output, "Dialog.csb")));
    }
}
