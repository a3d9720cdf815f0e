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
    string Name, PixelRect TextureRect, bool Rotated, (double X, double Y) Offset, PixelRect SourceColorRect, PixelSize SourceSize)
{
    /// <summary>
    /// Other names of the same pixels (identical sprites packed once), ordered by name. Format 3 lists them in the
    /// frame's <c>aliases</c> array; format 2 writes one frame entry per name with the same rectangle.
    /// </summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The frame's name followed by its aliases: every name the engine resolves to this frame.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);
}
