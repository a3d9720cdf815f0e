namespace Walle.Pipelines.Assets.Plist;

/// <summary>One sprite frame of a cocos2d-x sheet.</summary>
/// <param name="Name">Frame name.</param>
/// <param name="TextureRect">Position in the texture and the trimmed sprite's size before rotation
/// (a rotated frame covers <c>Height × Width</c> pixels of the texture).</param>
/// <param name="Rotated">The sprite is stored rotated 90° clockwise.</param>
/// <param name="Offset">Centre of the trimmed rectangle minus centre of the original image, y pointing up.</param>
/// <param name="SourceColorRect">The trimmed rectangle inside the original image (origin top-left).</param>
/// <param name="SourceSize">The original image's size.</param>
public sealed record SheetFrame(
    string Name, PixelRect TextureRect, bool Rotated, (double X, double Y) Offset, PixelRect SourceColorRect, PixelSize SourceSize);
