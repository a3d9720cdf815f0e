using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace Walle.Pipelines.Assets.Plist;

/// <summary>
/// Reads and writes cocos2d-x sprite sheet plists, formats 2 and 3. Writing is byte-stable: the same data always
/// gives the same bytes (frames by name, invariant numbers, '\n' line ends).
/// </summary>
public static class CocosPlist
{
    /// <summary>The plist text for <paramref name="sheet"/> in its <see cref="SheetData.Format"/>.</summary>
    public static string Write(SheetData sheet)
    {
        if (sheet.Format is not (2 or 3)) throw new ArgumentException($"Plist format {sheet.Format} is not supported (2 or 3).", nameof(sheet));
        var text = new StringBuilder();
        text.Append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
            .Append("<!DOCTYPE plist PUBLIC \"-//Apple Computer//DTD PLIST 1.0//EN\" \"http://www.apple.com/DTDs/PropertyList-1.0.dtd\">\n")
            .Append("<plist version=\"1.0\">\n<dict>\n\t<key>frames</key>\n\t<dict>\n");
        // Format 2 has no aliases: each alias is a frame entry of its own with the same rectangle.
        var entries = sheet.Format == 2
            ? sheet.Frames.SelectMany(f => f.Names.Select(name => f with { Name = name, Aliases = [] }))
            : sheet.Frames;
        foreach (var frame in entries.OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            Key(text, 2, frame.Name);
            text.Append("\t\t<dict>\n");
            if (sheet.Format == 2)
            {
                Entry(text, 3, "frame", Rect(frame.TextureRect));
                Entry(text, 3, "offset", Point(frame.Offset));
                Key(text, 3, "rotated");
                Bool(text, 3, frame.Rotated);
                Entry(text, 3, "sourceColorRect", Rect(frame.SourceColorRect));
                Entry(text, 3, "sourceSize", Size(frame.SourceSize));
            }
            else
            {
                Key(text, 3, "aliases");
                if (frame.Aliases.Count == 0) text.Append("\t\t\t<array/>\n");
                else
                {
                    text.Append("\t\t\t<array>\n");
                    foreach (var alias in frame.Aliases.Order(StringComparer.Ordinal))
                        text.Append("\t\t\t\t<string>").Append(System.Security.SecurityElement.Escape(alias)).Append("</string>\n");
                    text.Append("\t\t\t</array>\n");
                }
                Entry(text, 3, "spriteOffset", Point(frame.Offset));
                Entry(text, 3, "spriteSize", Size(new PixelSize(frame.TextureRect.Width, frame.TextureRect.Height)));
                Entry(text, 3, "spriteSourceSize", Size(frame.SourceSize));
                Entry(text, 3, "textureRect", Rect(frame.TextureRect));
                Key(text, 3, "textureRotated");
                Bool(text, 3, frame.Rotated);
            }
            text.Append("\t\t</dict>\n");
        }
        text.Append("\t</dict>\n\t<key>metadata</key>\n\t<dict>\n");
        Key(text, 2, "format");
        text.Append("\t\t<integer>").Append(sheet.Format.ToString(CultureInfo.InvariantCulture)).Append("</integer>\n");
        if (sheet.Format == 3)
        {
            Entry(text, 2, "pixelFormat", sheet.PixelFormat ?? "RGBA8888");
            Key(text, 2, "premultiplyAlpha");
            Bool(text, 2, sheet.PremultiplyAlpha);
        }
        Entry(text, 2, "realTextureFileName", sheet.TextureFileName);
        Entry(text, 2, "size", Size(sheet.Size));
        Entry(text, 2, "textureFileName", sheet.TextureFileName);
        text.Append("\t</dict>\n</dict>\n</plist>\n");
        return text.ToString();
    }

    /// <summary>Parses a plist file written by Walle or TexturePacker.</summary>
    /// <exception cref="FormatException">The file is not a cocos2d-x sheet plist; the message names the file.</exception>
    public static SheetData Read(string path)
    {
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
            using var reader = XmlReader.Create(path, settings);
            return Parse(XDocument.Load(reader));
        }
        catch (Exception e) when (e is XmlException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            throw new FormatException($"'{path}' is not a cocos2d-x sprite sheet plist: {e.Message}", e);
        }
    }

    private static SheetData Parse(XDocument document)
    {
        var root = Dict(document.Root?.Element("dict") ?? throw new FormatException("no top-level <dict>"));
        var metadata = Dict(root["metadata"]);
        var format = int.Parse(metadata["format"].Value, CultureInfo.InvariantCulture);
        var frames = new List<SheetFrame>();
        foreach (var (name, element) in Dict(root["frames"]))
        {
            var f = Dict(element);
            frames.Add(format == 3
                ? new SheetFrame(name, ParseRect(f["textureRect"].Value), f["textureRotated"].Name == "true",
                    ParsePoint(f["spriteOffset"].Value), SourceColorRect(f["spriteSourceSize"].Value, f["spriteSize"].Value, ParsePoint(f["spriteOffset"].Value)),
                    ParseSize(f["spriteSourceSize"].Value)) { Aliases = Aliases(f) }
                : new SheetFrame(name, ParseRect(f["frame"].Value), f["rotated"].Name == "true", ParsePoint(f["offset"].Value),
                    ParseRect(f["sourceColorRect"].Value), ParseSize(f["sourceSize"].Value)));
        }
        frames.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        var texture = metadata.TryGetValue("textureFileName", out var t) ? t.Value : metadata["realTextureFileName"].Value;
        return new SheetData(format, texture, ParseSize(metadata["size"].Value), frames,
            metadata.TryGetValue("pixelFormat", out var p) ? p.Value : null,
            metadata.TryGetValue("premultiplyAlpha", out var a) && a.Name == "true");
    }

    private static List<string> Aliases(Dictionary<string, XElement> frame) =>
        frame.TryGetValue("aliases", out var aliases) ? aliases.Elements("string").Select(a => a.Value).Order(StringComparer.Ordinal).ToList() : [];

    /// <summary>Format 3 has no sourceColorRect: it follows from the sizes and the offset.</summary>
    private static PixelRect SourceColorRect(string sourceSize, string spriteSize, (double X, double Y) offset)
    {
        var source = ParseSize(sourceSize);
        var sprite = ParseSize(spriteSize);
        var x = (int)Math.Round((source.Width - sprite.Width) / 2.0 + offset.X);
        var y = (int)Math.Round((source.Height - sprite.Height) / 2.0 - offset.Y);
        return new PixelRect(x, y, sprite.Width, sprite.Height);
    }

    private static Dictionary<string, XElement> Dict(XElement dict)
    {
        var result = new Dictionary<string, XElement>(StringComparer.Ordinal);
        var children = dict.Elements().ToList();
        for (var i = 0; i + 1 < children.Count; i += 2)
        {
            if (children[i].Name != "key") throw new FormatException($"expected <key>, found <{children[i].Name}>");
            result[children[i].Value] = children[i + 1];
        }
        return result;
    }

    private static double[] Numbers(string text) =>
        text.Split(['{', '}', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => double.Parse(n, CultureInfo.InvariantCulture)).ToArray();

    private static PixelRect ParseRect(string text)
    {
        var n = Numbers(text);
        return n.Length == 4 ? new PixelRect((int)n[0], (int)n[1], (int)n[2], (int)n[3]) : throw new FormatException($"bad rect '{text}'");
    }

    private static PixelSize ParseSize(string text)
    {
        var n = Numbers(text);
        return n.Length == 2 ? new PixelSize((int)n[0], (int)n[1]) : throw new FormatException($"bad size '{text}'");
    }

    private static (double X, double Y) ParsePoint(string text)
    {
        var n = Numbers(text);
        return n.Length == 2 ? (n[0], n[1]) : throw new FormatException($"bad point '{text}'");
    }

    private static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
    private static string Rect(PixelRect r) => string.Create(CultureInfo.InvariantCulture, $"{{{{{r.X},{r.Y}}},{{{r.Width},{r.Height}}}}}");
    private static string Size(PixelSize s) => string.Create(CultureInfo.InvariantCulture, $"{{{s.Width},{s.Height}}}");
    private static string Point((double X, double Y) p) => $"{{{Number(p.X)},{Number(p.Y)}}}";

    private static void Key(StringBuilder text, int indent, string key) =>
        text.Append('\t', indent).Append("<key>").Append(System.Security.SecurityElement.Escape(key)).Append("</key>\n");

    private static void Entry(StringBuilder text, int indent, string key, string value)
    {
        Key(text, indent, key);
        text.Append('\t', indent).Append("<string>").Append(System.Security.SecurityElement.Escape(value)).Append("</string>\n");
    }

    private static void Bool(StringBuilder text, int indent, bool value) => text.Append('\t', indent).Append(value ? "<true/>\n" : "<false/>\n");
}
