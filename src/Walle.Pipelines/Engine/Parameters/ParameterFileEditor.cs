using System.Text;
using System.Text.Json;

namespace Walle.Pipelines.Engine;

/// <summary>
/// <c>--set-parameter Name=Value</c>: writes one value into a parameters file, keeping every other key, comment and
/// the file's formatting; a secret's value is written encrypted (<see cref="ParameterSecrets"/>), never in clear.
/// </summary>
internal static class ParameterFileEditor
{
    public static void Set(string path, string displayPath, ParameterMember member, string value, Func<string?> password)
    {
        ValueConverter.Convert(new ParameterValue([value], "--set-parameter"), member.ValueType, member.Name, member.IsSecret); // refuse a value that does not convert
        string json;
        if (member.IsSecret)
        {
            var secret = password() ?? throw new UsageException(
                $"--set-parameter {member.Name}: '{member.Name}' is a secret and is stored encrypted. Give the password in {ParameterSecrets.PasswordVariable} (or run on a terminal to be asked).");
            json = JsonSerializer.Serialize(ParameterSecrets.Encrypt(value, secret));
        }
        else
            json = ValueConverter.ValueCount(member.ValueType) switch
            {
                null => JsonSerializer.Serialize(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)),
                0 => value.ToLowerInvariant() is "true" or "1" or "yes" or "on" ? "true" : "false",
                _ when ValueConverter.Describe(member.ValueType) is "int" or "number" => value.Trim(),
                _ => JsonSerializer.Serialize(value),
            };

        var text = File.Exists(path) ? File.ReadAllBytes(path) : "{\n}\n"u8.ToArray();
        var file = ParameterFile.Parse(text, displayPath);
        var updated = file.FindEntry(member.Name) is { } entry
            ? Splice(text, entry.Start, entry.End, json)
            : Insert(text, file, $"\"{member.Name}\": {json}");
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var temporary = path + ".tmp";
        File.WriteAllBytes(temporary, updated);
        File.Move(temporary, path, overwrite: true);
    }

    private static byte[] Splice(byte[] text, int start, int end, string replacement) =>
        [.. text.AsSpan(0, start), .. Encoding.UTF8.GetBytes(replacement), .. text.AsSpan(end)];

    /// <summary>A new key goes last, indented like the others.</summary>
    private static byte[] Insert(byte[] text, ParameterFile file, string property)
    {
        var close = Array.LastIndexOf(text, (byte)'}');
        var last = file.Entries.MaxBy(e => e.End);
        var indent = last is null ? "  " : IndentOf(text, last.Start);
        if (last is null) return Splice(text, close, close, $"{(text.AsSpan(0, close).IndexOf((byte)'\n') < 0 ? "\n" : "")}{indent}{property}\n");
        return Splice(text, last.End, last.End, $",\n{indent}{property}");
    }

    private static string IndentOf(byte[] text, int offset)
    {
        var lineStart = Array.LastIndexOf(text, (byte)'\n', Math.Max(0, offset - 1)) + 1;
        var indent = 0;
        while (lineStart + indent < text.Length && text[lineStart + indent] is (byte)' ' or (byte)'\t') indent++;
        return Encoding.UTF8.GetString(text, lineStart, indent);
    }
}
