using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Packing;

/// <summary>
/// Walle's own sprite sheet packer: MaxRects (best short side fit) with trim, rotation, padding, extrude, multipack,
/// power-of-two sizes and scale variants; PNG through SkiaSharp; cocos2d-x plist format 2 or 3. Needs no licence and
/// gives byte-identical output for identical input. Sprites identical after trim are packed once, the other names
/// becoming aliases of the first (<see cref="IdenticalSprites"/>).
/// </summary>
public static class BuiltInPacker
{
    /// <summary>Version of the packer's output; part of every cache key, bump it when the output changes.</summary>
    public const string Version = "2";

    /// <summary>
    /// Packs the sheet and writes its textures and plists into <see cref="SpriteSheetSettings.OutputDirectory"/>.
    /// Everything is composed first and written last, so bad input leaves no partial output.
    /// </summary>
    /// <returns>The written files, relative to the output folder, in order.</returns>
    public static Task<IReadOnlyList<string>> PackAsync(SpriteSheetSettings sheet, CancellationToken cancellationToken = default) =>
        Task.Run(() => Pack(sheet, cancellationToken), cancellationToken);

    private static IReadOnlyList<string> Pack(SpriteSheetSettings sheet, CancellationToken cancellationToken)
    {
        if (sheet.TextureFormat != TextureFormat.Png)
            throw new SheetException($"Sheet '{sheet.Name}': the built-in packer writes PNG only, not {sheet.TextureFormat}.",
                                     SheetProblem.FormatNotBuiltIn);
        var files = SpriteFiles.Find(sheet);
        var images = new SpriteImage[files.Count];
        var errors = new SheetException?[files.Count];
        Parallel.For(0, files.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            try { images[i] = SpriteImage.Load(sheet.Name, files[i].Path); }
            catch (SheetException e) { errors[i] = e; }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error) throw error;

        var outputs = new List<(string File, Action<string> Write)>();
        foreach (var variant in sheet.Variants)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outputs.AddRange(PackVariant(sheet, variant, files, images));
        }
        Directory.CreateDirectory(sheet.OutputDirectory);
        using var staging = new StagingFolder(sheet.OutputDirectory, sheet.Name);
        foreach (var (file, write) in outputs) write(Path.Combine(staging.Path, file));
        staging.Publish(outputs.Select(o => o.File));
        return outputs.Select(o => o.File).ToList();
    }

    private static IEnumerable<(string, Action<string>)> PackVariant(
        SpriteSheetSettings sheet, ScaleVariant variant, IReadOnlyList<SpriteFile> files, SpriteImage[] images)
    {
        var sources = new SpriteImage[images.Length];
        var trims = new PixelRect[images.Length];
        var trimmed = new SpriteImage[images.Length];
        Parallel.For(0, images.Length, i =>
        {
            sources[i] = images[i].Scaled(variant.Scale);
            trims[i] = sheet.Trim ? sources[i].OpaqueBounds() : new PixelRect(0, 0, sources[i].Width, sources[i].Height);
            trimmed[i] = sources[i].Crop(trims[i]);
        });
        var groups = IdenticalSprites.Group(trimmed, trims, sources);
        var extrude = sheet.Extrude;
        var sizes = groups.Select(g => new PixelSize(trimmed[g[0]].Width + 2 * extrude, trimmed[g[0]].Height + 2 * extrude)).ToList();
        CheckSizes(sheet, groups.Select(g => files[g[0]]).ToList(), sizes);
        var rules = new LayoutRules(sheet.MaxWidth, sheet.MaxHeight, sheet.BorderPadding, sheet.ShapePadding,
            sheet.AllowRotation, sheet.SizeConstraint == SizeConstraint.Pot, sheet.Multipack);
        var pages = SheetLayout.Plan(sheet.Name, sizes, rules);

        for (var p = 0; p < pages.Count; p++)
        {
            var page = pages[p];
            var baseName = sheet.Name + variant.Suffix + (sheet.Multipack ? $"-{p}" : "");
            var image = new PageImage(page.Size.Width, page.Size.Height);
            var frames = new List<SheetFrame>();
            foreach (var (g, placement) in page.Items)
            {
                var i = groups[g][0];
                var sprite = trimmed[i];
                var x = placement.X + extrude;
                var y = placement.Y + extrude;
                image.Draw(sprite, x, y, placement.Rotated);
                var area = placement.Rotated ? new PixelRect(x, y, sprite.Height, sprite.Width) : new PixelRect(x, y, sprite.Width, sprite.Height);
                image.Extrude(area, extrude);
                var trim = trims[i];
                var source = sources[i];
                frames.Add(new SheetFrame(files[i].Name, new PixelRect(x, y, sprite.Width, sprite.Height), placement.Rotated,
                    (trim.X + trim.Width / 2.0 - source.Width / 2.0, source.Height / 2.0 - (trim.Y + trim.Height / 2.0)),
                    trim, new PixelSize(source.Width, source.Height)) { Aliases = groups[g].Skip(1).Select(a => files[a].Name).ToList() });
            }
            if (sheet.PremultiplyAlpha) image.Premultiply();
            var data = new SheetData((int)sheet.Format, baseName + ".png", page.Size, frames,
                PixelFormatName(sheet.PixelFormat), sheet.PremultiplyAlpha);
            yield return (baseName + ".png", image.SavePng);
            yield return (baseName + ".plist", path => File.WriteAllText(path, CocosPlist.Write(data)));
        }
    }

    private static void CheckSizes(SpriteSheetSettings sheet, IReadOnlyList<SpriteFile> files, List<PixelSize> sizes)
    {
        var room = new PixelSize(sheet.MaxWidth - 2 * sheet.BorderPadding, sheet.MaxHeight - 2 * sheet.BorderPadding);
        for (var i = 0; i < sizes.Count; i++)
        {
            var s = sizes[i];
            var fits = (s.Width <= room.Width && s.Height <= room.Height) ||
                       (sheet.AllowRotation && s.Height <= room.Width && s.Width <= room.Height);
            if (!fits)
                throw new SheetException(
                    $"Sheet '{sheet.Name}': sprite '{files[i].Name}' is {s.Width - 2 * sheet.Extrude}x{s.Height - 2 * sheet.Extrude} pixels " +
                    $"(after trim and scale), larger than the {sheet.MaxWidth}x{sheet.MaxHeight} max texture size " +
                    $"(border padding {sheet.BorderPadding}, extrude {sheet.Extrude}). Shrink the sprite or raise MaxWidth/MaxHeight.");
        }
    }

    /// <summary>The name cocos2d-x uses for a pixel format.</summary>
    public static string PixelFormatName(PixelFormat format) => format switch
    {
        PixelFormat.Rgba4444 => "RGBA4444",
        PixelFormat.Rgb565 => "RGB565",
        PixelFormat.Rgba5551 => "RGB5A1",
        _ => "RGBA8888",
    };
}
