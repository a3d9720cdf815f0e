using System.Runtime.InteropServices;
using SkiaSharp;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// Deterministic generated sprite art (tests, benchmarks and the Vega sample): each sprite has a random size,
/// transparent margins of random width, and a body of gradient, noise and half-transparent pixels, so that any
/// misplaced, flipped or mis-trimmed pixel is visible in a comparison.
/// </summary>
public static class SpriteArt
{
    /// <summary>Writes <paramref name="count"/> PNG sprites named <c>{prefix}{i:0000}.png</c> into <paramref name="folder"/>.</summary>
    public static IReadOnlyList<string> Generate(string folder, int count, int seed, int minSize = 8, int maxSize = 96, string prefix = "sprite")
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(folder, $"{prefix}{i:0000}.png");
            WriteSprite(path, random, minSize, maxSize);
            paths.Add(path);
        }
        return paths;
    }

    /// <summary>Writes one sprite drawn from <paramref name="random"/>.</summary>
    public static void WriteSprite(string path, Random random, int minSize = 8, int maxSize = 96)
    {
        var width = random.Next(minSize, maxSize + 1);
        var height = random.Next(minSize, maxSize + 1);
        var left = random.Next(0, Math.Max(1, width / 4));
        var top = random.Next(0, Math.Max(1, height / 4));
        var right = random.Next(0, Math.Max(1, width / 4));
        var bottom = random.Next(0, Math.Max(1, height / 4));
        var hue = random.Next(256);
        var pixels = new byte[width * height * 4];
        for (var y = top; y < height - bottom; y++)
        for (var x = left; x < width - right; x++)
        {
            var o = (y * width + x) * 4;
            pixels[o] = (byte)(hue + x * 7);
            pixels[o + 1] = (byte)(y * 11 + random.Next(16));
            pixels[o + 2] = (byte)(x * y + hue);
            pixels[o + 3] = (byte)((x + y) % 5 == 0 ? 128 : 255);
        }
        WritePng(path, width, height, pixels);
    }

    /// <summary>Encodes straight-alpha RGBA pixels as a PNG file.</summary>
    public static void WritePng(string path, int width, int height, byte[] pixels)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        File.WriteAllBytes(path, data.ToArray());
    }
}
