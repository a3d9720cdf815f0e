using System.Runtime.InteropServices;
using SkiaSharp;

namespace Walle.Pipelines.Assets.Packing;

/// <summary>A texture being composed: RGBA pixels (not premultiplied) that sprites are copied into, then saved as PNG.</summary>
internal sealed class PageImage(int width, int height)
{
    private readonly byte[] _pixels = new byte[width * height * 4];

    public int Width { get; } = width;
    public int Height { get; } = height;

    /// <summary>Copies <paramref name="sprite"/> with its top-left at (x, y); rotated 90° clockwise when asked.</summary>
    public void Draw(SpriteImage sprite, int x, int y, bool rotated)
    {
        var source = sprite.Pixels;
        if (!rotated)
        {
            for (var row = 0; row < sprite.Height; row++)
                source.AsSpan(row * sprite.Width * 4, sprite.Width * 4).CopyTo(_pixels.AsSpan(((y + row) * Width + x) * 4));
            return;
        }
        // Clockwise: source (sx, sy) lands at (x + height - 1 - sy, y + sx).
        var pixels = MemoryMarshal.Cast<byte, uint>(_pixels.AsSpan());
        var sourcePixels = MemoryMarshal.Cast<byte, uint>(source.AsSpan());
        for (var sy = 0; sy < sprite.Height; sy++)
        {
            var column = x + sprite.Height - 1 - sy;
            for (var sx = 0; sx < sprite.Width; sx++)
                pixels[(y + sx) * Width + column] = sourcePixels[sy * sprite.Width + sx];
        }
    }

    /// <summary>Repeats the edge pixels of the rectangle <paramref name="area"/> <paramref name="count"/> times outwards.</summary>
    public void Extrude(PixelRect area, int count)
    {
        if (count <= 0) return;
        var pixels = MemoryMarshal.Cast<byte, uint>(_pixels.AsSpan());
        for (var k = 1; k <= count; k++)
        {
            pixels.Slice(area.Y * Width + area.X, area.Width).CopyTo(pixels.Slice((area.Y - k) * Width + area.X, area.Width));
            var bottom = area.Y + area.Height - 1;
            pixels.Slice(bottom * Width + area.X, area.Width).CopyTo(pixels.Slice((bottom + k) * Width + area.X, area.Width));
        }
        for (var row = area.Y - count; row < area.Y + area.Height + count; row++)
        {
            var left = pixels[row * Width + area.X];
            var right = pixels[row * Width + area.X + area.Width - 1];
            for (var k = 1; k <= count; k++)
            {
                pixels[row * Width + area.X - k] = left;
                pixels[row * Width + area.X + area.Width - 1 + k] = right;
            }
        }
    }

    /// <summary>Multiplies every colour by its alpha.</summary>
    public void Premultiply()
    {
        for (var i = 0; i < _pixels.Length; i += 4)
        {
            var alpha = _pixels[i + 3];
            if (alpha == 255) continue;
            _pixels[i] = (byte)((_pixels[i] * alpha + 127) / 255);
            _pixels[i + 1] = (byte)((_pixels[i + 1] * alpha + 127) / 255);
            _pixels[i + 2] = (byte)((_pixels[i + 2] * alpha + 127) / 255);
        }
    }

    /// <summary>Encodes the pixels as they are (no alpha conversion) into a PNG file.</summary>
    public void SavePng(string path)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Marshal.Copy(_pixels, 0, bitmap.GetPixels(), _pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        using var file = File.Create(path);
        data.SaveTo(file);
    }
}
