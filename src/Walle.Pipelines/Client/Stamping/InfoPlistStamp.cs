using System.Globalization;
using System.Xml;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Stamping;

/// <summary>
/// Writes <c>CFBundleShortVersionString</c> (the version name) and <c>CFBundleVersion</c> (the code) in an XML
/// <c>Info.plist</c>'s top-level dictionary, changing only those two strings (or adding the keys before the
/// dictionary's end when missing).
/// </summary>
public static class InfoPlistStamp
{
    /// <summary>Stamps the version; true when the file changed.</summary>
    /// <exception cref="StampException">The file is missing, not XML (file and line), binary, or not a dictionary plist.</exception>
    public static bool Apply(string path, AppVersion version)
    {
        var edit = TextEdit.Read(path);
        if (edit.Text.StartsWith("bplist", StringComparison.Ordinal))
            throw new StampException(path, $"'{path}' is a binary plist; convert it to XML (plutil -convert xml1) so Walle can change only the version values.");
        var values = new Dictionary<string, string>
        {
            ["CFBundleShortVersionString"] = version.Name,
            ["CFBundleVersion"] = version.Code.ToString(CultureInfo.InvariantCulture),
        };
        var found = new HashSet<string>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(edit.Text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
            var info = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.Name != "plist") throw new StampException(path, $"'{path}' is not a property list: its root element is <{reader.Name}>.");
            string? pendingKey = null;
            var dictEnd = -1;
            // After a key's ReadElementContentAsString the reader already stands on the next node: look at it before reading on.
            var readNext = true;
            while (!readNext || reader.Read())
            {
                readNext = true;
                if (reader.Depth == 1 && reader.NodeType == XmlNodeType.Element && reader.Name != "dict")
                    throw new StampException(path, $"'{path}' line {info.LineNumber}: the plist's top level is <{reader.Name}>, not a <dict>.");
                if (reader.Depth == 1 && reader.NodeType == XmlNodeType.EndElement && reader.Name == "dict")
                    dictEnd = edit.Offset(info.LineNumber, info.LinePosition) - 2;   // at "</dict>"
                if (reader.Depth != 2 || reader.NodeType != XmlNodeType.Element) continue;
                if (reader.Name == "key")
                {
                    pendingKey = reader.ReadElementContentAsString();
                    readNext = false;
                    continue;
                }
                if (pendingKey is null || !values.TryGetValue(pendingKey, out var value)) { pendingKey = null; continue; }
                if (reader.Name != "string")
                    throw new StampException(path, $"'{path}' line {info.LineNumber}: {pendingKey} is a <{reader.Name}>, not a <string>.");
                found.Add(pendingKey);
                pendingKey = null;
                var nameAt = edit.Offset(info.LineNumber, info.LinePosition);   // at "string" after '<'
                if (reader.IsEmptyElement)
                {
                    var close = edit.Text.IndexOf("/>", nameAt, StringComparison.Ordinal);
                    edit.Replace(nameAt - 1, close + 2 - (nameAt - 1), $"<string>{value}</string>");
                    continue;
                }
                var start = edit.Text.IndexOf('>', nameAt) + 1;
                var end = edit.Text.IndexOf("</string", start, StringComparison.Ordinal);
                edit.Replace(start, end - start, value);
            }
            var missing = values.Where(v => !found.Contains(v.Key)).ToList();
            if (missing.Count > 0)
            {
                if (dictEnd < 0) throw new StampException(path, $"'{path}' has no top-level <dict>.");
                var lineStart = edit.Text.LastIndexOfAny(['\n', '\r'], Math.Max(0, dictEnd - 1)) + 1;
                var indent = edit.Text[lineStart..dictEnd].Trim().Length == 0 ? edit.Text[lineStart..dictEnd] : "";
                var inner = indent + "\t";
                var added = string.Concat(missing.Select(m => $"{inner}<key>{m.Key}</key>{edit.NewLine}{inner}<string>{m.Value}</string>{edit.NewLine}"));
                edit.Replace(lineStart, 0, added);
            }
        }
        catch (XmlException e)
        {
            throw new StampException(path, $"'{path}' line {e.LineNumber}: {e.Message} Fix the XML; nothing was changed.", e);
        }
        return edit.Save();
    }
}
