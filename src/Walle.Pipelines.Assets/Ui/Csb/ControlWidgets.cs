namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>Options of controls: Button, CheckBox, Slider, LoadingBar.</summary>
internal static class ControlWidgets
{
    /// <summary>ButtonOptions: the three state images, the title, scale-9, outline and shadow; <c>isLocalized</c> last.</summary>
    public static int Button(NodeContext n, int widget)
    {
        var (b, e) = (n.B, n.E);
        var normal = n.Resource("NormalFileData", "image");
        var pressed = n.Resource("PressedFileData", "image");
        var disabled = n.Resource("DisabledFileData", "image");
        var font = n.Resource("FontResource", "font");
        var text = b.String(e.Text("ButtonText", ""));
        var fontName = b.String(e.Text("FontName", ""));
        b.Start(22);
        b.Offset(0, widget);
        b.Offset(1, normal);
        b.Offset(2, pressed);
        b.Offset(3, disabled);
        b.Offset(4, font);
        b.Offset(5, text);
        b.Offset(6, fontName);
        b.Int(7, e.Int("FontSize", 14));
        b.Color(8, e.Color("TextColor") with { A = 255 });
        b.Insets(9, n.CapInsets);
        b.Pair(10, n.Scale9Size);
        b.Bool(11, e.Bool("Scale9Enable"));
        b.Bool(12, e.Bool("DisplayState", true), true);
        b.Bool(13, e.Bool("OutlineEnabled"));
        b.Color(14, e.Color("OutlineColor", (255, 255, 0, 0)));
        b.Int(15, e.Int("OutlineSize", 1), 1);
        b.Bool(16, e.Bool("ShadowEnabled"));
        b.Color(17, e.Color("ShadowColor", (255, 110, 110, 110)));
        b.Float(18, e.Float("ShadowOffsetX", 2), 2);
        b.Float(19, e.Float("ShadowOffsetY", -2), -2);
        b.Int(20, e.Int("ShadowBlurRadius"));
        b.Bool(21, e.Bool("IsLocalized"));
        return b.End();
    }

    /// <summary>CheckBoxOptions: box and cross images for each state, the checked state.</summary>
    public static int CheckBox(NodeContext n, int widget)
    {
        var box = n.Resource("NormalBackFileData", "image");
        var boxSelected = n.Resource("PressedBackFileData", "image");
        var cross = n.Resource("NodeNormalFileData", "image");
        var boxDisabled = n.Resource("DisableBackFileData", "image");
        var crossDisabled = n.Resource("NodeDisableFileData", "image");
        n.B.Start(8);
        n.B.Offset(0, widget);
        n.B.Offset(1, box);
        n.B.Offset(2, boxSelected);
        n.B.Offset(3, cross);
        n.B.Offset(4, boxDisabled);
        n.B.Offset(5, crossDisabled);
        n.B.Bool(6, n.E.Bool("CheckedState"), true);
        n.B.Bool(7, n.E.Bool("DisplayState", true), true);
        return n.B.End();
    }

    /// <summary>SliderOptions: bar, ball (three states) and progress images, the percentage.</summary>
    public static int Slider(NodeContext n, int widget)
    {
        var bar = n.Resource("BackGroundData", "image");
        var ballNormal = n.Resource("BallNormalData", "image");
        var ballPressed = n.Resource("BallPressedData", "image");
        var ballDisabled = n.Resource("BallDisabledData", "image");
        var progress = n.Resource("ProgressBarData", "image");
        n.B.Start(8);
        n.B.Offset(0, widget);
        n.B.Offset(1, bar);
        n.B.Offset(2, ballNormal);
        n.B.Offset(3, ballPressed);
        n.B.Offset(4, ballDisabled);
        n.B.Offset(5, progress);
        n.B.Int(6, n.E.Int("PercentInfo", 50), 50);
        n.B.Bool(7, n.E.Bool("DisplayState", true), true);
        return n.B.End();
    }

    /// <summary>LoadingBarOptions: the bar image, the percentage and the fill direction (0 left to right, 1 right to left).</summary>
    public static int LoadingBar(NodeContext n, int widget)
    {
        var texture = n.Resource("ImageFileData", "image");
        n.B.Start(4);
        n.B.Offset(0, widget);
        n.B.Offset(1, texture);
        n.B.Int(2, n.E.Int("ProgressInfo", 80), 80);
        n.B.Int(3, n.E.Text("ProgressType", "Left_To_Right") == "Right_To_Left" ? 1 : 0);
        return n.B.End();
    }
}
