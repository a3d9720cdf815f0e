using Walle.Pipelines.Assets.TexturePacker.Projects;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// One sprite sheet: where its sprites are, where it is written, and how it is packed. Both packers (built-in and
/// TexturePacker) read the same record. Customise with <c>with</c> expressions.
/// </summary>
public sealed record SpriteSheetSettings
{
    /// <summary>Sheet name: the output files are <c>{Name}{variant suffix}.png</c> / <c>.plist</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Folders whose images (recursively) make up the sheet. Sprite names are paths relative to their folder.</summary>
    public required IReadOnlyList<string> SourceDirectories { get; init; }

    /// <summary>Single image files of the sheet besides its folders; each frame is named after its file name.</summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];

    /// <summary>
    /// The TexturePacker project (<c>.tps</c>) that defines this sheet, or null. TexturePacker packs the project
    /// itself; the built-in packer uses the settings read from it (<see cref="TexturePackerProject"/>).
    /// </summary>
    public string? ProjectFile { get; init; }

    /// <summary>Project options the built-in packer does not honour, one line each; logged as warnings when it packs the sheet.</summary>
    public IReadOnlyList<string> IgnoredByBuiltIn { get; init; } = [];

    /// <summary>Folder the sheet's textures and data files are written to.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>Data file format (cocos2d-x plist format 2 or 3).</summary>
    public PlistFormat Format { get; init; } = PlistFormat.Cocos2dxV3;

    /// <summary>Largest texture width in pixels.</summary>
    public int MaxWidth { get; init; } = 2048;

    /// <summary>Largest texture height in pixels.</summary>
    public int MaxHeight { get; init; } = 2048;

    /// <summary>Texture size constraint (any size or powers of two).</summary>
    public SizeConstraint SizeConstraint { get; init; } = SizeConstraint.AnySize;

    /// <summary>Transparent pixels between sprites.</summary>
    public int ShapePadding { get; init; } = 2;

    /// <summary>Transparent pixels between the sprites and the texture's edges.</summary>
    public int BorderPadding { get; init; } = 2;

    /// <summary>Removes transparent borders of sprites (the original size and offset are kept in the data file).</summary>
    public bool Trim { get; init; } = true;

    /// <summary>Lets the packer rotate sprites by 90° clockwise for a tighter fit.</summary>
    public bool AllowRotation { get; init; } = true;

    /// <summary>Repeats each sprite's edge pixels this many times around it (against flickering seams in tile maps).</summary>
    public int Extrude { get; init; }

    /// <summary>Writes several textures when the sprites do not fit in one (files named <c>{Name}{suffix}-{n}</c>, n from 0); otherwise that is an error.</summary>
    public bool Multipack { get; init; }

    /// <summary>Scale variants, each written as its own sheet; the default is one variant at scale 1 with no suffix.</summary>
    public IReadOnlyList<ScaleVariant> Variants { get; init; } = [ScaleVariant.Original];

    /// <summary>Texture file format.</summary>
    public TextureFormat TextureFormat { get; init; } = TextureFormat.Png;

    /// <summary>Pixel format recorded for the engine (and used by TexturePacker to reduce colours).</summary>
    public PixelFormat PixelFormat { get; init; } = PixelFormat.Rgba8888;

    /// <summary>Stores colours multiplied by alpha.</summary>
    public bool PremultiplyAlpha { get; init; }

    /// <summary>Removes the file extension from sprite names (<c>hero.png</c> becomes <c>hero</c>).</summary>
    public bool TrimSpriteNames { get; init; }
}

/// <summary>A scale variant of a sheet (e.g. <c>@2x</c> at 1.0 and an SD variant at 0.5).</summary>
/// <param name="Suffix">Appended to the sheet name in output file names; empty for the main variant.</param>
/// <param name="Scale">Scale applied to every sprite, in (0, 1] typically.</param>
public sealed record ScaleVariant(string Suffix, double Scale)
{
    /// <summary>Scale 1, no suffix.</summary>
    public static ScaleVariant Original { get; } = new("", 1.0);
}

/// <summary>cocos2d-x plist data format.</summary>
public enum PlistFormat
{
    /// <summary>Format 2: <c>frame</c>, <c>offset</c>, <c>rotated</c>, <c>sourceColorRect</c>, <c>sourceSize</c>.</summary>
    Cocos2dV2 = 2,

    /// <summary>Format 3: <c>textureRect</c>, <c>spriteOffset</c>, <c>textureRotated</c>, <c>spriteSourceSize</c>, <c>aliases</c>.</summary>
    Cocos2dxV3 = 3,
}

/// <summary>Texture size constraint.</summary>
public enum SizeConstraint
{
    /// <summary>Any width and height.</summary>
    AnySize,

    /// <summary>Width and height are powers of two.</summary>
    Pot,
}

/// <summary>Texture file format.</summary>
public enum TextureFormat
{
    /// <summary>PNG (the built-in packer writes only this one).</summary>
    Png,

    /// <summary>PVR, zlib-compressed (TexturePacker only).</summary>
    PvrCcz,

    /// <summary>WebP (TexturePacker only).</summary>
    Webp,
}

/// <summary>Texture pixel format.</summary>
public enum PixelFormat
{
    /// <summary>32-bit RGBA.</summary>
    Rgba8888,

    /// <summary>16-bit RGBA.</summary>
    Rgba4444,

    /// <summary>16-bit RGB, no alpha.</summary>
    Rgb565,

    /// <summary>16-bit RGBA with 1-bit alpha.</summary>
    Rgba5551,
}
