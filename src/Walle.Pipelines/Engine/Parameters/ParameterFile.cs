using System.Text;
using System.Text.Json;

namespace Walle.Pipelines.Engine;

/// <summary>
/// A <c>.nuke/parameters*.json</c> file: one object whose keys are parameter names (any casing, kebab or Pascal).
/// Read strictly: comments are allowed, but a trailing comma, a key given twice, or a value that is not a string,
/// number, boolean or array of those is an error naming the file and line.
/// </summary>
internal sealed class ParameterFile
{
    private readonly Dictionary<string, Entry> _values;

    private ParameterFile(string displayPath, Dictionary<string, Entry> values)
    {
        DisplayPath = displayPath;
        _values = values;
    }

    /// <summary>One key's value and where it is in the file.</summary>
    /// <param name="Key">The key as written.</param>
    /// <param name="Value">Its text.</param>
    /// <param name="Kind">string, number, boolean or array.</param>
    /// <param name="Line">1-based line of the key.</param>
    /// <param name="Start">Byte offset of the value's first byte.</param>
    /// <param name="End">Byte offset just past the value.</param>
    public sealed record Entry(string Key, ParameterValue Value, JsonValueKind Kind, int Line, int Start, int End);

    public string DisplayPath { get; }

    /// <summary>The keys as written in the file.</summary>
    public IEnumerable<string> Keys => _values.Values.Select(v => v.Key);

    public IEnumerable<Entry> Entries => _values.Values;

    public Entry? FindEntry(string parameterName) => _values.GetValueOrDefault(Naming.Normalize(parameterName));

    public ParameterValue? Find(string parameterName) => FindEntry(parameterName)?.Value;

    public static ParameterFile Load(string path, string displayPath) => Parse(File.ReadAllBytes(path), displayPath);

    public static ParameterFile Parse(byte[] text, string displayPath)
    {
        var values = new Dictionary<string, Entry>();
        var reader = new Utf8JsonReader(text, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = false });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                throw new UsageException($"{displayPath} must hold one JSON object such as {{ \"Version\": \"1.2.0\" }}.");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                var line = LineOf(text, (int)reader.TokenStartIndex);
                reader.Read();
                var start = (int)reader.TokenStartIndex;
                var kind = reader.TokenType switch
                {
                    JsonTokenType.String => JsonValueKind.String,
                    JsonTokenType.Number => JsonValueKind.Number,
                    JsonTokenType.True or JsonTokenType.False => JsonValueKind.True,
                    JsonTokenType.StartArray => JsonValueKind.Array,
                    JsonTokenType.Null => JsonValueKind.Null,
                    _ => throw new UsageException($"{displayPath}, line {line}: \"{key}\" must be a string, number, boolean or array, not an object."),
                };
                var items = kind == JsonValueKind.Array ? ReadArray(ref reader, key, displayPath, line) : kind == JsonValueKind.Null ? [] : [Scalar(ref reader)];
                var end = (int)reader.BytesConsumed;
                if (key.StartsWith('$') || kind == JsonValueKind.Null) continue;
                if (!values.TryAdd(Naming.Normalize(key), new Entry(key, new ParameterValue(items, displayPath), kind, line, start, end)))
                    throw new UsageException(
                        $"{displayPath}, line {line}: \"{key}\" is given twice (first on line {values[Naming.Normalize(key)].Line}). Keep one; the file cannot say which value wins.");
            }
            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                throw new UsageException($"{displayPath} must hold exactly one JSON object such as {{ \"Version\": \"1.2.0\" }}.");
        }
        catch (JsonException e)
        {
            throw new UsageException(
                $"{displayPath} is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)} " +
                "Fix the file (no trailing commas); it must be one object such as { \"Version\": \"1.2.0\" }.");
        }

        return new ParameterFile(displayPath, values);
    }

    /// <summary>
    /// The value as the parameter's type needs it: a string parameter given a number, boolean or array is an error
    /// naming the file, line and parameter (it would otherwise be read silently as text).
    /// </summary>
    public static void CheckKind(Entry entry, Type type, string parameterName, string displayPath)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) && entry.Kind != JsonValueKind.String)
            throw new UsageException(
                $"{displayPath}, line {entry.Line}: \"{entry.Key}\" is {(entry.Kind == JsonValueKind.Array ? "an array" : $"a {(entry.Kind == JsonValueKind.True ? "boolean" : "number")}")}, " +
                $"but parameter '{parameterName}' is a string. Write it in quotes, e.g. \"{entry.Key}\": \"{string.Join(",", entry.Value.Values)}\".");
        if (entry.Kind == JsonValueKind.Array && ValueConverter.ValueCount(target) is not null)
            throw new UsageException($"{displayPath}, line {entry.Line}: \"{entry.Key}\" is an array, but parameter '{parameterName}' takes one value.");
    }

    private static string[] ReadArray(ref Utf8JsonReader reader, string key, string file, int line)
    {
        var items = new List<string>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject or JsonTokenType.Null)
                throw new UsageException($"{file}, line {line}: \"{key}\" must be an array of strings, numbers or booleans.");
            items.Add(Scalar(ref reader));
        }
        return [.. items];
    }

    private static string Scalar(ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString()!,
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        _ => Encoding.UTF8.GetString(reader.HasValueSequence ? System.Buffers.BuffersExtensions.ToArray(reader.ValueSequence) : reader.ValueSpan),
    };

    private static int LineOf(byte[] text, int offset) => text.AsSpan(0, Math.Min(offset, text.Length)).Count((byte)'\n') + 1;

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0];
}
