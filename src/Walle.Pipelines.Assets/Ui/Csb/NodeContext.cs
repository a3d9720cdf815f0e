using Walle.Pipelines.Assets.Ui.Csd;
using Walle.Pipelines.Assets.Ui.Resources;

namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>One node being written: the builder, its layout element, its name and the layout's resources.</summary>
internal sealed record NodeContext(CsbBuilder B, CsdElement E, string Name, LayoutResources Resources)
{
    /// <summary>Writes a ResourceData table for the resource child <paramref name="child"/> (empty when the node has none).</summary>
    public int Resource(string child, string what) => ResourceOf(E.Child(child), what);

    /// <summary>Writes a ResourceData table for a resource element; an empty one (a file with no path) when there is none.</summary>
    public int ResourceOf(CsdElement? element, string what)
    {
        var r = Resources.Read(element, Name, what) ?? new ResourceReference("", "", 0);
        var path = B.String(r.Path);
        var plist = B.String(r.Plist);
        B.Start(3);
        B.Offset(0, path);
        B.Offset(1, plist);
        B.Int(2, r.Type);
        return B.End();
    }

    /// <summary>The size the node has in the layout (its <c>&lt;Size&gt;</c>).</summary>
    public (float X, float Y) Size => E.Pair("Size", "X", "Y", (0, 0));

    /// <summary>The scale-9 size: the node's size when scale-9 is on (<c>Scale9Enable</c>), else zero, as the engine's readers write it.</summary>
    public (float X, float Y) Scale9Size => E.Bool("Scale9Enable") ? Size : (0, 0);

    /// <summary>The scale-9 cap insets: <c>Scale9OriginX/Y</c>, <c>Scale9Width/Height</c>.</summary>
    public (float, float, float, float) CapInsets =>
        (E.Float("Scale9OriginX"), E.Float("Scale9OriginY"), E.Float("Scale9Width"), E.Float("Scale9Height"));
}
