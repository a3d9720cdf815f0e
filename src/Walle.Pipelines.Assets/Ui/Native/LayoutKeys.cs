using Walle.Pipelines.Assets.Ui.Resources;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>
/// A layout's two content keys, built only from relative names and content hashes, so that every checkout folder,
/// machine or agent sharing a build cache computes the same ones:
/// the <b>source key</b> (exporter version, settings, the layout's name and bytes) names what the layout uses, known
/// without parsing it; the <b>content key</b> adds the name and bytes of every resource file and sheet plist it
/// uses and the names of the layouts it embeds, and names its <c>.csb</c>.
/// </summary>
/// <remarks>
/// An embedded layout enters by name only: the binary names the embedded <c>.csb</c> and nothing of its content, so
/// editing <c>LobbyItem.csd</c> does not re-export <c>Lobby.csd</c>. A resource that no folder has enters as
/// <c>missing</c>, which no stored key was built with, so such a layout is exported and fails naming the resource.
/// </remarks>
internal static class LayoutKeys
{
    /// <summary>The settings that change a binary (not the folders: resources enter by name and content).</summary>
    public static string Settings(NativeUiExportSettings settings) => string.Join('\u0001', settings.UnknownWidgets.ToString(), settings.Version);

    public static string Source(string settingsKey, string layout, string layoutHash) =>
        new CacheKey("walle-ui-exporter-uses", NativeUiExporter.Version).Add("settings", settingsKey).AddFile(layout, layoutHash).ToString();

    public static string Content(string settingsKey, string layout, string layoutHash, LayoutUses uses, ResourceCatalog catalog, FileHashes hashes)
    {
        var key = new CacheKey("walle-ui-exporter", NativeUiExporter.Version).Add("settings", settingsKey).AddFile(layout, layoutHash);
        foreach (var resource in uses.Dependencies)
            key.AddFile(resource, catalog.FindFile(resource) is { } file ? hashes.Get(file) : "missing");
        foreach (var embedded in uses.Embedded) key.Add("embeds", embedded);
        return key.ToString();
    }
}
