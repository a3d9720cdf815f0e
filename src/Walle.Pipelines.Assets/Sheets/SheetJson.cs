using System.Text.Json.Serialization;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>Source-generated JSON for sheet settings (cache keys): no reflection start-up cost on a no-op build.</summary>
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
[JsonSerializable(typeof(SpriteSheetSettings))]
internal sealed partial class SheetJson : JsonSerializerContext;
