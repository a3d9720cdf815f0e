using Walle.Pipelines.Assets.Ui;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>Bad layouts: each fails with the layout, the node (or line) and the resource named.</summary>
public sealed class UiBadInputTests : IAsyncLifetime
{
    private UiFixture _game = null!;
    private readonly BuildContext _context = new();

    public async Task InitializeAsync() => _game = await UiFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _game.Dispose();
        return Task.CompletedTask;
    }

    private async Task<UiExportException> FailsAsync(string layout, string text, NativeUiExportSettings? settings = null)
    {
        File.WriteAllText(Path.Combine(_game.Ui, layout), text);
        var error = await Assert.ThrowsAsync<UiExportException>(() => NativeUiExporter.ExportAsync(settings ?? _game.Settings(), _context));
        Assert.Contains(layout, error.Message);
        // The good layouts are still exported, each file whole; the bad one is not.
        Assert.True(File.Exists(Path.Combine(_game.Output, "Login.csb")));
        Assert.False(File.Exists(Path.Combine(_game.Output, LayoutFiles.BinaryName(layout))));
        Assert.Empty(Directory.GetFiles(_game.Output, "*.tmp", SearchOption.AllDirectories));
        return error;
    }

    [Fact]
    public async Task Malformed_xml_names_the_file_and_line()
    {
        var error = await FailsAsync("Broken.csd", "<GameFile>\n  <Content ctype=\"GameProjectContent\">\n    <Content>\n      <ObjectData Name=\"x\">\n    </Content>\n");
        Assert.Contains("line 5", error.Message);
    }

    [Fact]
    public async Task A_missing_image_names_the_layout_node_and_file()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("shop_banner", "SpriteObjectData", 7001, CsdText.Frame("FileData", "ui/shop/banner.png"))));
        Assert.Contains("node 'shop_banner'", error.Message);
        Assert.Contains("image 'ui/shop/banner.png' does not exist", error.Message);
    }

    [Fact]
    public async Task A_missing_plist_frame_names_the_frame_and_the_sheet()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("btn_buy", "ButtonObjectData", 7002,
            CsdText.Frame("NormalFileData", "button_9999.png", "sheets/ui.plist"), "ButtonText=\"Buy\"")));
        Assert.Contains("node 'btn_buy'", error.Message);
        Assert.Contains("'button_9999.png' is not a frame of the sprite sheet 'sheets/ui.plist'", error.Message);
    }

    [Fact]
    public async Task A_missing_sheet_says_where_sheets_come_from()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("icon", "ImageViewObjectData", 7003,
            CsdText.Frame("FileData", "coin.png", "sheets/shop.plist"))));
        Assert.Contains("sprite sheet 'sheets/shop.plist', which does not exist", error.Message);
        Assert.Contains("Sheets target", error.Message);
    }

    [Fact]
    public async Task A_missing_font_names_the_font()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("title", "TextObjectData", 7004,
            CsdText.Frame("FontResource", "fonts/vega-bold.ttf"), "LabelText=\"Shop\" FontSize=\"20\"")));
        Assert.Contains("node 'title'", error.Message);
        Assert.Contains("font 'fonts/vega-bold.ttf' does not exist", error.Message);
    }

    [Fact]
    public async Task Duplicate_action_tags_name_both_nodes()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(
            CsdText.Node("first", "SingleNodeObjectData", 7005) + CsdText.Node("second", "SingleNodeObjectData", 7005)));
        Assert.Contains("nodes 'first'", error.Message);
        Assert.Contains("'second' share the action tag 7005", error.Message);
    }

    [Fact]
    public async Task An_unknown_widget_fails_by_default()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("map", "GameMapObjectData", 7006)));
        Assert.Contains("node 'map' has the widget type 'GameMapObjectData'", error.Message);
        Assert.Contains("KeepAsNode", error.Message);
    }

    [Fact]
    public async Task An_unknown_widget_can_be_kept_as_a_plain_node_with_a_warning()
    {
        File.WriteAllText(Path.Combine(_game.Ui, "Shop.csd"), CsdText.Layout(CsdText.Node("map", "GameMapObjectData", 7006,
            CsdText.Node("marker", "SpriteObjectData", 7007, CsdText.Frame("FileData", "spark_0003.png", "sheets/effects.plist")).Replace("AbstractNodeData Name", "AbstractNodeData Name")
                .Insert(0, "<Children>\n") + "\n</Children>")));
        var log = new List<string>();
        var context = new BuildContext(new Serilog.LoggerConfiguration().WriteTo.Sink(new ListSink(log)).CreateLogger());

        await NativeUiExporter.ExportAsync(_game.Settings() with { UnknownWidgets = UnknownWidgetPolicy.KeepAsNode }, context);

        Assert.Contains(log, l => l.Contains("node 'map'", StringComparison.Ordinal) && l.Contains("GameMapObjectData", StringComparison.Ordinal) && l.Contains("kept as a plain node", StringComparison.Ordinal));
        var decoded = CsbDecoder.Decode(Path.Combine(_game.Output, "Shop.csb"), _game.Temp["shop"]);
        Assert.Equal(["Node", "SingleNode", "Sprite"], decoded.Nodes.Select(n => n.Classname));
        Assert.Equal("map", (string?)decoded.Nodes[1].Widget["name"]);
        Assert.Equal(7006, (int)decoded.Nodes[1].Widget["actionTag"]!);
    }

    [Fact]
    public async Task An_embedded_layout_that_does_not_exist_fails()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("item", "ProjectNodeObjectData", 7008, CsdText.Frame("FileData", "ShopItem.csd"))));
        Assert.Contains("embedded layout 'ShopItem.csd' is not a layout of the UI folder", error.Message);
    }

    [Fact]
    public async Task Layouts_embedding_each_other_fail_with_the_cycle()
    {
        File.WriteAllText(Path.Combine(_game.Ui, "A.csd"), CsdText.Layout(CsdText.Node("b", "ProjectNodeObjectData", 7009, CsdText.Frame("FileData", "B.csd"))));
        File.WriteAllText(Path.Combine(_game.Ui, "B.csd"), CsdText.Layout(CsdText.Node("a", "ProjectNodeObjectData", 7010, CsdText.Frame("FileData", "A.csd"))));

        var error = await Assert.ThrowsAsync<UiExportException>(() => NativeUiExporter.ExportAsync(_game.Settings(), _context));

        Assert.Contains("A.csd → B.csd → A.csd", error.Message);
    }

    [Fact]
    public async Task A_timeline_for_a_node_that_does_not_exist_fails()
    {
        var animation = """
            <Animation Duration="10" Speed="1.0000">
              <Timeline ActionTag="999" Property="Position">
                <PointFrame FrameIndex="0" X="0" Y="0" />
              </Timeline>
            </Animation>
            """;
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("only", "SingleNodeObjectData", 7011), animation));
        Assert.Contains("the 'Position' timeline animates action tag 999, which no node of the layout has", error.Message);
    }

    [Fact]
    public async Task A_missing_texture_frame_names_the_animated_node()
    {
        var animation = """
            <Animation Duration="10" Speed="1.0000">
              <Timeline ActionTag="7013" Property="FileData">
                <TextureFrame FrameIndex="0" Tween="False">
                  <TextureFile Type="PlistSubImage" Path="spark_0999.png" Plist="sheets/effects.plist" />
                </TextureFrame>
              </Timeline>
            </Animation>
            """;
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("glow", "SpriteObjectData", 7013,
            CsdText.Frame("FileData", "spark_0001.png", "sheets/effects.plist")), animation));
        Assert.Contains("node 'glow'", error.Message);
        Assert.Contains("texture frame image 'spark_0999.png' is not a frame of the sprite sheet 'sheets/effects.plist'", error.Message);
    }

    [Fact]
    public async Task A_timeline_property_the_runtime_does_not_animate_fails()
    {
        var animation = """
            <Animation Duration="10" Speed="1.0000">
              <Timeline ActionTag="7014" Property="Skew">
                <ScaleFrame FrameIndex="0" X="0" Y="0" />
              </Timeline>
            </Animation>
            """;
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("only", "SingleNodeObjectData", 7014), animation));
        Assert.Contains("timeline property 'Skew' is not one the runtime animates", error.Message);
    }

    [Fact]
    public async Task A_child_without_a_ctype_is_a_plain_node_as_in_the_engine()
    {
        File.WriteAllText(Path.Combine(_game.Ui, "Shop.csd"), CsdText.Layout(CsdText.Node("group", "SingleNodeObjectData", 7015).Replace(" ctype=\"SingleNodeObjectData\"", "")));

        await NativeUiExporter.ExportAsync(_game.Settings(), _context);

        var decoded = CsbDecoder.Decode(Path.Combine(_game.Output, "Shop.csb"), _game.Temp["no-ctype"]);
        Assert.Equal(["Node", "Node"], decoded.Nodes.Select(n => n.Classname));
        Assert.Equal("group", (string?)decoded.Nodes[1].Widget["name"]);
    }

    [Fact]
    public async Task A_value_that_does_not_parse_names_the_line_and_attribute()
    {
        var error = await FailsAsync("Shop.csd", CsdText.Layout(CsdText.Node("only", "SingleNodeObjectData", 7012, "", "Alpha=\"lots\"")));
        Assert.Contains("Alpha=\"lots\" should be a whole number", error.Message);
        Assert.Matches(@"line \d+", error.Message);
    }

    private sealed class ListSink(List<string> lines) : Serilog.Core.ILogEventSink
    {
        public void Emit(Serilog.Events.LogEvent logEvent)
        {
            lock (lines) lines.Add(logEvent.RenderMessage());
        }
    }
}
