using System.Xml;
using System.Xml.Linq;

namespace Walle.Pipelines.Assets.Ui.Csd;

/// <summary>
/// A parsed Cocos Studio layout: <c>&lt;GameFile&gt;&lt;Content&gt;&lt;Content&gt;</c> holding the root
/// <c>&lt;ObjectData&gt;</c> (the node tree), the optional <c>&lt;Animation&gt;</c> (the action timeline) and
/// <c>&lt;AnimationList&gt;</c>.
/// </summary>
internal sealed class CsdLayout
{
    private CsdLayout(string name, CsdElement root, CsdElement? animation, CsdElement? animationList)
    {
        Name = name;
        Root = root;
        Animation = animation;
        AnimationList = animationList;
    }

    /// <summary>The layout's path relative to the UI folder, as used in messages.</summary>
    public string Name { get; }

    /// <summary>The root node (<c>ObjectData</c>).</summary>
    public CsdElement Root { get; }

    /// <summary>The action timeline, if any.</summary>
    public CsdElement? Animation { get; }

    /// <summary>The named animations, if any.</summary>
    public CsdElement? AnimationList { get; }

    /// <summary>Parses a layout; malformed XML or a file that is not a layout fails naming the file and line.</summary>
    public static CsdLayout Load(string path, string name)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new UiExportException($"Layout '{name}' is not valid XML (line {e.LineNumber}, column {e.LinePosition}): {e.Message} Open it in Cocos Studio and save it again.");
        }
        var content = document.Root?.Name == "GameFile" ? document.Root.Element("Content")?.Element("Content") : null;
        var root = content?.Element("ObjectData");
        if (content is null || root is null)
            throw new UiExportException($"Layout '{name}' is not a Cocos Studio layout: expected <GameFile><Content><Content><ObjectData>.");
        return new CsdLayout(name, new CsdElement(name, root),
            content.Element("Animation") is { } a ? new CsdElement(name, a) : null,
            content.Element("AnimationList") is { } l ? new CsdElement(name, l) : null);
    }
}
