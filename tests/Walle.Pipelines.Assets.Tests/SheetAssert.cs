using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Plist;

namespace Walle.Pipelines.Assets.Tests;

/// <summary>Checks a packed sheet against its source images, pixel by pixel.</summary>
internal static class SheetAssert
{
    /// <summary>
    /// Every frame of every plist in <paramref name="plists"/>: source size, trimmed rectangle (recomputed here from
    /// alpha), offset, rotation and every pixel of each name (aliases included); frames inside the texture and not
    /// overlapping. Returns the number of names checked.
    /// </summary>
    public static int FramesMatchSources(IEnumerable<string> plists, string sourceFolder, int extrude = 0, double scale = 1.0, bool trim = true)
    {
        var checkedFrames = 0;
        foreach (var plist in plists)
        {
            var data = CocosPlist.Read(plist);
            var texture = SpriteImage.Load("test", Path.Combine(Path.GetDirectoryName(plist)!, data.TextureFileName));
            Assert.Equal(data.Size, new PixelSize(texture.Width, texture.Height));
            var covered = new List<PixelRect>();
            foreach (var (frame, name) in data.Frames.SelectMany(f => f.Names.Select(n => (f, n))))
            {
                var source = SpriteImage.Load("test", Path.Combine(sourceFolder, name));
                if (scale != 1.0) source = source.Scaled(scale);
                Assert.Equal(new PixelSize(source.Width, source.Height), frame.SourceSize);
                var bounds = trim ? AlphaBounds(source) : new PixelRect(0, 0, source.Width, source.Height);
                Assert.Equal(bounds, frame.SourceColorRect);
                Assert.Equal(bounds.Width, frame.TextureRect.Width);
                Assert.Equal(bounds.Height, frame.TextureRect.Height);
                Assert.Equal(bounds.X + bounds.Width / 2.0 - source.Width / 2.0, frame.Offset.X, 3);
                Assert.Equal(source.Height / 2.0 - (bounds.Y + bounds.Height / 2.0), frame.Offset.Y, 3);
                var r = frame.TextureRect;
                var onTexture = frame.Rotated ? new PixelRect(r.X, r.Y, r.Height, r.Width) : r;
                Assert.InRange(onTexture.X - extrude, 0, texture.Width);
                Assert.InRange(onTexture.Y - extrude, 0, texture.Height);
                Assert.InRange(onTexture.X + onTexture.Width + extrude, 0, texture.Width);
                Assert.InRange(onTexture.Y + onTexture.Height + extrude, 0, texture.Height);
                // An alias (format 3 name list, or a format 2 entry with the same rectangle) shares its frame's pixels.
                if (!covered.Contains(onTexture))
                {
                    foreach (var other in covered)
                        Assert.False(Overlaps(other, onTexture), $"frame '{name}' overlaps another frame in {data.TextureFileName}");
                    covered.Add(onTexture);
                }
                for (var y = 0; y < bounds.Height; y++)
                for (var x = 0; x < bounds.Width; x++)
                {
                    var (tx, ty) = frame.Rotated ? (r.X + bounds.Height - 1 - y, r.Y + x) : (r.X + x, r.Y + y);
                    var expected = Pixel(source, bounds.X + x, bounds.Y + y);
                    var actual = Pixel(texture, tx, ty);
                    if (expected != actual)
                        Assert.Fail($"'{name}' pixel ({bounds.X + x},{bounds.Y + y}) is {expected:x8} in the source, {actual:x8} in the texture at ({tx},{ty})");
                }
                checkedFrames++;
            }
        }
        return checkedFrames;
    }

    public static uint Pixel(SpriteImage image, int x, int y) => BitConverter.ToUInt32(image.Pixels, (y * image.Width + x) * 4);

    private static PixelRect AlphaBounds(SpriteImage image)
    {
        int minX = int.MaxValue, minY = int.MaxValue, maxX = -1, maxY = -1;
        for (var y = 0; y < image.Height; y++)
        for (var x = 0; x < image.Width; x++)
        {
            if (image.Pixels[(y * image.Width + x) * 4 + 3] == 0) continue;
            minX = Math.Min(minX, x); minY = Math.Min(minY, y); maxX = Math.Max(maxX, x); maxY = Math.Max(maxY, y);
        }
        return maxX < 0 ? new PixelRect(0, 0, 1, 1) : new PixelRect(minX, minY, maxX - minX + 1, maxY - minY + 1);
    }

    private static bool Overlaps(PixelRect a, PixelRect b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;
}
