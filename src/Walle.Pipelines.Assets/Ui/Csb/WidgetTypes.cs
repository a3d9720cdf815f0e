namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>Writes a class's options table around its already written WidgetOptions; returns the table's offset.</summary>
internal delegate int OptionsWriter(NodeContext node, int widgetOptions);

/// <summary>
/// The widget types Walle writes: a layout's <c>ctype</c> (e.g. <c>ButtonObjectData</c>), the class name the runtime's
/// CSLoader picks its reader by (<c>Button</c>), and the writer of its options table.
/// </summary>
internal static class WidgetTypes
{
    private static readonly Dictionary<string, (string Classname, OptionsWriter Write)> Types = new(StringComparer.Ordinal)
    {
        ["SingleNodeObjectData"] = ("SingleNode", ImageWidgets.SingleNode),
        ["SpriteObjectData"] = ("Sprite", ImageWidgets.Sprite),
        ["ParticleObjectData"] = ("Particle", ImageWidgets.Particle),
        ["ImageViewObjectData"] = ("ImageView", ImageWidgets.ImageView),
        ["ButtonObjectData"] = ("Button", ControlWidgets.Button),
        ["CheckBoxObjectData"] = ("CheckBox", ControlWidgets.CheckBox),
        ["SliderObjectData"] = ("Slider", ControlWidgets.Slider),
        ["LoadingBarObjectData"] = ("LoadingBar", ControlWidgets.LoadingBar),
        ["TextObjectData"] = ("Text", TextWidgets.Text),
        ["TextBMFontObjectData"] = ("TextBMFont", TextWidgets.TextBMFont),
        ["TextAtlasObjectData"] = ("TextAtlas", TextWidgets.TextAtlas),
        ["TextFieldObjectData"] = ("TextField", TextWidgets.TextField),
        ["PanelObjectData"] = ("Panel", ContainerWidgets.Panel),
        ["ScrollViewObjectData"] = ("ScrollView", ContainerWidgets.ScrollView),
        ["ListViewObjectData"] = ("ListView", ContainerWidgets.ListView),
        ["PageViewObjectData"] = ("PageView", ContainerWidgets.PageView),
    };

    /// <summary>Root node types: their options are the WidgetOptions themselves (class name <c>Node</c>).</summary>
    public static IReadOnlySet<string> Roots { get; } = new HashSet<string>(["GameNodeObjectData", "GameLayerObjectData", "GameSceneObjectData"], StringComparer.Ordinal);

    /// <summary>The ctype of an embedded layout.</summary>
    public const string ProjectNode = "ProjectNodeObjectData";

    /// <summary>Every ctype Walle writes, for messages.</summary>
    public static IEnumerable<string> Known => Types.Keys.Append(ProjectNode).Order(StringComparer.Ordinal);

    public static bool TryGet(string ctype, out string classname, out OptionsWriter write)
    {
        if (Types.TryGetValue(ctype, out var type))
        {
            (classname, write) = type;
            return true;
        }
        (classname, write) = ("", ImageWidgets.SingleNode);
        return false;
    }
}
