namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// Options of containers: Panel (Layout), ScrollView, ListView, PageView. They share their first twelve fields
/// (background image, clipping, colours, scale-9); ScrollView and ListView add the inner size and scrolling.
/// </summary>
internal static class ContainerWidgets
{
    public static int Panel(NodeContext n, int widget)
    {
        var background = n.Resource("FileData", "background image");
        n.B.Start(12);
        Common(n, widget, background);
        return n.B.End();
    }

    public static int PageView(NodeContext n, int widget)
    {
        var background = n.Resource("FileData", "background image");
        n.B.Start(12);
        Common(n, widget, background);
        return n.B.End();
    }

    /// <summary>ScrollViewOptions: the shared fields, inner size, direction (1 vertical, 2 horizontal, 3 both), bounce, scroll bar.</summary>
    public static int ScrollView(NodeContext n, int widget)
    {
        var e = n.E;
        var background = n.Resource("FileData", "background image");
        n.B.Start(18);
        Common(n, widget, background);
        n.B.Pair(12, e.Pair("InnerNodeSize", "Width", "Height", n.Size));
        n.B.Int(13, e.Text("ScrollDirectionType", "Vertical") switch { "Horizontal" => 2, "Vertical_Horizontal" => 3, _ => 1 });
        n.B.Bool(14, e.Bool("IsBounceEnabled"));
        n.B.Bool(15, e.Bool("ScrollBarEnabled", true), true);
        n.B.Bool(16, e.Bool("ScrollBarAutoHideEnabled", true), true);
        n.B.Float(17, e.Float("ScrollBarAutoHideTime", 0.2f), 0.2f);
        return n.B.End();
    }

    /// <summary>
    /// ListViewOptions: the shared fields, inner size, bounce, item margin, and the direction and gravity as the
    /// layout's strings: the runtime reads <c>directionType</c> (empty, Cocos Studio's default for a list, means
    /// horizontal) and ignores the <c>direction</c> number, which the engine's serializer leaves at 0.
    /// </summary>
    public static int ListView(NodeContext n, int widget)
    {
        var (b, e) = (n.B, n.E);
        var background = n.Resource("FileData", "background image");
        var direction = b.String(e.Text("DirectionType", ""));
        var horizontal = b.String(e.Text("HorizontalType", ""));
        var vertical = b.String(e.Text("VerticalType", ""));
        b.Start(19);
        Common(n, widget, background);
        b.Pair(12, e.Pair("InnerNodeSize", "Width", "Height", n.Size));
        b.Bool(14, e.Bool("IsBounceEnabled"));
        b.Int(15, e.Int("ItemMargin"));
        b.Offset(16, direction);
        b.Offset(17, horizontal);
        b.Offset(18, vertical);
        return b.End();
    }

    /// <summary>The twelve shared fields, written into the table being built.</summary>
    private static void Common(NodeContext n, int widget, int background)
    {
        var (b, e) = (n.B, n.E);
        b.Offset(0, widget);
        b.Offset(1, background);
        b.Bool(2, e.Bool("ClipAble"));
        // Opaque, as the engine writes them: the background's opacity is BackColorAlpha.
        b.Color(3, e.Color("SingleColor") with { A = 255 });
        b.Color(4, e.Color("FirstColor") with { A = 255 });
        b.Color(5, e.Color("EndColor") with { A = 255 });
        b.Int(6, e.Int("ComboBoxIndex"));
        b.Byte(7, e.Byte("BackColorAlpha"));
        b.Pair(8, e.Pair("ColorVector", "ScaleX", "ScaleY", (0, 0)));
        b.Insets(9, n.CapInsets);
        b.Pair(10, n.Scale9Size);
        b.Bool(11, e.Bool("Scale9Enable"));
    }
}
