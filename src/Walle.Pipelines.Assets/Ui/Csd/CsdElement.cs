using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace Walle.Pipelines.Assets.Ui.Csd;

/// <summary>
/// An element of a Cocos Studio layout with typed attribute reads. Cocos Studio leaves out attributes that have
/// their default value, so every read takes the default; a value that does not parse is a
/// <see cref="UiExportException"/> naming the layout, the line and the attribute.
/// </summary>
internal readonly struct CsdElement(string layout, XElement element)
{
    public XElement Element { get; } = element;
    public string Layout { get; } = layout;

    public int Line => ((IXmlLineInfo)Element).LineNumber;

    public string? Text(string name) => Attribute(name)?.Value;

    public string Text(string name, string fallback) => Attribute(name)?.Value ?? fallback;

    /// <summary>
    /// The attribute by local name: a scan of the element's few attributes instead of converting the name to an
    /// XName on every read, as <c>XElement.Attribute(string)</c> does (writing the 500 benchmark layouts, warm:
    /// 216 ms before, 179 ms after).
    /// </summary>
    private XAttribute? Attribute(string name)
    {
        for (var a = Element.FirstAttribute; a is not null; a = a.NextAttribute)
            if (a.Name.NamespaceName.Length == 0 && string.Equals(a.Name.LocalName, name, StringComparison.Ordinal)) return a;
        return null;
    }

    public bool Bool(string name, bool fallback = false) => Attribute(name)?.Value switch
    {
        null => fallback,
        var v when v.Equals("True", StringComparison.OrdinalIgnoreCase) => true,
        var v when v.Equals("False", StringComparison.OrdinalIgnoreCase) => false,
        var v => throw Error($"attribute {name}=\"{v}\" should be True or False"),
    };

    public int Int(string name, int fallback = 0)
    {
        var value = Attribute(name)?.Value;
        if (value is null) return fallback;
        if (int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var result)) return result;
        // Cocos Studio writes some whole numbers as decimals ("12.0000").
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && real is >= int.MinValue and <= int.MaxValue)
            return (int)Math.Round(real);
        throw Error($"attribute {name}=\"{value}\" should be a whole number");
    }

    public float Float(string name, float fallback = 0)
    {
        var value = Attribute(name)?.Value;
        if (value is null) return fallback;
        return float.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var result) && float.IsFinite(result)
            ? result
            : throw Error($"attribute {name}=\"{value}\" should be a number");
    }

    public byte Byte(string name, byte fallback = 255)
    {
        var value = Int(name, fallback);
        return value is >= 0 and <= 255 ? (byte)value : throw Error($"attribute {name}=\"{value}\" should be 0 to 255");
    }

    public CsdElement? Child(string name) => Element.Element(name) is { } child ? new CsdElement(Layout, child) : null;

    /// <summary>The <c>BlendFunc</c> child as (src, dst); Cocos Studio's default, GL_ONE and GL_ONE_MINUS_SRC_ALPHA, when absent.</summary>
    public (int Src, int Dst) BlendFunc() => Child("BlendFunc") is { } blend ? (blend.Int("Src", 1), blend.Int("Dst", 771)) : (1, 771);

    public IEnumerable<CsdElement> Children(string name)
    {
        var layout = Layout;
        return Element.Elements(name).Select(e => new CsdElement(layout, e));
    }

    /// <summary>A child such as <c>&lt;Position X="1" Y="2"/&gt;</c> read as two numbers, or the fallback when absent.</summary>
    public (float X, float Y) Pair(string child, string x, string y, (float X, float Y) fallback) =>
        Child(child) is { } c ? (c.Float(x, fallback.X), c.Float(y, fallback.Y)) : fallback;

    /// <summary>A colour child (<c>&lt;CColor A R G B/&gt;</c>); each channel defaults to 255.</summary>
    public (byte A, byte R, byte G, byte B) Color(string child, (byte A, byte R, byte G, byte B)? fallback = null)
    {
        var f = fallback ?? ((byte)255, (byte)255, (byte)255, (byte)255);
        return Child(child) is { } c ? (c.Byte("A", f.A), c.Byte("R", f.R), c.Byte("G", f.G), c.Byte("B", f.B)) : f;
    }

    public UiExportException Error(string problem) => new($"Layout '{Layout}' (line {Line}): {problem}.");
}
