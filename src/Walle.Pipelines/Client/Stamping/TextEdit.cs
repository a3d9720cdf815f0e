using System.Text;

namespace Walle.Pipelines.Client.Stamping;

/// <summary>
/// A text file changed in place: only the replaced ranges differ, so comments, order, line endings (CRLF) and a
/// UTF-8 byte-order mark survive. The file is replaced atomically (written beside it, then moved).
/// </summary>
internal sealed class TextEdit
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private readonly List<(int Start, int Length, string Text)> _changes = [];
    private readonly int[] _lineStarts;

    private TextEdit(string path, string text, bool bom)
    {
        Path = path;
        Text = text;
        HasBom = bom;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    /// <summary>The file.</summary>
    public string Path { get; }

    /// <summary>Its text without the byte-order mark.</summary>
    public string Text { get; }

    /// <summary>Whether the file starts with a UTF-8 byte-order mark.</summary>
    public bool HasBom { get; }

    /// <summary>The file's own line break (CRLF when its first break is one).</summary>
    public string NewLine => Text.IndexOf('\n') is var n and > 0 && Text[n - 1] == '\r' ? "\r\n" : "\n";

    /// <summary>Reads the file; a missing file is a <see cref="StampException"/>.</summary>
    public static TextEdit Read(string path)
    {
        if (!File.Exists(path)) throw new StampException(path, $"'{path}' does not exist; the version cannot be written into it.");
        var bytes = File.ReadAllBytes(path);
        var bom = bytes.AsSpan().StartsWith(Bom);
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, bom ? 3 : 0, bytes.Length - (bom ? 3 : 0));
        }
        catch (DecoderFallbackException e)
        {
            throw new StampException(path, $"'{path}' is not UTF-8 text; save it as UTF-8.", e);
        }
        return new TextEdit(path, text, bom);
    }

    /// <summary>The character offset of a 1-based line and position (as XmlReader reports them).</summary>
    public int Offset(int line, int position) => _lineStarts[Math.Clamp(line - 1, 0, _lineStarts.Length - 1)] + position - 1;

    /// <summary>The 1-based line of an offset.</summary>
    public int LineOf(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        return (index >= 0 ? index : ~index - 1) + 1;
    }

    /// <summary>Replaces <paramref name="length"/> characters at <paramref name="start"/> (ranges must not overlap).</summary>
    public void Replace(int start, int length, string text) => _changes.Add((start, length, text));

    /// <summary>Writes the changes, if any; true when the file changed.</summary>
    public bool Save()
    {
        var builder = new StringBuilder(Text);
        // From the end backwards; of two insertions at one place, the one added first ends up first.
        foreach (var (start, length, text) in _changes.Select((c, i) => (c, i)).OrderByDescending(x => x.c.Start).ThenByDescending(x => x.i).Select(x => x.c))
            builder.Remove(start, length).Insert(start, text);
        var result = builder.ToString();
        if (result == Text) return false;
        var bytes = new UTF8Encoding(false).GetBytes(result);
        var temporary = Path + ".walle-tmp";
        using (var stream = File.Create(temporary))
        {
            if (HasBom) stream.Write(Bom);
            stream.Write(bytes);
        }
        File.Move(temporary, Path, overwrite: true);
        return true;
    }
}
