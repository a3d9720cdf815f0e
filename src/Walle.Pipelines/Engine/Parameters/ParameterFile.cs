using System.Text.Json;

namespace Walle.Pipelines.Engine;

/// <summary>A <c>.nuke/parameters*.json</c> file: an object whose keys are parameter names (any casing, kebab or Pascal).</summary>
internal sealed class ParameterFile
{
    private readonly Dictionary<string, (string Key, ParameterValue Value)> _values;

    private ParameterFile(string displayPath, Dictionary<string, (string, ParameterValue)> values)
    {
        DisplayPath = displayPath;
        _values = values;
    }

    public string DisplayPath { get; }

    /// <summary>The keys as written in the file.</summary>
    public IEnumerable<string> Keys => _values.Values.Select(v => v.Key);

    public ParameterValue? Find(string parameterName) =>
        _values.TryGetValue(Naming.Normalize(parameterName), out var entry) ? entry.Value : null;

    public static ParameterFile Load(string path, string displayPath)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllBytes(path), new JsonDocumentOptions
            {
                CommentHandling = JsonCommentHandling.Skip,
                AllowTrailingCommas = true,
            });
        }
        catch (JsonException e)
        {
            throw new UsageException(
                $"{displayPath} is not valid JSON (line {e.LineNumber + 1}, position {e.BytePositionInLine + 1}): {FirstSentence(e.Message)} " +
                "Fix the file; it must be one object such as { \"Version\": \"1.2.0\" }.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
                throw new UsageException($"{displayPath} must hold one JSON object such as {{ \"Version\": \"1.2.0\" }}, not a {document.RootElement.ValueKind}.");

            var values = new Dictionary<string, (string, ParameterValue)>();
            foreach (var property in document.RootElement.EnumerateObject())
            {
                if (property.Name.StartsWith('$') || property.Value.ValueKind == JsonValueKind.Null) continue;
                values[Naming.Normalize(property.Name)] = (property.Name,
                    new ParameterValue(ToStrings(property.Value, property.Name, displayPath), displayPath));
            }

            return new ParameterFile(displayPath, values);
        }
    }

    private static IReadOnlyList<string> ToStrings(JsonElement element, string key, string file) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [element.GetRawText()],
        JsonValueKind.Array => element.EnumerateArray().SelectMany(e => ToStrings(e, key, file)).ToArray(),
        _ => throw new UsageException($"{file}: \"{key}\" must be a string, number, boolean or array, not an {element.ValueKind}."),
    };

    private static string FirstSentence(string message) => message.Split(" Path:")[0].Split(" LineNumber:")[0];
}
