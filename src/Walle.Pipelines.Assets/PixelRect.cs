namespace Walle.Pipelines.Assets;

/// <summary>A rectangle in pixels, origin at the top-left.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct PixelRect(int X, int Y, int Width, int Height);

/// <summary>A size in pixels.</summary>
/// <param name="Width">Width.</param>
/// <param name="Height">Height.</param>
public readonly record struct PixelSize(int Width, int Height);
