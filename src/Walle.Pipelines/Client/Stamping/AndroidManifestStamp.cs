using System.Xml;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Stamping;

/// <summary>
/// Writes <c>android:versionCode</c> and <c>android:versionName</c> on an <c>AndroidManifest.xml</c>'s
/// <c>&lt;manifest&gt;</c> element, changing only those two values (or adding the attributes when missing).
/// </summary>
public static class AndroidManifestStamp
{
    private const string AndroidNamespace = "http://schemas.android.com/apk/res/android";

    /// <summary>Stamps the version; true when the file changed.</summary>
    /// <exception cref="StampException">The file is missing, not XML (file and line), or not an Android manifest.</exception>
    public static bool Apply(string path, AppVersion version)
    {
        var edit = TextEdit.Read(path);
        var values = new Dictionary<string, string> { ["versionCode"] = version.Code.ToString(System.Globalization.CultureInfo.InvariantCulture), ["versionName"] = version.Name };
        try
        {
            using var reader = XmlReader.Create(new StringReader(edit.Text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
            var info = (IXmlLineInfo)reader;
            reader.MoveToContent();
            if (reader.LocalName != "manifest")
                throw new StampException(path, $"'{path}' is not an Android manifest: its root element is <{reader.Name}>, not <manifest>.");
            var elementStart = edit.Offset(info.LineNumber, info.LinePosition) + reader.Name.Length;
            var found = new HashSet<string>();
            string? prefix = null;
            while (reader.MoveToNextAttribute())
            {
                if (reader.Value == AndroidNamespace && (reader.Prefix == "xmlns" || reader.Name == "xmlns")) prefix = reader.Prefix == "xmlns" ? reader.LocalName : "";
                if (reader.NamespaceURI != AndroidNamespace || !values.TryGetValue(reader.LocalName, out var value)) continue;
                found.Add(reader.LocalName);
                var (start, length) = ValueRange(edit, edit.Offset(info.LineNumber, info.LinePosition));
                edit.Replace(start, length, value);
            }
            reader.MoveToElement();
            if (prefix is null)
                throw new StampException(path, $"'{path}' does not declare the android namespace (xmlns:android=\"{AndroidNamespace}\") on <manifest>.");
            // Consume the whole document so a syntax error anywhere is reported before anything is written.
            while (reader.Read()) { }
            foreach (var (name, value) in values.Where(v => !found.Contains(v.Key)))
                edit.Replace(elementStart, 0, $" {(prefix.Length == 0 ? "" : prefix + ":")}{name}=\"{value}\"");
        }
        catch (XmlException e)
        {
            throw new StampException(path, $"'{path}' line {e.LineNumber}: {e.Message} Fix the XML; nothing was changed.", e);
        }
        return edit.Save();
    }

    /// <summary>The attribute value's range (inside its quotes), from the offset of the attribute's name.</summary>
    internal static (int Start, int Length) ValueRange(TextEdit edit, int nameOffset)
    {
        var text = edit.Text;
        var equals = text.IndexOf('=', nameOffset);
        var quote = equals + 1;
        while (char.IsWhiteSpace(text[quote])) quote++;
        var end = text.IndexOf(text[quote], quote + 1);
        return (quote + 1, end - quote - 1);
    }
}
