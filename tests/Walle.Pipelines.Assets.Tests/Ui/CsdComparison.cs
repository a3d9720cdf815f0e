using System.Globalization;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>
/// Compares a decoded .csb with its .csd, read here independently of the exporter: the same nodes in the same order
/// with their classes, names, tags, action tags, transforms, sizes, colours, texts and resources; the same timelines
/// (property, node, every frame's index, tween, value and easing) and animations; every sheet plist listed.
/// </summary>
internal static class CsdComparison
{
    private static readonly Dictionary<string, string> Classes = new()
    {
        ["SingleNodeObjectData"] = "SingleNode", ["SpriteObjectData"] = "Sprite", ["ParticleObjectData"] = "Particle",
        ["ImageViewObjectData"] = "ImageView", ["ButtonObjectData"] = "Button", ["CheckBoxObjectData"] = "CheckBox",
        ["SliderObjectData"] = "Slider", ["LoadingBarObjectData"] = "LoadingBar", ["TextObjectData"] = "Text",
        ["TextBMFontObjectData"] = "TextBMFont", ["TextAtlasObjectData"] = "TextAtlas", ["TextFieldObjectData"] = "TextField",
        ["PanelObjectData"] = "Panel", ["ScrollViewObjectData"] = "ScrollView", ["ListViewObjectData"] = "ListView",
        ["PageViewObjectData"] = "PageView", ["ProjectNodeObjectData"] = "ProjectNode",
    };

    /// <summary>Resource elements of the layout and the options field the runtime reads each from.</summary>
    private static readonly Dictionary<string, string> ResourceFields = new()
    {
        ["NormalFileData"] = "normalData", ["PressedFileData"] = "pressedData", ["DisabledFileData"] = "disabledData",
        ["FontResource"] = "fontResource", ["NormalBackFileData"] = "backGroundBoxData", ["PressedBackFileData"] = "backGroundBoxSelectedData",
        ["NodeNormalFileData"] = "frontCrossData", ["DisableBackFileData"] = "backGroundBoxDisabledData", ["NodeDisableFileData"] = "frontCrossDisabledData",
        ["BackGroundData"] = "barFileNameData", ["BallNormalData"] = "ballNormalData", ["BallPressedData"] = "ballPressedData",
        ["BallDisabledData"] = "ballDisabledData", ["ProgressBarData"] = "progressBarData", ["ImageFileData"] = "textureData",
        ["LabelBMFontFile_CNB"] = "fileNameData", ["LabelAtlasFileImage_CNB"] = "charMapFileData",
    };

    /// <returns>The number of nodes compared.</returns>
    public static int AssertMatches(string csd, CsbDecoder.Decoded decoded)
    {
        var document = XDocument.Load(csd);
        var content = document.Root!.Element("Content")!.Element("Content")!;
        var nodes = new List<XElement>();
        Flatten(content.Element("ObjectData")!, nodes);
        Assert.Equal(nodes.Count, decoded.Nodes.Count);
        for (var i = 0; i < nodes.Count; i++) Node(nodes[i], decoded.Nodes[i], i == 0);
        Timelines(content.Element("Animation"), decoded.Root);
        Animations(content.Element("AnimationList"), decoded.Root);
        var plists = document.Descendants().Where(e => (string?)e.Attribute("Type") is "PlistSubImage" or "MarkedSubImage").Select(e => (string)e.Attribute("Plist")!).Distinct().Order().ToList();
        Assert.Equal(plists, (decoded.Root["textures"]?.AsArray().Select(t => (string)t!) ?? []).Order().ToList());
        Assert.Equal(plists.Count, decoded.Root["texturePngs"]?.AsArray().Count ?? 0);
        return nodes.Count;
    }

    private static void Flatten(XElement node, List<XElement> into)
    {
        into.Add(node);
        foreach (var child in node.Element("Children")?.Elements("AbstractNodeData") ?? []) Flatten(child, into);
    }

    private static void Node(XElement xml, CsbDecoder.DecodedNode node, bool root)
    {
        var name = Attr(xml, "Name", "");
        var ctype = Attr(xml, "ctype", "");
        Assert.Equal(root ? "Node" : Classes[ctype], node.Classname);
        var w = node.Widget;
        Assert.Equal(name, (string?)w["name"]);
        Assert.Equal(Int(xml, "Tag"), (int)w["tag"]!);
        Assert.Equal(Int(xml, "ActionTag"), (int)w["actionTag"]!);
        Assert.Equal(Attr(xml, "VisibleForFrame", "True") == "True", (bool)w["visible"]!);
        Assert.Equal(Int(xml, "Alpha", 255), (int)w["alpha"]!);
        Pair(xml.Element("Position"), "X", "Y", 0, w["position"], "x", "y", name);
        Pair(xml.Element("Size"), "X", "Y", 0, w["size"], "width", "height", name);
        Pair(xml.Element("Scale"), "ScaleX", "ScaleY", 1, w["scale"], "scaleX", "scaleY", name);
        Pair(xml.Element("AnchorPoint"), "ScaleX", "ScaleY", 0, w["anchorPoint"], "scaleX", "scaleY", name);
        foreach (var channel in new[] { "R", "G", "B" })
            Assert.Equal(Int(xml.Element("CColor"), channel, 255), (int)w["color"]![channel.ToLowerInvariant()]!);
        Assert.Equal(Attr(xml, "TouchEnable", "False") == "True", (bool)w["touchEnabled"]!);
        Assert.Equal(Attr(xml, "CallBackName", ""), (string?)w["callBackName"] ?? "");
        Assert.Equal(Attr(xml, "UserData", ""), (string?)w["customProperty"] ?? "");

        var o = node.Options;
        foreach (var resource in xml.Elements().Where(e => e.Attribute("Path") is not null))
        {
            if (node.Classname == "ProjectNode")
            {
                Assert.Equal(Path.ChangeExtension(Attr(resource, "Path", ""), ".csb"), (string?)o["fileName"]);
                continue;
            }
            var field = resource.Name.LocalName == "FileData"
                ? node.Classname is "Panel" or "ScrollView" or "ListView" or "PageView" ? "backGroundImageData" : "fileNameData"
                : ResourceFields[resource.Name.LocalName];
            var data = o[field] ?? throw new Xunit.Sdk.XunitException($"node '{name}': no {field} in the binary");
            Assert.Equal(Attr(resource, "Path", ""), (string?)data["path"]);
            Assert.Equal(Attr(resource, "Plist", ""), (string?)data["plistFile"] ?? "");
            Assert.Equal(Attr(resource, "Type", "Normal") is "PlistSubImage" or "MarkedSubImage" ? 1 : 0, (int)data["resourceType"]!);
        }
        switch (node.Classname)
        {
            case "Text":
                Assert.Equal(Attr(xml, "LabelText", ""), (string?)o["text"]);
                Assert.Equal(Int(xml, "FontSize"), (int)o["fontSize"]!);
                Assert.Equal(Attr(xml, "IsLocalized", "False") == "True", (bool)o["isLocalized"]!);
                break;
            case "Button":
                Assert.Equal(Attr(xml, "ButtonText", ""), (string?)o["text"]);
                Assert.Equal(Attr(xml, "IsLocalized", "False") == "True", (bool)o["isLocalized"]!);
                Assert.Equal(Attr(xml, "Scale9Enable", "False") == "True", (bool)o["scale9Enabled"]!);
                break;
            case "TextField":
                Assert.Equal(Attr(xml, "PlaceHolderText", ""), (string?)o["placeHolder"]);
                Assert.Equal(Attr(xml, "PasswordEnable", "False") == "True", (bool)o["passwordEnabled"]!);
                break;
            case "ListView":
                // No DirectionType in the layout is a horizontal list: the runtime reads the empty string so.
                Assert.Equal(Attr(xml, "DirectionType", ""), (string?)o["directionType"]);
                Assert.Equal(Int(xml, "ItemMargin"), (int)o["itemMargin"]!);
                Assert.Equal(Attr(xml, "ClipAble", "False") == "True", (bool)o["clipEnabled"]!);
                break;
            case "LoadingBar":
                Assert.Equal(Int(xml, "ProgressInfo", 80), (int)o["percent"]!);
                break;
            case "Slider":
                Assert.Equal(Int(xml, "PercentInfo", 50), (int)o["percent"]!);
                break;
        }
    }

    private static void Timelines(XElement? animation, JsonObject root)
    {
        var timelines = animation?.Elements("Timeline").ToList() ?? [];
        var decoded = root["action"]?["timeLines"]?.AsArray() ?? [];
        Assert.Equal(timelines.Count, decoded.Count);
        if (animation is not null)
        {
            Assert.Equal(Int(animation, "Duration"), (int)root["action"]!["duration"]!);
            Assert.Equal(Attr(animation, "ActivedAnimationName", ""), (string?)root["action"]!["currentAnimationName"] ?? "");
        }
        for (var t = 0; t < timelines.Count; t++)
        {
            var xml = timelines[t];
            var json = decoded[t]!;
            Assert.Equal(Attr(xml, "Property", ""), (string?)json["property"]);
            Assert.Equal(Int(xml, "ActionTag"), (int)json["actionTag"]!);
            var frames = xml.Elements().ToList();
            var jsonFrames = json["frames"]!.AsArray();
            Assert.Equal(frames.Count, jsonFrames.Count);
            for (var f = 0; f < frames.Count; f++) Frame(frames[f], (JsonObject)jsonFrames[f]!);
        }
    }

    private static void Frame(XElement xml, JsonObject frame)
    {
        var member = char.ToLowerInvariant(xml.Name.LocalName[0]) + xml.Name.LocalName[1..];
        if (member == "blendFuncFrame") member = "blendFrame";
        Assert.Single(frame);
        var json = frame[member] ?? throw new Xunit.Sdk.XunitException($"frame {xml.Name.LocalName} was written as {frame.First().Key}");
        Assert.Equal(Int(xml, "FrameIndex"), (int)json["frameIndex"]!);
        Assert.Equal(Attr(xml, "Tween", "True") == "True", (bool)json["tween"]!);
        switch (member)
        {
            case "pointFrame":
                Assert.Equal(Float(xml, "X", 0), (double)json["position"]!["x"]!, 3);
                Assert.Equal(Float(xml, "Y", 0), (double)json["position"]!["y"]!, 3);
                break;
            case "scaleFrame":
                Assert.Equal(Float(xml, "X", 1), (double)json["scale"]!["scaleX"]!, 3);
                Assert.Equal(Float(xml, "Y", 1), (double)json["scale"]!["scaleY"]!, 3);
                break;
            case "colorFrame":
                foreach (var c in new[] { "R", "G", "B" }) Assert.Equal(Int(xml.Element("Color"), c, 255), (int)json["color"]![c.ToLowerInvariant()]!);
                break;
            case "intFrame":
                Assert.Equal(Int(xml, "Value"), (int)json["value"]!);
                break;
            case "boolFrame":
                Assert.Equal(Attr(xml, "Value", "True") == "True", (bool)json["value"]!);
                break;
            case "eventFrame":
                Assert.Equal(Attr(xml, "Value", ""), (string?)json["value"]);
                break;
            case "textureFrame":
                Assert.Equal(Attr(xml.Element("TextureFile")!, "Path", ""), (string?)json["textureFile"]!["path"]);
                Assert.Equal(Attr(xml.Element("TextureFile")!, "Plist", ""), (string?)json["textureFile"]!["plistFile"] ?? "");
                break;
        }
        if (xml.Element("EasingData") is { } easing)
        {
            Assert.Equal(Int(easing, "Type"), (int)json["easingData"]!["type"]!);
            var points = easing.Element("Points")?.Elements("PointF").ToList() ?? [];
            var decoded = json["easingData"]!["points"]?.AsArray() ?? [];
            Assert.Equal(points.Count, decoded.Count);
            for (var p = 0; p < points.Count; p++)
            {
                Assert.Equal(Float(points[p], "X", 0), (double)decoded[p]!["x"]!, 3);
                Assert.Equal(Float(points[p], "Y", 0), (double)decoded[p]!["y"]!, 3);
            }
        }
    }

    private static void Animations(XElement? list, JsonObject root)
    {
        var infos = list?.Elements("AnimationInfo").ToList() ?? [];
        var decoded = root["animationList"]?.AsArray() ?? [];
        Assert.Equal(infos.Select(i => (Attr(i, "Name", ""), Int(i, "StartIndex"), Int(i, "EndIndex"))),
            decoded.Select(d => ((string)d!["name"]!, (int)d["startIndex"]!, (int)d["endIndex"]!)));
    }

    private static void Pair(XElement? xml, string x, string y, double fallback, JsonNode? json, string jx, string jy, string node)
    {
        Assert.True(json is not null, $"node '{node}': a struct is missing in the binary");
        Assert.Equal(Float(xml, x, fallback), (double)json[jx]!, 3);
        Assert.Equal(Float(xml, y, fallback), (double)json[jy]!, 3);
    }

    private static string Attr(XElement? e, string name, string fallback) => (string?)e?.Attribute(name) ?? fallback;
    private static int Int(XElement? e, string name, int fallback = 0) => e?.Attribute(name) is { } a ? (int)Math.Round(double.Parse(a.Value, CultureInfo.InvariantCulture)) : fallback;
    private static double Float(XElement? e, string name, double fallback) => e?.Attribute(name) is { } a ? double.Parse(a.Value, CultureInfo.InvariantCulture) : fallback;
}
