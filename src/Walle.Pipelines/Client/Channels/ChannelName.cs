using System.Globalization;

namespace Walle.Pipelines.Client.Channels;

/// <summary>The rule for channel ids: each becomes part of a file name, on Linux, macOS and Windows agents alike.</summary>
public static class ChannelName
{
    private static readonly string[] Reserved =
        ["CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
         "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"];

    /// <summary>Longest id accepted (file names stay well under 255 bytes with a base name and extension).</summary>
    public const int MaxLength = 64;

    /// <summary>Why <paramref name="name"/> is not safe as (part of) a file name, or null when it is.</summary>
    public static string? Problem(string name) => Problem(name, MaxLength);

    /// <summary>Why <paramref name="name"/> is not safe as a file name of at most <paramref name="maxLength"/> characters, or null.</summary>
    internal static string? Problem(string name, int maxLength)
    {
        if (name.Length == 0) return "it is empty";
        if (name.Length > maxLength) return $"it is longer than {maxLength} characters";
        foreach (var c in name)
        {
            if (c is '/' or '\\') return "it contains a path separator";
            if (c is ':' or '*' or '?' or '"' or '<' or '>' or '|') return $"it contains '{c}', not allowed in Windows file names";
            if (char.IsControl(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
                return $"it contains the control or invisible character U+{(int)c:X4}";
            if (char.IsWhiteSpace(c)) return "it contains white space";
        }
        if (name.Contains("..", StringComparison.Ordinal)) return "it contains '..'";
        if (name[0] == '.') return "it starts with a dot (a hidden file)";
        if (name[^1] == '.') return "it ends with a dot (Windows drops it)";
        var stem = name.Split('.')[0];
        if (Reserved.Contains(stem, StringComparer.OrdinalIgnoreCase)) return $"'{stem}' is a reserved device name on Windows";
        return null;
    }
}
