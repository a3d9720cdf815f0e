namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// The options every node has (the runtime's WidgetOptions, read by its NodeReader): name, action tag, transform,
/// colour, size, flags, callbacks and the layout component. Transform and colour are always written, as Cocos Studio
/// does, so that the runtime never falls back to a default where the layout had a value. Attribute names are the
/// engine's NodeReader's (<c>UserData</c> is the custom property; <c>Rotation</c> is ignored, the skews carry it).
/// </summary>
internal static class WidgetOptionsWriter
{
    public static int Write(NodeContext n)
    {
        var (b, e) = (n.B, n.E);
        var name = b.String(e.Text("Name", ""));
        var frameEvent = b.String(e.Text("FrameEvent"));
        var customProperty = b.String(e.Text("UserData"));
        var callBackType = b.String(e.Text("CallBackType"));
        var callBackName = b.String(e.Text("CallBackName"));
        var layout = LayoutComponent(n);
        b.Start(21);
        b.Offset(0, name);
        b.Int(1, e.Int("ActionTag"));
        b.Pair(2, (e.Float("RotationSkewX"), e.Float("RotationSkewY")));
        b.Int(3, e.Int("ZOrder"));
        b.Bool(4, e.Bool("VisibleForFrame", true), true);
        b.Byte(5, e.Byte("Alpha"));
        b.Int(6, e.Int("Tag"));
        b.Pair(7, e.Pair("Position", "X", "Y", (0, 0)));
        b.Pair(8, e.Pair("Scale", "ScaleX", "ScaleY", (1, 1)));
        b.Pair(9, e.Pair("AnchorPoint", "ScaleX", "ScaleY", (0, 0)));
        b.Color(10, e.Color("CColor"));
        b.Pair(11, n.Size);
        b.Bool(12, e.Bool("FlipX"));
        b.Bool(13, e.Bool("FlipY"));
        b.Bool(14, e.Bool("IgnoreSize"));
        b.Bool(15, e.Bool("TouchEnable"));
        b.Offset(16, frameEvent);
        b.Offset(17, customProperty);
        b.Offset(18, callBackType);
        b.Offset(19, callBackName);
        b.Offset(20, layout);
        return b.End();
    }

    /// <summary>The layout component: percentage position and size, stretching, edges and margins.</summary>
    private static int LayoutComponent(NodeContext n)
    {
        var (b, e) = (n.B, n.E);
        var horizontal = b.String(e.Text("HorizontalEdge", ""));
        var vertical = b.String(e.Text("VerticalEdge", ""));
        var position = e.Pair("PrePosition", "X", "Y", (0, 0));
        var size = e.Pair("PreSize", "X", "Y", (0, 0));
        b.Start(16);
        b.Bool(0, e.Bool("PositionPercentXEnabled"));
        b.Bool(1, e.Bool("PositionPercentYEnabled"));
        b.Float(2, position.X);
        b.Float(3, position.Y);
        b.Bool(4, e.Bool("PercentWidthEnable"));
        b.Bool(5, e.Bool("PercentHeightEnable"));
        b.Float(6, size.X);
        b.Float(7, size.Y);
        b.Bool(8, e.Bool("StretchWidthEnable"));
        b.Bool(9, e.Bool("StretchHeightEnable"));
        b.Offset(10, horizontal);
        b.Offset(11, vertical);
        b.Float(12, e.Float("LeftMargin"));
        b.Float(13, e.Float("RightMargin"));
        b.Float(14, e.Float("TopMargin"));
        b.Float(15, e.Float("BottomMargin"));
        return b.End();
    }
}
