using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>The widgets the sample does not use, and every timeline frame kind, decoded with flatc and compared with the layout.</summary>
public sealed class UiWidgetTests : IAsyncLifetime
{
    private UiFixture _game = null!;

    public async Task InitializeAsync() => _game = await UiFixture.CreateAsync();

    public Task DisposeAsync()
    {
        _game.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Remaining_widgets_and_frame_kinds_match_their_layout()
    {
        Directory.CreateDirectory(Path.Combine(_game.Resources, "fonts"));
        File.WriteAllText(Path.Combine(_game.Resources, "fonts", "score.fnt"), "info face=\"score\" size=32\n");
        File.Copy(Path.Combine(_game.Resources, "ui", "login", "icon_000.png"), Path.Combine(_game.Resources, "fonts", "digits.png"));
        Directory.CreateDirectory(Path.Combine(_game.Resources, "particles"));
        File.WriteAllText(Path.Combine(_game.Resources, "particles", "fire.plist"), "<plist version=\"1.0\"><dict/></plist>");
        var children =
            CsdText.Node("scroll", "ScrollViewObjectData", 8001, """
                <InnerNodeSize Width="300" Height="900" />
                <FileData Type="PlistSubImage" Path="button_0022.png" Plist="sheets/ui.plist" />
                <SingleColor A="255" R="10" G="20" B="30" />
                """, "ClipAble=\"True\" ScrollDirectionType=\"Vertical\" IsBounceEnabled=\"True\"") +
            CsdText.Node("pages", "PageViewObjectData", 8002, "<Children>" +
                CsdText.Node("page_1", "PanelObjectData", 8003) + CsdText.Node("page_2", "PanelObjectData", 8004) + "</Children>") +
            CsdText.Node("score", "TextBMFontObjectData", 8005, CsdText.Frame("LabelBMFontFile_CNB", "fonts/score.fnt"), "LabelText=\"12345\"") +
            CsdText.Node("digits", "TextAtlasObjectData", 8006, CsdText.Frame("LabelAtlasFileImage_CNB", "fonts/digits.png"),
                "LabelText=\"0042\" StartChar=\"0\" CharWidth=\"14\" CharHeight=\"20\"") +
            CsdText.Node("fire", "ParticleObjectData", 8007, CsdText.Frame("FileData", "particles/fire.plist") + "<BlendFunc Src=\"770\" Dst=\"1\" />") +
            CsdText.Node("anchor", "SingleNodeObjectData", 8008, "", "Rotation=\"45.0000\" RotationSkewX=\"45.0000\" RotationSkewY=\"45.0000\" VisibleForFrame=\"False\" Alpha=\"128\"") +
            CsdText.Node("placeholder", "ImageViewObjectData", 8009, """<FileData Type="Default" Path="Default/ImageFile.png" Plist="" />""");
        var animation = """
            <Animation Duration="30" Speed="0.5000" ActivedAnimationName="spin">
              <Timeline ActionTag="8008" Property="RotationSkew">
                <ScaleFrame FrameIndex="0" X="0.0000" Y="0.0000"><EasingData Type="1" /></ScaleFrame>
                <ScaleFrame FrameIndex="30" X="360.0000" Y="360.0000"><EasingData Type="0" /></ScaleFrame>
              </Timeline>
              <Timeline ActionTag="8008" Property="AnchorPoint">
                <ScaleFrame FrameIndex="0" X="0.5000" Y="0.5000" />
              </Timeline>
              <Timeline ActionTag="8008" Property="ZOrder">
                <IntFrame FrameIndex="0" Value="3" />
              </Timeline>
              <Timeline ActionTag="8007" Property="BlendFunc">
                <BlendFuncFrame FrameIndex="0" Tween="False"><BlendFunc Src="1" Dst="771" /></BlendFuncFrame>
              </Timeline>
              <Timeline ActionTag="8001" Property="FrameEvent">
                <EventFrame FrameIndex="15" Tween="False" Value="half" />
              </Timeline>
            </Animation>
            <AnimationList>
              <AnimationInfo Name="spin" StartIndex="0" EndIndex="30" />
            </AnimationList>
            """;
        File.WriteAllText(Path.Combine(_game.Ui, "Widgets.csd"), CsdText.Layout(children, animation));

        await NativeUiExporter.ExportAsync(_game.Settings(), new BuildContext());

        var decoded = CsbDecoder.Decode(Path.Combine(_game.Output, "Widgets.csb"), _game.Temp["widgets"]);
        Assert.Equal(10, CsdComparison.AssertMatches(Path.Combine(_game.Ui, "Widgets.csd"), decoded));
        Assert.Equal(["Node", "ScrollView", "PageView", "Panel", "Panel", "TextBMFont", "TextAtlas", "Particle", "SingleNode", "ImageView"],
            decoded.Nodes.Select(n => n.Classname));
        var scroll = decoded.Nodes[1].Options;
        Assert.Equal(900, (double)scroll["innerSize"]!["height"]!);
        Assert.Equal(1, (int)scroll["direction"]!);
        Assert.True((bool)scroll["bounceEnabled"]!);
        var atlas = decoded.Nodes[6].Options;
        Assert.Equal(("0042", "0", 14, 20), ((string?)atlas["stringValue"], (string?)atlas["startCharMap"], (int)atlas["itemWidth"]!, (int)atlas["itemHeight"]!));
        Assert.Equal((770, 1), ((int)decoded.Nodes[7].Options["blendFunc"]!["src"]!, (int)decoded.Nodes[7].Options["blendFunc"]!["dst"]!));
        Assert.Equal(45, (double)decoded.Nodes[8].Widget["rotationSkew"]!["rotationSkewX"]!);
        Assert.Equal("Default/ImageFile.png", (string?)decoded.Nodes[9].Options["fileNameData"]!["path"]);
        Assert.Equal(0.5, (double)decoded.Root["action"]!["speed"]!);
    }
}
