using System.Collections.Concurrent;
using Walle.Pipelines.Assets.Plist;

namespace Walle.Pipelines.Assets.Ui.Resources;

/// <summary>
/// What resources exist for a set of layouts: files below the resource folders (searched in order, as the engine's
/// search paths are) and the frames of sprite sheet plists (read once each, aliases included). Shared by all layouts
/// of an export and safe to use from several threads.
/// </summary>
public sealed class ResourceCatalog(IReadOnlyList<string> resourceDirectories)
{
    private readonly ConcurrentDictionary<string, string?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<SheetIndex?>> _sheets = new(StringComparer.Ordinal);

    /// <summary>The folders resources are looked up in, in order.</summary>
    public IReadOnlyList<string> ResourceDirectories { get; } = resourceDirectories.Select(Path.GetFullPath).ToList();

    /// <summary>The full path of a resource given as a layout names it (relative, '/' separated), or null when no folder has it.</summary>
    public string? FindFile(string path) => _files.GetOrAdd(path, p =>
    {
        if (p.Length == 0 || Path.IsPathRooted(p) || p.Split('/', '\\').Contains("..")) return null;
        foreach (var directory in ResourceDirectories)
        {
            var full = Path.Combine(directory, p);
            if (File.Exists(full)) return full;
        }
        return null;
    });

    /// <summary>The frames and texture of the sheet plist a layout names, or null when the plist does not exist.</summary>
    /// <exception cref="FormatException">The plist exists but is not a sprite sheet.</exception>
    public SheetIndex? Sheet(string plist) => _sheets.GetOrAdd(plist, p => new Lazy<SheetIndex?>(() =>
    {
        if (FindFile(p) is not { } full) return null;
        var data = CocosPlist.Read(full);
        var folder = p.Contains('/') ? p[..(p.LastIndexOf('/') + 1)] : "";
        return new SheetIndex(full, folder + data.TextureFileName, data.FrameNames.ToHashSet(StringComparer.Ordinal));
    })).Value;
}

/// <summary>A sprite sheet plist as layouts use it.</summary>
/// <param name="Path">Full path of the plist.</param>
/// <param name="Texture">Its texture, relative to the resource folder (the runtime's <c>texturePngs</c> entry).</param>
/// <param name="Frames">Every frame name, aliases included.</param>
public sealed record SheetIndex(string Path, string Texture, IReadOnlySet<string> Frames);
