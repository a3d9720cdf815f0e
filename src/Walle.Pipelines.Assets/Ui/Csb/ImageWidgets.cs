namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>Options of nodes that show one image or effect: Sprite, ImageView, Particle, and the plain nodes.</summary>
internal static class ImageWidgets
{
    /// <summary>SingleNodeOptions: a plain node inside a layout.</summary>
    public static int SingleNode(NodeContext n, int widget)
    {
        n.B.Start(1);
        n.B.Offset(0, widget);
        return n.B.End();
    }

    /// <summary>SpriteOptions: the image and the blend function (default 1, 771: one, one-minus-source-alpha).</summary>
    public static int Sprite(NodeContext n, int widget) => FileAndBlend(n, widget, "image");

    /// <summary>ParticleSystemOptions: the particle plist and the blend function.</summary>
    public static int Particle(NodeContext n, int widget) => FileAndBlend(n, widget, "particle file");

    /// <summary>The layout Sprite and Particle options share: widget, file data, blend function.</summary>
    private static int FileAndBlend(NodeContext n, int widget, string what)
    {
        var file = n.Resource("FileData", what);
        var blend = n.E.BlendFunc();
        n.B.Start(3);
        n.B.Offset(0, widget);
        n.B.Offset(1, file);
        n.B.Blend(2, blend);
        return n.B.End();
    }

    /// <summary>ImageViewOptions: the image and scale-9 settings.</summary>
    public static int ImageView(NodeContext n, int widget)
    {
        var file = n.Resource("FileData", "image");
        n.B.Start(5);
        n.B.Offset(0, widget);
        n.B.Offset(1, file);
        n.B.Insets(2, n.CapInsets);
        n.B.Pair(3, n.Scale9Size);
        n.B.Bool(4, n.E.Bool("Scale9Enable"));
        return n.B.End();
    }
}
