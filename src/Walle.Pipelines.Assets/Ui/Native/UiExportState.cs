using System.Text.Json;
using System.Text.Json.Serialization;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>
/// What the last export left behind, per layout: its key, the resource files it used (by name), the layouts it embeds and its
/// output's size and modification time. A layout whose key (recomputed from these dependencies' current hashes) is
/// unchanged and whose output is untouched is up to date without being parsed.
/// </summary>
internal sealed class UiExportState
{
    public const string FileName = "ui-export.json";

    public Dictionary<string, LayoutStamp> Layouts { get; init; } = new(StringComparer.Ordinal);

    public static UiExportState Load(string stateDirectory)
    {
        var path = Path.Combine(stateDirectory, FileName);
        if (!File.Exists(path)) return new UiExportState();
        try
        {
            using var file = File.OpenRead(path);
            var layouts = JsonSerializer.Deserialize(file, UiExportStateJson.Default.DictionaryStringLayoutStamp);
            return new UiExportState { Layouts = layouts is null ? new(StringComparer.Ordinal) : new(layouts, StringComparer.Ordinal) };
        }
        catch (JsonException)
        {
            return new UiExportState();
        }
    }

    public void Save(string stateDirectory)
    {
        Directory.CreateDirectory(stateDirectory);
        var path = Path.Combine(stateDirectory, FileName);
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        using (var file = File.Create(temporary))
            JsonSerializer.Serialize(file, new SortedDictionary<string, LayoutStamp>(Layouts, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal),
                UiExportStateJson.Default.DictionaryStringLayoutStamp);
        File.Move(temporary, path, overwrite: true);
    }
}

/// <summary>One layout's entry in the export state.</summary>
internal sealed record LayoutStamp(string Key, IReadOnlyList<string> Dependencies, IReadOnlyList<string> Embedded, string Output, long Size, long Modified)
{
    /// <summary>What the layout uses, as its content key needs it.</summary>
    [JsonIgnore]
    public LayoutUses Uses => new(Dependencies, Embedded, []);

    public bool OutputUntouched(string outputDirectory) => SheetStamp.IsUntouched(outputDirectory, (Output, Size, Modified));
}

[JsonSerializable(typeof(Dictionary<string, LayoutStamp>))]
internal sealed partial class UiExportStateJson : JsonSerializerContext;
