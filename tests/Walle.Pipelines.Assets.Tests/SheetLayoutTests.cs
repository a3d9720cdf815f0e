using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.Tests;

public sealed class SheetLayoutTests
{
    private static List<PixelSize> RandomSizes(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => new PixelSize(random.Next(4, 70), random.Next(4, 70))).ToList();
    }

    [Theory]
    [InlineData(PlacementRule.BestShortSideFit)]
    [InlineData(PlacementRule.SmallestBounds)]
    public void Placed_rectangles_stay_inside_the_bin_and_never_overlap(PlacementRule rule)
    {
        var bin = new MaxRectsBin(300, 300, allowRotation: true, rule);
        var placed = new List<(int X, int Y, int W, int H)>();
        foreach (var size in RandomSizes(200, 4))
        {
            if (!bin.TryInsert(size.Width, size.Height, out var p)) continue;
            var (w, h) = p.Rotated ? (size.Height, size.Width) : (size.Width, size.Height);
            Assert.InRange(p.X + w, 1, 300);
            Assert.InRange(p.Y + h, 1, 300);
            Assert.DoesNotContain(placed, o => p.X < o.X + o.W && o.X < p.X + w && p.Y < o.Y + o.H && o.Y < p.Y + h);
            placed.Add((p.X, p.Y, w, h));
        }
        Assert.True(placed.Count > 20, $"only {placed.Count} placed");
    }

    [Fact]
    public void Layout_uses_most_of_the_texture()
    {
        var sizes = RandomSizes(400, 9);
        var pages = SheetLayout.Plan("t", sizes, new LayoutRules(4096, 4096, 0, 0, true, false, false));
        var page = Assert.Single(pages);
        var efficiency = (double)sizes.Sum(s => (long)s.Width * s.Height) / ((long)page.Size.Width * page.Size.Height);
        Assert.True(efficiency > 0.95, $"efficiency {efficiency:0.000} with {page.Size}");
    }

    [Fact]
    public void Layout_honours_border_and_shape_padding()
    {
        var sizes = RandomSizes(60, 2);
        var page = SheetLayout.Plan("t", sizes, new LayoutRules(1024, 1024, 3, 2, false, false, false)).Single();
        var rects = page.Items.Select(i => (i.Placement.X, i.Placement.Y, sizes[i.Index].Width, sizes[i.Index].Height)).ToList();
        foreach (var r in rects)
        {
            Assert.True(r.X >= 3 && r.Y >= 3 && r.X + r.Width <= page.Size.Width - 3 && r.Y + r.Height <= page.Size.Height - 3, $"{r} in {page.Size}");
            Assert.DoesNotContain(rects, o => o != r &&
                r.X < o.X + o.Width + 2 && o.X < r.X + r.Width + 2 && r.Y < o.Y + o.Height + 2 && o.Y < r.Y + r.Height + 2);
        }
    }

    [Fact]
    public void A_sprite_that_fits_only_rotated_is_rotated_and_one_that_never_fits_is_an_error()
    {
        var rotated = SheetLayout.Plan("t", [new PixelSize(200, 50)], new LayoutRules(64, 256, 0, 0, true, false, false)).Single();
        Assert.True(rotated.Items.Single().Placement.Rotated);
        var error = Assert.Throws<SheetException>(() =>
            SheetLayout.Plan("t", [new PixelSize(200, 50)], new LayoutRules(64, 256, 0, 0, false, false, false)));
        Assert.Contains("do not fit", error.Message);
    }
}
