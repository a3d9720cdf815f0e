using Walle.Pipelines.Assets.Ui.Csd;
using Walle.Pipelines.Assets.Ui.Resources;

namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// Writes one layout as the binary the cocos2d-x 3.x runtime reads (CSParseBinary: version, sheet plists and their
/// textures, the node tree, the action timeline, the animation list). The same layout and resources always give the
/// same bytes. Nothing is written to disk here.
/// </summary>
internal sealed class CsbLayoutWriter
{
    /// <summary>The version string the engine's own serializer writes into every binary, whatever Cocos Studio version saved the layout.</summary>
    public const string DefaultVersion = "2.1.0.0";

    private readonly CsdLayout _layout;
    private readonly CsbBuilder _b = new();
    private readonly LayoutResources _resources;
    private readonly Func<string, bool> _layoutExists;
    private readonly UnknownWidgetPolicy _unknown;
    private readonly List<string> _warnings = [];
    private readonly Dictionary<int, (string Node, int Line)> _actionTags = [];

    private CsbLayoutWriter(CsdLayout layout, ResourceCatalog catalog, Func<string, bool> layoutExists, UnknownWidgetPolicy unknown)
    {
        _layout = layout;
        _resources = new LayoutResources(catalog, layout.Name);
        _layoutExists = layoutExists;
        _unknown = unknown;
    }

    /// <summary>The binary, what the layout used and the warnings (unknown widgets kept as nodes).</summary>
    public sealed record Result(byte[] Bytes, IReadOnlyCollection<string> Dependencies, IReadOnlyList<string> EmbeddedLayouts, IReadOnlyList<string> Warnings);

    /// <exception cref="UiExportException">A resource is missing, a widget type is unknown (with <see cref="UnknownWidgetPolicy.Fail"/>), two nodes share an action tag, a value does not parse.</exception>
    public static Result Write(CsdLayout layout, string version, ResourceCatalog catalog, Func<string, bool> layoutExists, UnknownWidgetPolicy unknown)
    {
        var writer = new CsbLayoutWriter(layout, catalog, layoutExists, unknown);
        var bytes = writer.WriteRoot(version);
        return new Result(bytes, writer._resources.Dependencies, writer._resources.EmbeddedLayouts, writer._warnings);
    }

    private byte[] WriteRoot(string version)
    {
        var tree = Node(_layout.Root, root: true);
        var action = _layout.Animation is { } animation
            ? TimelineWriter.Action(_b, animation, _actionTags.ContainsKey,
                (file, tag, what) => new NodeContext(_b, _layout.Root, _actionTags[tag].Node, _resources).ResourceOf(file, what))
            : TimelineWriter.NoAction(_b);
        var animations = _layout.AnimationList is { } list ? TimelineWriter.AnimationList(_b, list) : _b.Vector([]);
        var textures = _b.StringVector(_resources.Plists);
        var pngs = _b.StringVector(_resources.PlistTextures);
        var versionOffset = _b.String(version);
        _b.Start(6);
        _b.Offset(0, versionOffset);
        _b.Offset(1, textures);
        _b.Offset(2, pngs);
        _b.Offset(3, tree);
        _b.Offset(4, action);
        _b.Offset(5, animations);
        return _b.Finish(_b.End());
    }

    private int Node(CsdElement e, bool root = false)
    {
        var name = e.Text("Name", "");
        var ctype = e.Text("ctype", "");
        var tag = e.Int("ActionTag");
        if (tag != 0)
        {
            if (_actionTags.TryGetValue(tag, out var other))
                throw e.Error($"nodes '{other.Node}' (line {other.Line}) and '{name}' share the action tag {tag}; timelines find nodes by action tag, " +
                              "so give one of them a new tag in Cocos Studio");
            _actionTags[tag] = (name, e.Line);
        }
        var children = e.Child("Children") is { } list ? list.Children("AbstractNodeData").Select(c => Node(c)).ToList() : [];
        var childVector = _b.Vector(children);

        var context = new NodeContext(_b, e, name, _resources);
        var widget = WidgetOptionsWriter.Write(context);
        string classname;
        int data;
        // As the engine's serializer: the root, and a child without a ctype, are plain Nodes with WidgetOptions as options.
        if (root || ctype.Length == 0 || WidgetTypes.Roots.Contains(ctype))
            (classname, data) = ("Node", widget);
        else if (ctype == WidgetTypes.ProjectNode)
            (classname, data) = ("ProjectNode", ProjectNodeWriter.Write(context, widget, _layoutExists));
        else if (WidgetTypes.TryGet(ctype, out classname, out var write))
            data = write(context, widget);
        else if (_unknown == UnknownWidgetPolicy.KeepAsNode)
        {
            _warnings.Add($"Layout '{_layout.Name}', node '{name}' (line {e.Line}): widget type '{ctype}' is not known; kept as a plain node (transform, name, tag, children)");
            (classname, data) = ("SingleNode", ImageWidgets.SingleNode(context, widget));
        }
        else
            throw e.Error($"node '{name}' has the widget type '{ctype}', which Walle does not export (it knows {string.Join(", ", WidgetTypes.Known)}). " +
                          "Keep such nodes as plain nodes with a warning instead (UnknownWidgetPolicy.KeepAsNode)");

        _b.Start(1);
        _b.Offset(0, data);
        var options = _b.End();
        var classOffset = _b.String(classname);
        var custom = _b.String(e.Text("CustomClassName"));
        _b.Start(4);
        _b.Offset(0, classOffset);
        _b.Offset(1, childVector);
        _b.Offset(2, options);
        _b.Offset(3, custom);
        return _b.End();
    }
}
