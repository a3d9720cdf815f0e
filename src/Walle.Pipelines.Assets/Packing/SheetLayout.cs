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
    private static readonly double[] WidthFactors = [0.7, 0.8, 0.85, 0.9, 0.95, 1.0, 1.05, 1.1, 1.15, 1.2, 1.3, 1.4, 1.5, 1.75, 2.0];

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
        if (rules.PowerOfTwo)
        {
            // Candidates come smallest first: the first that holds everything is the answer.
            foreach (var (width, height, rule) in Candidates(area, rules))
                if (TryPack(order, sizes, rules, width, height, rule) is { } page) return page;
            return null;
        }
        // Any size: every (width, rule) attempt runs, in parallel; the smallest texture wins, ties by attempt index.
        var attempts = Candidates(area, rules).ToList();
        var pages = new LayoutPage?[attempts.Count];
        Parallel.For(0, attempts.Count, i => pages[i] = TryPack(order, sizes, rules, attempts[i].Width, attempts[i].Height, attempts[i].Rule));
        var finalists = Enumerable.Range(0, attempts.Count).Where(i => pages[i] is not null)
            .OrderBy(i => (long)pages[i]!.Size.Width * pages[i]!.Size.Height).ThenBy(i => i).Take(1)
            .SelectMany(i => new[] { (Page: pages[i]!, Rule: PlacementRule.BestShortSideFit), (Page: pages[i]!, Rule: PlacementRule.SmallestBounds) })
            .ToList();
        if (finalists.Count == 0) return null;
        var tightened = new LayoutPage[finalists.Count];
        Parallel.For(0, finalists.Count, i => tightened[i] = Tighten(order, sizes, rules, finalists[i].Page, finalists[i].Rule, area));
        return tightened.MinBy(p => (long)p.Size.Width * p.Size.Height);
    }

    /// <summary>Binary search for a lower texture at the winning width: a tighter bin makes MaxRects fill its gaps.</summary>
    private static LayoutPage Tighten(List<int> order, IReadOnlyList<PixelSize> sizes, LayoutRules rules, LayoutPage best, PlacementRule rule, long area)
    {
        var width = best.Size.Width;
        var low = (int)Math.Min(best.Size.Height, area / Math.Max(1, width - 2 * rules.BorderPadding + rules.ShapePadding) + 2 * rules.BorderPadding);
        var high = best.Size.Height - 1;
        while (low <= high)
        {
            var height = low + (high - low) / 2;
            var page = TryPack(order, sizes, rules, width, height, rule);
            if (page is not null && (long)page.Size.Width * page.Size.Height < (long)best.Size.Width * best.Size.Height)
            {
                best = page;
                high = height - 1;
            }
            else low = height + 1;
        }
        return best;
    }

    private static IEnumerable<(int Width, int Height, PlacementRule Rule)> Candidates(long area, LayoutRules rules)
    {
        if (rules.PowerOfTwo)
        {
            var sides = new List<int>();
            for (var side = 1; side <= Math.Max(rules.MaxWidth, rules.MaxHeight); side *= 2) sides.Add(side);
            return sides.SelectMany(w => sides.Select(h => (w, h)))
                .Where(s => s.w <= rules.MaxWidth && s.h <= rules.MaxHeight && (long)s.w * s.h >= area)
                .OrderBy(s => (long)s.w * s.h).ThenBy(s => Math.Abs(s.w - s.h)).ThenByDescending(s => s.w)
                .Select(s => (s.w, s.h, PlacementRule.BestShortSideFit));
        }
        var root = Math.Sqrt(area) + 2 * rules.BorderPadding;
        return WidthFactors.Select(f => Math.Min(rules.MaxWidth, (int)Math.Ceiling(root * f)))
            .Append(rules.MaxWidth).Distinct()
            .SelectMany(w => new[] { (w, rules.MaxHeight, PlacementRule.BestShortSideFit), (w, rules.MaxHeight, PlacementRule.SmallestBounds) });
    }

    private static LayoutPage? TryPack(List<int> order, IReadOnlyList<PixelSize> sizes, LayoutRules rules, int width, int height, PlacementRule rule)
    {
        var bin = NewBin(width, height, rules, rule);
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

    private static MaxRectsBin NewBin(int width, int height, LayoutRules rules, PlacementRule rule = PlacementRule.BestShortSideFit) =>
        new(width - 2 * rules.BorderPadding + rules.ShapePadding, height - 2 * rules.BorderPadding + rules.ShapePadding, rules.AllowRotation, rule);

    private static bool Insert(MaxRectsBin bin, PixelSize size, LayoutRules rules, out Placement placement) =>
        bin.TryInsert(size.Width + rules.ShapePadding, size.Height + rules.ShapePadding, out placement);
}
