using System.Runtime.InteropServices;
using SkiaSharp;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Packing;

/// <summary>A decoded sprite: RGBA pixels, 8 bits per channel, not premultiplied, rows top to bottom.</summary>
internal sealed class SpriteImage(int width, int height, byte[] pixels)
{
    public int Width { get; } = width;
    public int Height { get; } = height;
    public byte[] Pixels { get; } = pixels;

    /// <summary>Decodes an image file; a damaged file or a non-PNG file named <c>.png</c> is a <see cref="SheetException"/>.</summary>
    public static SpriteImage Load(string sheetName, string path)
    {
        using var codec = SKCodec.Create(path, out var status);
        if (codec is null)
            throw new SheetException($"Sheet '{sheetName}': '{path}' is not a readable image ({status}). Re-export it as PNG.");
        if (path.EndsWith(".png", StringComparison.OrdinalIgnoreCase) && codec.EncodedFormat != SKEncodedImageFormat.Png)
            throw new SheetException($"Sheet '{sheetName}': '{path}' is named .png but is {codec.EncodedFormat}. Re-export it as PNG.");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var pixels = new byte[info.BytesSize];
        var handle = GCHandle.Alloc(pixels, GCHandleType.Pinned);
        try
        {
            var result = codec.GetPixels(info, handle.AddrOfPinnedObject());
            if (result != SKCodecResult.Success)
                throw new SheetException($"Sheet '{sheetName}': '{path}' is damaged ({result}). Re-export it as PNG.");
        }
        finally
        {
            handle.Free();
        }
        return new SpriteImage(info.Width, info.Height, pixels);
    }

    /// <summary>This image resized by <paramref name="scale"/> (at least 1×1).</summary>
    public SpriteImage Scaled(double scale)
    {
        if (scale == 1.0) return this;
        var width = Math.Max(1, (int)Math.Round(Width * scale));
        var height = Math.Max(1, (int)Math.Round(Height * scale));
        using var source = ToBitmap();
        using var resized = source.Resize(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul),
            new SKSamplingOptions(SKCubicResampler.Mitchell));
        return new SpriteImage(width, height, resized.GetPixelSpan().ToArray());
    }

    /// <summary>The smallest rectangle holding every pixel with non-zero alpha; 1×1 at the origin for a fully transparent image.</summary>
    public PixelRect OpaqueBounds()
    {
        int left = Width, top = Height, right = -1, bottom = -1;
        for (var y = 0; y < Height; y++)
        {
            var row = Pixels.AsSpan(y * Width * 4, Width * 4);
            var first = -1;
            for (var x = 0; x < Width; x++)
                if (row[x * 4 + 3] != 0) { first = x; break; }
            if (first < 0) continue;
            var last = first;
            for (var x = Width - 1; x > first; x--)
                if (row[x * 4 + 3] != 0) { last = x; break; }
            left = Math.Min(left, first);
            right = Math.Max(right, last);
            top = Math.Min(top, y);
            bottom = y;
        }
        return right < 0 ? new PixelRect(0, 0, 1, 1) : new PixelRect(left, top, right - left + 1, bottom - top + 1);
    }

    /// <summary>A copy of the pixels inside <paramref name="rect"/>.</summary>
    public SpriteImage Crop(PixelRect rect)
    {
        if (rect.X == 0 && rect.Y == 0 && rect.Width == Width && rect.Height == Height) return this;
        var pixels = new byte[rect.Width * rect.Height * 4];
        for (var y = 0; y < rect.Height; y++)
            Pixels.AsSpan(((rect.Y + y) * Width + rect.X) * 4, rect.Width * 4).CopyTo(pixels.AsSpan(y * rect.Width * 4));
        return new SpriteImage(rect.Width, rect.Height, pixels);
    }

    private SKBitmap ToBitmap()
    {
        var bitmap = new SKBitmap(new SKImageInfo(Width, Height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Marshal.Copy(Pixels, 0, bitmap.GetPixels(), Pixels.Length);
        return bitmap;
    }
}
