using System.Text.Json;
using System.Text.Json.Serialization;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>What a layout uses, learnt by exporting it once: a pure function of its bytes and the settings.</summary>
/// <param name="Dependencies">Resource files and sheet plists, by the names the layout gives them, in name order.</param>
/// <param name="Embedded">Layouts it embeds (ProjectNode), relative to the UI folder, in name order.</param>
/// <param name="Warnings">What the export warned (unknown widgets kept as nodes), repeated when the binary is restored.</param>
internal sealed record LayoutUses(IReadOnlyList<string> Dependencies, IReadOnlyList<string> Embedded, IReadOnlyList<string> Warnings)
{
    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, LayoutUsesJson.Default.LayoutUses);

    /// <summary>The uses in <paramref name="json"/>, or null when it is not what <see cref="ToJson"/> writes.</summary>
    public static LayoutUses? FromJson(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, LayoutUsesJson.Default.LayoutUses) is { Dependencies: not null, Embedded: not null, Warnings: not null } uses ? uses : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(LayoutUses))]
internal sealed partial class LayoutUsesJson : JsonSerializerContext;
