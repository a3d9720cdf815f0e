using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.TexturePacker.Projects;

/// <summary>
/// A <c>&lt;struct&gt;</c> of a TexturePacker project file: <c>&lt;key&gt;name&lt;/key&gt;</c> followed by its value
/// element (<c>int</c>, <c>uint</c>, <c>double</c>, <c>string</c>, <c>filename</c>, <c>enum</c>, <c>true/false</c>,
/// <c>QSize</c>, <c>struct</c>, <c>array</c>, <c>map</c>). Reads values by key; a value of the wrong kind is a
/// <see cref="SheetException"/> naming the file, the line and the key.
/// </summary>
internal sealed class TpsStruct
{
    private readonly string _file;
    private readonly Dictionary<string, XElement> _values = new(StringComparer.Ordinal);

    public TpsStruct(string file, XElement element)
    {
        _file = file;
        var children = element.Elements().ToList();
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            if (children[i].Name != "key")
                throw Error(children[i], $"expected <key>, found <{children[i].Name}>");
            _values[children[i].Value] = children[i + 1];
        }
    }

    /// <summary>The project file.</summary>
    public string FileName => _file;

    /// <summary>Reads the root <c>&lt;data&gt;&lt;struct type="Settings"&gt;</c> of a project file.</summary>
    public static TpsStruct Load(string file)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };
            using var reader = XmlReader.Create(file, settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            throw new SheetException($"TexturePacker project '{file}' is not valid XML (line {e.LineNumber}, column {e.LinePosition}): {e.Message} " +
                                     "Open it in TexturePacker and save it again, or fix the file by hand.");
        }
        var root = document.Root;
        var settingsStruct = root?.Name == "data" ? root.Element("struct") : null;
        if (settingsStruct is null || (string?)settingsStruct.Attribute("type") != "Settings")
            throw new SheetException($"'{file}' is not a TexturePacker project: expected <data><struct type=\"Settings\">. Save it from TexturePacker as a .tps file.");
        return new TpsStruct(file, settingsStruct);
    }

    public XElement? Element(string key) => _values.GetValueOrDefault(key);

    public string? Text(string key) => Element(key)?.Value.Trim();

    public bool? Bool(string key) => Element(key) switch
    {
        null => null,
        { Name.LocalName: "true" } => true,
        { Name.LocalName: "false" } => false,
        var e => throw Error(e, $"'{key}' should be <true/> or <false/>"),
    };

    public int? Int(string key) =>
        Element(key) is not { } e ? null
        : int.TryParse(e.Value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value
        : throw Error(e, $"'{key}' should be a whole number, not '{e.Value}'");

    public double? Double(string key) =>
        Element(key) is not { } e ? null
        : double.TryParse(e.Value.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value
        : throw Error(e, $"'{key}' should be a number, not '{e.Value}'");

    public TpsStruct? Struct(string key) => Element(key) is { } e ? new TpsStruct(_file, e) : null;

    /// <summary>A <c>QSize</c> value (width, height).</summary>
    public (int Width, int Height)? Size(string key) =>
        Struct(key) is { } size ? (size.Int("width") ?? -1, size.Int("height") ?? -1) : null;

    /// <summary>The <c>&lt;struct&gt;</c> items of an array.</summary>
    public IEnumerable<TpsStruct> Structs(string key) =>
        Element(key)?.Elements("struct").Select(e => new TpsStruct(_file, e)) ?? [];

    /// <summary>The text items of an array (e.g. <c>&lt;filename&gt;</c> entries).</summary>
    public IReadOnlyList<(string Value, int Line)> Items(string key) =>
        Element(key)?.Elements().Select(e => (e.Value.Trim(), Line(e))).ToList() ?? [];

    public SheetException Error(XElement element, string problem) =>
        new($"TexturePacker project '{_file}' (line {Line(element)}): {problem}.");

    public int LineOf(string key) => Element(key) is { } e ? Line(e) : 0;

    private static int Line(XElement element) => ((IXmlLineInfo)element).LineNumber;
}
