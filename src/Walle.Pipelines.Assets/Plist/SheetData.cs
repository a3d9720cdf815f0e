namespace Walle.Pipelines.Assets.Plist;

/// <summary>The content of a cocos2d-x sprite sheet data file (one texture).</summary>
/// <param name="Format">Plist format number (2 or 3).</param>
/// <param name="TextureFileName">The texture file name, relative to the data file.</param>
/// <param name="Size">Texture size.</param>
/// <param name="Frames">Frames, ordered by name.</param>
/// <param name="PixelFormat">Pixel format name (format 3 only), e.g. <c>RGBA8888</c>.</param>
/// <param name="PremultiplyAlpha">Whether colours are premultiplied (format 3 only).</param>
public sealed record SheetData(
    int Format, string TextureFileName, PixelSize Size, IReadOnlyList<SheetFrame> Frames,
    string? PixelFormat = null, bool PremultiplyAlpha = false)
{
    /// <summary>Every name the sheet resolves: each frame's name and aliases.</summary>
    public IEnumerable<string> FrameNames => Frames.SelectMany(f => f.Names);
}
