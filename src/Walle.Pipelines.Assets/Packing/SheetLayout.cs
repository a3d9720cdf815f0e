using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Packing;

/// <summary>Rules for laying out rectangles on textures.</summary>
/// <param name="MaxWidth">Largest texture width.</param>
/// <param name="MaxHeight">Largest texture height.</param>
/// <param name="BorderPadding">Space between rectangles and texture edges.</param>
/// <param name="ShapePadding">Space between rectangles.</param>
/// <param name="AllowRotation">Rectangles may be rotated by 90°.</param>
/// <param name="PowerOfTwo">Texture sizes are powers of two.</param>
/// <param name="Multipack">Several textures are allowed.</param>
public sealed record LayoutRules(int MaxWidth, int MaxHeight, int BorderPadding, int ShapePadding, bool AllowRotation, bool PowerOfTwo, bool Multipack);

/// <summary>One texture of a layout: its size and the rectangles on it.</summary>
/// <param name="Size">Texture size.</param>
/// <param name="Items">Placed rectangles: index into the input, top-left corner (padding included) and rotation.</param>
public sealed record LayoutPage(PixelSize Size, IReadOnlyList<(int Index, Placement Placement)> Items);

/// <summary>
/// Chooses texture sizes and places rectangles with <see cref="MaxRectsBin"/>: it tries a range of widths around the
/// square root of the total area and keeps the smallest texture that holds everything; with multipack, a texture is
/// filled at the largest size first and the rest goes on the next texture.
/// </summary>
public static class SheetLayout
{
    private static readonly double[] WidthFactors = [0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.35, 1.5, 1.75, 2.0];

    /// <summary>Lays out rectangles (sizes without padding). Fails when they cannot fit under the rules.</summary>
    public static IReadOnlyList<LayoutPage> Plan(string sheetName, IReadOnlyList<PixelSize> sizes, LayoutRules rules)
    {
        var order = Enumerable.Range(0, sizes.Count)
            .OrderByDescending(i => Math.Max(sizes[i].Width, sizes[i].Height))
            .ThenByDescending(i => Math.Min(sizes[i].Width, sizes[i].Height))
            .ThenBy(i => i)
            .ToList();
        var pages = new List<LayoutPage>();
        while (order.Count > 0)
        {
            var page = TryFitAll(order, sizes, rules);
            if (page is not null)
            {
                pages.Add(page);
                break;
            }
            var bin = NewBin(rules.MaxWidth, rules.MaxHeight, rules);
            var placed = order.Where(i => Insert(bin, sizes[i], rules, out _)).ToList();
            if (!rules.Multipack || placed.Count == 0)
                throw new SheetException(
                    $"Sheet '{sheetName}': {order.Count - placed.Count} of {sizes.Count} sprites do not fit in one " +
                    $"{rules.MaxWidth}x{rules.MaxHeight} texture. Enable multipack, raise the max size, or split the sheet.");
            pages.Add(TryFitAll(placed, sizes, rules) ?? throw new InvalidOperationException("A packed subset must fit again."));
            var done = placed.ToHashSet();
            order = order.Where(i => !done.Contains(i)).ToList();
        }
        return pages;
    }

    private static LayoutPage? TryFitAll(List<int> order, IReadOnlyList<PixelSize> sizes, LayoutRules rules)
    {
        var pad = rules.ShapePadding;
        long area = order.Sum(i => (long)(sizes[i].Width + pad) * (sizes[i].Height + pad));
        LayoutPage? best = null;
        foreach (var (width, height) in Candidates(area, rules))
        {
            if (best is not null && (long)width * height >= (long)best.Size.Width * best.Size.Height && rules.PowerOfTwo) break;
            var page = TryPack(order, sizes, rules, width, height);
            if (page is null) continue;
            if (best is null || (long)page.Size.Width * page.Size.Height < (long)best.Size.Width * best.Size.Height) best = page;
        }
        return best;
    }

    private static IEnumerable<(int Width, int Height)> Candidates(long area, LayoutRules rules)
    {
        if (rules.PowerOfTwo)
        {
            var sides = new List<int>();
            for (var side = 1; side <= Math.Max(rules.MaxWidth, rules.MaxHeight); side *= 2) sides.Add(side);
            return sides.SelectMany(w => sides.Select(h => (w, h)))
                .Where(s => s.w <= rules.MaxWidth && s.h <= rules.MaxHeight && (long)s.w * s.h >= area)
                .OrderBy(s => (long)s.w * s.h).ThenBy(s => Math.Abs(s.w - s.h)).ThenByDescending(s => s.w);
        }
        var root = Math.Sqrt(area) + 2 * rules.BorderPadding;
        return WidthFactors.Select(f => Math.Min(rules.MaxWidth, (int)Math.Ceiling(root * f)))
            .Append(rules.MaxWidth).Distinct().Select(w => (w, rules.MaxHeight));
    }

    private static LayoutPage? TryPack(List<int> order, IReadOnlyList<PixelSize> sizes, LayoutRules rules, int width, int height)
    {
        var bin = NewBin(width, height, rules);
        var items = new List<(int, Placement)>(order.Count);
        foreach (var i in order)
        {
            if (!Insert(bin, sizes[i], rules, out var placement)) return null;
            items.Add((i, placement));
        }
        var border = rules.BorderPadding;
        var usedWidth = Math.Max(1, bin.UsedWidth - rules.ShapePadding + 2 * border);
        var usedHeight = Math.Max(1, bin.UsedHeight - rules.ShapePadding + 2 * border);
        var size = rules.PowerOfTwo ? new PixelSize(width, height) : new PixelSize(usedWidth, usedHeight);
        return new LayoutPage(size, items.Select(p => (p.Item1, p.Item2 with { X = p.Item2.X + border, Y = p.Item2.Y + border })).ToList());
    }

    private static MaxRectsBin NewBin(int width, int height, LayoutRules rules) =>
        new(width - 2 * rules.BorderPadding + rules.ShapePadding, height - 2 * rules.BorderPadding + rules.ShapePadding, rules.AllowRotation);

    private static bool Insert(MaxRectsBin bin, PixelSize size, LayoutRules rules, out Placement placement) =>
        bin.TryInsert(size.Width + rules.ShapePadding, size.Height + rules.ShapePadding, out placement);
}
