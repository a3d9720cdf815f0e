using System.IO.Hashing;

namespace Walle.Pipelines.Assets.Packing;

/// <summary>
/// Finds sprites that look the same after trim (same trimmed pixels, same trim rectangle, same original size), as
/// TexturePacker's alias detection does: an animation's hold frames are packed once and every name still resolves.
/// </summary>
internal static class IdenticalSprites
{
    /// <summary>
    /// Groups the sprite indices: each group's first index (the lowest, so the first name in order) is packed, the
    /// others are its aliases. Groups come in order of their first index.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<int>> Group(IReadOnlyList<SpriteImage> trimmed, IReadOnlyList<PixelRect> trims, IReadOnlyList<SpriteImage> sources)
    {
        var groups = new List<List<int>>();
        var byHash = new Dictionary<(ulong Hash, PixelRect Trim, int Width, int Height), List<List<int>>>();
        for (var i = 0; i < trimmed.Count; i++)
        {
            var key = (XxHash64.HashToUInt64(trimmed[i].Pixels), trims[i], sources[i].Width, sources[i].Height);
            if (!byHash.TryGetValue(key, out var candidates)) byHash[key] = candidates = [];
            // A hash match is confirmed byte for byte: two different sprites never become aliases.
            var group = candidates.FirstOrDefault(g => trimmed[g[0]].Pixels.AsSpan().SequenceEqual(trimmed[i].Pixels));
            if (group is null)
            {
                group = [];
                candidates.Add(group);
                groups.Add(group);
            }
            group.Add(i);
        }
        return groups;
    }
}
