namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>Options of text nodes: Text, TextBMFont, TextAtlas, TextField. <c>isLocalized</c> is their last field.</summary>
internal static class TextWidgets
{
    /// <summary>TextOptions: font (file or system name), text, area, alignment, outline and shadow.</summary>
    public static int Text(NodeContext n, int widget)
    {
        var (b, e) = (n.B, n.E);
        var font = n.Resource("FontResource", "font");
        var fontName = b.String(e.Text("FontName", ""));
        var text = b.String(e.Text("LabelText", ""));
        b.Start(20);
        b.Offset(0, widget);
        b.Offset(1, font);
        b.Offset(2, fontName);
        b.Int(3, e.Int("FontSize"));
        b.Offset(4, text);
        b.Int(5, e.Int("AreaWidth"));
        b.Int(6, e.Int("AreaHeight"));
        b.Int(7, Alignment(e.Text("HorizontalAlignmentType", "HT_Left")));
        b.Int(8, Alignment(e.Text("VerticalAlignmentType", "VT_Top")));
        b.Bool(9, e.Bool("TouchScaleChangeAble"));
        b.Bool(10, e.Bool("IsCustomSize"));
        b.Bool(11, e.Bool("OutlineEnabled"));
        b.Color(12, e.Color("OutlineColor", (255, 255, 0, 0)));
        b.Int(13, e.Int("OutlineSize", 1), 1);
        b.Bool(14, e.Bool("ShadowEnabled"));
        b.Color(15, e.Color("ShadowColor", (255, 110, 110, 110)));
        b.Float(16, e.Float("ShadowOffsetX", 2), 2);
        b.Float(17, e.Float("ShadowOffsetY", -2), -2);
        b.Int(18, e.Int("ShadowBlurRadius"));
        b.Bool(19, e.Bool("IsLocalized"));
        return b.End();
    }

    /// <summary>TextBMFontOptions: the .fnt file and the text.</summary>
    public static int TextBMFont(NodeContext n, int widget)
    {
        var file = n.Resource("LabelBMFontFile_CNB", "bitmap font");
        var text = n.B.String(n.E.Text("LabelText", ""));
        n.B.Start(4);
        n.B.Offset(0, widget);
        n.B.Offset(1, file);
        n.B.Offset(2, text);
        n.B.Bool(3, n.E.Bool("IsLocalized"));
        return n.B.End();
    }

    /// <summary>TextAtlasOptions: the character map image, the text, the first character and the cell size.</summary>
    public static int TextAtlas(NodeContext n, int widget)
    {
        var (b, e) = (n.B, n.E);
        var file = n.Resource("LabelAtlasFileImage_CNB", "atlas image");
        var value = b.String(e.Text("LabelText", ""));
        var start = b.String(e.Text("StartChar", ""));
        b.Start(6);
        b.Offset(0, widget);
        b.Offset(1, file);
        b.Offset(2, value);
        b.Offset(3, start);
        b.Int(4, e.Int("CharWidth"));
        b.Int(5, e.Int("CharHeight"));
        return b.End();
    }

    /// <summary>TextFieldOptions: font, text, placeholder, password and length limits.</summary>
    public static int TextField(NodeContext n, int widget)
    {
        var (b, e) = (n.B, n.E);
        var font = n.Resource("FontResource", "font");
        var fontName = b.String(e.Text("FontName", ""));
        var text = b.String(e.Text("LabelText", ""));
        var placeHolder = b.String(e.Text("PlaceHolderText", ""));
        var passwordStyle = b.String(e.Text("PasswordStyleText", "*"));
        var size = n.Size;
        b.Start(14);
        b.Offset(0, widget);
        b.Offset(1, font);
        b.Offset(2, fontName);
        b.Int(3, e.Int("FontSize"));
        b.Offset(4, text);
        b.Offset(5, placeHolder);
        b.Bool(6, e.Bool("PasswordEnable"));
        b.Offset(7, passwordStyle);
        b.Bool(8, e.Bool("MaxLengthEnable"));
        b.Int(9, e.Int("MaxLengthText", 10));
        b.Int(10, (int)size.X);
        b.Int(11, (int)size.Y);
        b.Bool(12, e.Bool("IsCustomSize"));
        b.Bool(13, e.Bool("IsLocalized"));
        return b.End();
    }

    private static int Alignment(string value) => value switch
    {
        "HT_Center" or "VT_Center" => 1,
        "HT_Right" or "VT_Bottom" => 2,
        _ => 0,
    };
}
