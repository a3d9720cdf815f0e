namespace Walle.Pipelines.Assets.Packing;

/// <summary>
/// One bin of the MaxRects algorithm (Jylänki, "A Thousand Ways to Pack the Bin"). Free space is kept as maximal
/// free rectangles; only rectangles created by a placement are pruned. The placement rule is
/// <see cref="PlacementRule.BestShortSideFit"/> (the shorter leftover side is smallest, ties broken by the longer one)
/// or <see cref="PlacementRule.SmallestBounds"/> (the bounding box of everything placed grows least, ties broken by
/// best short side fit), which keeps a large bin's used part compact.
/// </summary>
public sealed class MaxRectsBin
{
    private readonly List<Rect> _free;
    private readonly List<Rect> _created = [];
    private readonly bool _allowRotation;
    private readonly PlacementRule _rule;

    /// <summary>An empty bin.</summary>
    public MaxRectsBin(int width, int height, bool allowRotation, PlacementRule rule = PlacementRule.BestShortSideFit)
    {
        _free = [new Rect(0, 0, width, height)];
        _allowRotation = allowRotation;
        _rule = rule;
    }

    /// <summary>The right-most edge of any placed rectangle.</summary>
    public int UsedWidth { get; private set; }

    /// <summary>The bottom-most edge of any placed rectangle.</summary>
    public int UsedHeight { get; private set; }

    /// <summary>Places a <paramref name="width"/> × <paramref name="height"/> rectangle; false when it does not fit.</summary>
    /// <param name="width">Width of the rectangle.</param>
    /// <param name="height">Height of the rectangle.</param>
    /// <param name="placement">Top-left corner, and whether the rectangle was rotated (then it covers height × width).</param>
    public bool TryInsert(int width, int height, out Placement placement)
    {
        var best = Score.Worst;
        placement = default;
        var free = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_free);
        foreach (ref readonly var f in free)
        {
            if (width <= f.Width && height <= f.Height)
                Consider(f, width, height, false, ref best, ref placement);
            if (_allowRotation && width != height && height <= f.Width && width <= f.Height)
                Consider(f, height, width, true, ref best, ref placement);
        }
        if (best == Score.Worst) return false;
        var used = placement.Rotated
            ? new Rect(placement.X, placement.Y, height, width)
            : new Rect(placement.X, placement.Y, width, height);
        Place(used);
        UsedWidth = Math.Max(UsedWidth, used.Right);
        UsedHeight = Math.Max(UsedHeight, used.Bottom);
        return true;
    }

    private void Consider(in Rect free, int width, int height, bool rotated, ref Score best, ref Placement placement)
    {
        var leftoverX = free.Width - width;
        var leftoverY = free.Height - height;
        var bounds = _rule == PlacementRule.SmallestBounds
            ? (long)Math.Max(UsedWidth, free.X + width) * Math.Max(UsedHeight, free.Y + height)
            : 0;
        var score = new Score(bounds, Math.Min(leftoverX, leftoverY), Math.Max(leftoverX, leftoverY));
        if (score.CompareTo(best) >= 0) return;
        best = score;
        placement = new Placement(free.X, free.Y, rotated);
    }

    private readonly record struct Score(long Bounds, int ShortSide, int LongSide) : IComparable<Score>
    {
        public static Score Worst { get; } = new(long.MaxValue, int.MaxValue, int.MaxValue);

        public int CompareTo(Score other) =>
            Bounds != other.Bounds ? Bounds.CompareTo(other.Bounds)
            : ShortSide != other.ShortSide ? ShortSide.CompareTo(other.ShortSide)
            : LongSide.CompareTo(other.LongSide);
    }

    private void Place(Rect used)
    {
        _created.Clear();
        for (var i = _free.Count - 1; i >= 0; i--)
        {
            var f = _free[i];
            if (!f.Intersects(used)) continue;
            if (used.X > f.X) _created.Add(new Rect(f.X, f.Y, used.X - f.X, f.Height));
            if (used.Right < f.Right) _created.Add(new Rect(used.Right, f.Y, f.Right - used.Right, f.Height));
            if (used.Y > f.Y) _created.Add(new Rect(f.X, f.Y, f.Width, used.Y - f.Y));
            if (used.Bottom < f.Bottom) _created.Add(new Rect(f.X, used.Bottom, f.Width, f.Bottom - used.Bottom));
            _free[i] = _free[^1];
            _free.RemoveAt(_free.Count - 1);
        }
        // A new free rectangle is kept only when no other free rectangle contains it. Old ones never need checking:
        // an old rectangle inside a new one would have been inside the old rectangle the new one was cut from.
        for (var i = 0; i < _created.Count; i++)
        {
            var candidate = _created[i];
            var contained = false;
            for (var j = 0; j < _created.Count && !contained; j++)
                contained = j != i && _created[j].Contains(candidate) && (!candidate.Contains(_created[j]) || j < i);
            foreach (var f in _free)
            {
                if (contained) break;
                contained = f.Contains(candidate);
            }
            if (!contained) _free.Add(candidate);
        }
    }

    private readonly record struct Rect(int X, int Y, int Width, int Height)
    {
        public int Right => X + Width;
        public int Bottom => Y + Height;
        public bool Intersects(Rect o) => X < o.Right && o.X < Right && Y < o.Bottom && o.Y < Bottom;
        public bool Contains(Rect o) => o.X >= X && o.Y >= Y && o.Right <= Right && o.Bottom <= Bottom;
    }
}

/// <summary>How <see cref="MaxRectsBin"/> chooses among the free places a rectangle fits in.</summary>
public enum PlacementRule
{
    /// <summary>Smallest shorter leftover side, then smallest longer leftover side.</summary>
    BestShortSideFit,

    /// <summary>Smallest bounding box of all placed rectangles, then best short side fit.</summary>
    SmallestBounds,
}

/// <summary>Where a rectangle went in a bin.</summary>
/// <param name="X">Left edge.</param>
/// <param name="Y">Top edge.</param>
/// <param name="Rotated">Rotated by 90°: it covers height × width.</param>
public readonly record struct Placement(int X, int Y, bool Rotated);
