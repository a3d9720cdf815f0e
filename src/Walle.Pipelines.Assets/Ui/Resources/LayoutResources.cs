using Walle.Pipelines.Assets.Ui.Csd;

namespace Walle.Pipelines.Assets.Ui.Resources;

/// <summary>
/// The resources of one layout: checks that each one a node names exists (a file in a resource folder, or a frame
/// of a sheet plist), collects the plists for the binary's texture list, and the files the export depends on (for
/// the cache key, by the names the layout gives them). A missing resource fails naming the layout, the node and the resource.
/// </summary>
internal sealed class LayoutResources(ResourceCatalog catalog, string layout)
{
    private readonly SortedSet<string> _dependencies = new(StringComparer.Ordinal);
    private readonly List<string> _plists = [];

    /// <summary>
    /// Every resource file and plist the layout uses, by the name the layout gives it (relative to the resource
    /// folders, '/' separated; <see cref="ResourceCatalog.FindFile"/> resolves it), never an absolute path: keys
    /// built from these names hold in any checkout folder.
    /// </summary>
    public IReadOnlyCollection<string> Dependencies => _dependencies;

    /// <summary>Sheet plists the layout uses, in first-use order (the binary's <c>textures</c>).</summary>
    public IReadOnlyList<string> Plists => _plists;

    /// <summary>Each plist's texture (the binary's <c>texturePngs</c>).</summary>
    public IReadOnlyList<string> PlistTextures => _plists.Select(p => catalog.Sheet(p)!.Texture).ToList();

    /// <summary>Embedded layouts (ProjectNode) the layout names, relative to the UI folder.</summary>
    public List<string> EmbeddedLayouts { get; } = [];

    /// <summary>Reads a resource element (<c>&lt;FileData Type Path Plist/&gt;</c>) and checks it exists.</summary>
    /// <param name="resource">The element; null when the node has none.</param>
    /// <param name="node">The node's name, for messages.</param>
    /// <param name="what">What the resource is ("image", "font", ...), for messages.</param>
    public ResourceReference? Read(CsdElement? resource, string node, string what)
    {
        if (resource is not { } r) return null;
        var type = r.Text("Type", "Normal");
        var path = r.Text("Path", "");
        var plist = r.Text("Plist", "");
        switch (type)
        {
            case "Default":
                // Cocos Studio's built-in placeholder images ship with the engine's editor support, not the game.
                return new ResourceReference(path, "", 0);
            case "Normal":
                if (path.Length == 0) return new ResourceReference("", "", 0);
                if (catalog.FindFile(path) is null)
                    throw Missing(r, node, $"{what} '{path}' does not exist in {Folders()}");
                _dependencies.Add(path);
                return new ResourceReference(path, "", 0);
            case "PlistSubImage" or "MarkedSubImage":
                SheetIndex? sheet;
                try
                {
                    sheet = plist.Length == 0 ? null : catalog.Sheet(plist);
                }
                catch (FormatException e)
                {
                    throw Missing(r, node, $"{what} '{path}' is in '{plist}', which is not a sprite sheet ({e.Message})");
                }
                if (sheet is null)
                    throw Missing(r, node, $"{what} '{path}' is in the sprite sheet '{plist}', which does not exist in {Folders()} " +
                                           "(sheets come from the Sheets target: run it first, or check the sheet's name)");
                if (!sheet.Frames.Contains(path))
                    throw Missing(r, node, $"{what} '{path}' is not a frame of the sprite sheet '{plist}' ({sheet.Frames.Count} frames)");
                _dependencies.Add(plist);
                if (!_plists.Contains(plist, StringComparer.Ordinal)) _plists.Add(plist);
                return new ResourceReference(path, plist, 1);
            default:
                throw r.Error($"node '{node}': resource type '{type}' is not known (Normal, Default, PlistSubImage)");
        }
    }

    private string Folders() => string.Join(", ", catalog.ResourceDirectories.Select(d => $"'{d}'"));

    private UiExportException Missing(CsdElement resource, string node, string problem) =>
        new($"Layout '{layout}', node '{node}' (line {resource.Line}): {problem}.");
}

/// <summary>A resource as the binary stores it.</summary>
/// <param name="Path">File path, or frame name for a sheet frame.</param>
/// <param name="Plist">The sheet plist of a frame; empty for a file.</param>
/// <param name="Type">0: a file, 1: a frame of a sheet.</param>
internal sealed record ResourceReference(string Path, string Plist, int Type);
