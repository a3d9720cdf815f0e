using System.Text;
using System.Xml;

namespace Walle.Pipelines.Client.Ios;

/// <summary>Writes <see cref="ExportOptions"/> as an XML property list, keys in a fixed order (same settings, same bytes).</summary>
public static class ExportOptionsPlist
{
    /// <summary>The plist text.</summary>
    public static string Render(ExportOptions options)
    {
        if (options.TeamId.Length != 10 || !options.TeamId.All(char.IsAsciiLetterOrDigit))
            throw new ArgumentException($"Team id '{options.TeamId}' is not an Apple team id (10 letters or digits, see developer.apple.com → Membership).", nameof(options));
        if (options.SigningStyle is not ("manual" or "automatic"))
            throw new ArgumentException($"Signing style '{options.SigningStyle}' is neither 'manual' nor 'automatic'.", nameof(options));
        if (options.SigningStyle == "manual" && options.ProvisioningProfiles.Count == 0)
            throw new ArgumentException("Manual signing needs a provisioning profile for each bundle id (ProvisioningProfiles).", nameof(options));
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, IndentChars = "\t", NewLineChars = "\n", OmitXmlDeclaration = false, Encoding = Encoding.UTF8 }))
        {
            writer.WriteStartDocument();
            writer.WriteDocType("plist", "-//Apple//DTD PLIST 1.0//EN", "http://www.apple.com/DTDs/PropertyList-1.0.dtd", null);
            writer.WriteStartElement("plist");
            writer.WriteAttributeString("version", "1.0");
            writer.WriteStartElement("dict");
            Bool(writer, "manageAppVersionAndBuildNumber", options.ManageAppVersionAndBuildNumber);
            String(writer, "method", options.Method);
            if (options.ProvisioningProfiles.Count > 0)
            {
                writer.WriteElementString("key", "provisioningProfiles");
                writer.WriteStartElement("dict");
                foreach (var (bundle, profile) in options.ProvisioningProfiles.OrderBy(p => p.Key, StringComparer.Ordinal)) String(writer, bundle, profile);
                writer.WriteEndElement();
            }
            if (options.SigningCertificate is { } certificate) String(writer, "signingCertificate", certificate);
            String(writer, "signingStyle", options.SigningStyle);
            String(writer, "teamID", options.TeamId);
            Bool(writer, "uploadSymbols", options.UploadSymbols);
            writer.WriteEndElement();
            writer.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares utf-16; the file is UTF-8, as Xcode writes it.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal) + "\n";
    }

    /// <summary>Writes the plist to <paramref name="path"/>.</summary>
    public static void Write(ExportOptions options, string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.WriteAllText(path, Render(options), new UTF8Encoding(false));
    }

    private static void String(XmlWriter writer, string key, string value)
    {
        writer.WriteElementString("key", key);
        writer.WriteElementString("string", value);
    }

    private static void Bool(XmlWriter writer, string key, bool value)
    {
        writer.WriteElementString("key", key);
        writer.WriteStartElement(value ? "true" : "false");
        writer.WriteEndElement();
    }
}
