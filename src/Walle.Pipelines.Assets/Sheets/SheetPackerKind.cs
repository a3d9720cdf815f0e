namespace Walle.Pipelines.Assets.Sheets;

/// <summary>Which packer builds sprite sheets.</summary>
public enum SheetPackerKind
{
    /// <summary>Walle's own MaxRects packer: no licence, runs anywhere.</summary>
    BuiltIn,

    /// <summary>The licensed TexturePacker CLI (on licensed hosts; other machines reuse its cached results).</summary>
    TexturePacker,
}
