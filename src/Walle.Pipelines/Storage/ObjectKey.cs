using System.Text;

namespace Walle.Pipelines.Storage;

/// <summary>
/// Rules for object keys and published file paths: '/'-separated, relative, no <c>..</c>, no backslashes,
/// valid UTF-8. A key that breaks a rule would escape the store's root or be unreadable by a game client.
/// </summary>
public static class ObjectKey
{
    /// <summary>The reason <paramref name="key"/> is not a valid key, or null when it is valid.</summary>
    public static string? Problem(string key)
    {
        if (string.IsNullOrEmpty(key)) return "it is empty";
        if (key.Contains('\uFFFD')) return "it is not valid UTF-8 (rename the file with UTF-8 characters)";
        if (key.Contains('\\')) return "it contains a backslash (use '/' between folders)";
        if (key.StartsWith('/') || (key.Length > 1 && key[1] == ':')) return "it is absolute (keys are relative to the store root)";
        foreach (var c in key)
            if (char.IsControl(c)) return "it contains a control character";
        foreach (var segment in key.Split('/'))
        {
            if (segment is "..") return "it contains '..' and would escape the root";
            if (segment is "." or "") return "it has an empty or '.' folder name";
        }
        if (Encoding.UTF8.GetByteCount(key) > 1024) return "it is longer than 1024 bytes";
        return null;
    }

    /// <summary>Throws <see cref="ArgumentException"/> naming the key and the fix when it is not valid.</summary>
    public static string Validate(string key, string what = "object key")
    {
        var problem = Problem(key);
        if (problem is not null) throw new ArgumentException($"Invalid {what} '{Printable(key)}': {problem}.");
        return key;
    }

    /// <summary>Validates a key prefix: empty, or a valid key ending with '/'.</summary>
    public static string ValidatePrefix(string prefix)
    {
        if (prefix.Length == 0) return prefix;
        var trimmed = prefix.EndsWith('/') ? prefix[..^1] : prefix;
        Validate(trimmed, "key prefix");
        return prefix;
    }

    /// <summary>The key with control characters escaped, safe to print in a log line.</summary>
    public static string Printable(string key)
    {
        var builder = new StringBuilder(key.Length);
        foreach (var c in key) builder.Append(char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString());
        return builder.ToString();
    }
}
