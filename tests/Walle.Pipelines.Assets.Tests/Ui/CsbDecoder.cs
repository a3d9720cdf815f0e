using System.Text.Json.Nodes;
using Google.FlatBuffers;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>
/// Decodes a .csb with flatc against Walle's schema. The runtime's Options.data points at each class's own options
/// table, which one flatc root type cannot describe, so: the tree (classes, children, timelines, animations,
/// textures) is decoded with a view of the schema where Options.data is an opaque table, and each node's options
/// table is decoded on its own with <c>--root-type</c> (a copy of the file whose root offset points at that table).
/// Only the table positions are found here in C#; every value comes from flatc.
/// </summary>
internal static class CsbDecoder
{
    public static string Schema => Path.Combine(AppContext.BaseDirectory, "CSParseBinary.fbs");

    /// <summary>The runtime's options table of each class.</summary>
    public static readonly IReadOnlyDictionary<string, string> OptionsTypes = new Dictionary<string, string>
    {
        ["Node"] = "WidgetOptions", ["SingleNode"] = "SingleNodeOptions", ["Sprite"] = "SpriteOptions", ["Particle"] = "ParticleSystemOptions",
        ["ImageView"] = "ImageViewOptions", ["Button"] = "ButtonOptions", ["CheckBox"] = "CheckBoxOptions", ["Slider"] = "SliderOptions",
        ["LoadingBar"] = "LoadingBarOptions", ["Text"] = "TextOptions", ["TextBMFont"] = "TextBMFontOptions", ["TextAtlas"] = "TextAtlasOptions",
        ["TextField"] = "TextFieldOptions", ["Panel"] = "PanelOptions", ["ScrollView"] = "ScrollViewOptions", ["ListView"] = "ListViewOptions",
        ["PageView"] = "PageViewOptions", ["ProjectNode"] = "ProjectNodeOptions",
    };

    /// <summary>A decoded layout: the root JSON and each node (depth first) with its class and options JSON.</summary>
    public sealed record Decoded(JsonObject Root, IReadOnlyList<DecodedNode> Nodes);

    /// <summary>One node: its class, its tree JSON and its options JSON (the class's table; WidgetOptions inside it).</summary>
    public sealed record DecodedNode(string Classname, JsonObject Tree, JsonObject Options)
    {
        /// <summary>The WidgetOptions of the node (the options themselves for "Node").</summary>
        public JsonObject Widget => Classname == "Node" ? Options : (JsonObject)(Options["nodeOptions"] ?? Options["widgetOptions"])!;
    }

    public static Decoded Decode(string csb, string workFolder)
    {
        Directory.CreateDirectory(workFolder);
        var view = Path.Combine(workFolder, "view.fbs");
        File.WriteAllText(view, File.ReadAllText(Schema).Replace("table Options {\n  data: WidgetOptions;\n}", "table Options {\n  data: OpaqueOptions;\n}\n\ntable OpaqueOptions {}"));
        var root = (JsonObject)JsonNode.Parse(Flatc.ToJson(view, [csb], Path.Combine(workFolder, "tree"))[0])!;

        var bytes = File.ReadAllBytes(csb);
        var positions = OptionPositions(bytes);
        var trees = new List<JsonObject>();
        Flatten((JsonObject)root["nodeTree"]!, trees);
        if (trees.Count != positions.Count) throw new InvalidOperationException($"{trees.Count} nodes in flatc's tree, {positions.Count} option tables found");

        var options = new JsonObject?[trees.Count];
        var byType = Enumerable.Range(0, trees.Count).GroupBy(i => OptionsTypes[(string)trees[i]["classname"]!]);
        foreach (var group in byType)
        {
            var files = new List<string>();
            foreach (var i in group)
            {
                var copy = (byte[])bytes.Clone();
                BitConverter.TryWriteBytes(copy.AsSpan(0, 4), positions[i]);
                var file = Path.Combine(workFolder, $"node{i:000}.bin");
                File.WriteAllBytes(file, copy);
                files.Add(file);
            }
            var texts = Flatc.ToJson(Schema, files, Path.Combine(workFolder, group.Key), "flatbuffers." + group.Key);
            foreach (var (i, text) in group.Zip(texts)) options[i] = (JsonObject)JsonNode.Parse(text)!;
        }
        return new Decoded(root, trees.Select((t, i) => new DecodedNode((string)t["classname"]!, t, options[i]!)).ToList());
    }

    private static void Flatten(JsonObject tree, List<JsonObject> into)
    {
        into.Add(tree);
        foreach (var child in tree["children"]?.AsArray() ?? []) Flatten((JsonObject)child!, into);
    }

    /// <summary>Each node's options table position, depth first: root → nodeTree; NodeTree → children (1), options (2) → data (0).</summary>
    private static List<int> OptionPositions(byte[] bytes)
    {
        var buffer = new ByteBuffer(bytes);
        var result = new List<int>();
        var root = buffer.GetInt(0);
        Walk(buffer, Field(buffer, root, 3), result);
        return result;
    }

    private static void Walk(ByteBuffer buffer, int tree, List<int> into)
    {
        var options = Field(buffer, tree, 2);
        into.Add(Field(buffer, options, 0));
        var children = FieldOrZero(buffer, tree, 1);
        if (children == 0) return;
        var count = buffer.GetInt(children);
        for (var i = 0; i < count; i++)
        {
            var element = children + 4 + 4 * i;
            Walk(buffer, element + buffer.GetInt(element), into);
        }
    }

    private static int Field(ByteBuffer buffer, int table, int index) =>
        FieldOrZero(buffer, table, index) is var at && at != 0 ? at : throw new InvalidOperationException($"table at {table} has no field {index}");

    private static int FieldOrZero(ByteBuffer buffer, int table, int index)
    {
        var vtable = table - buffer.GetInt(table);
        var slot = 4 + 2 * index;
        if (slot >= buffer.GetShort(vtable)) return 0;
        var offset = buffer.GetShort(vtable + slot);
        if (offset == 0) return 0;
        var at = table + offset;
        return at + buffer.GetInt(at);
    }
}
