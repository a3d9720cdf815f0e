using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>Exporting a UI folder's layouts with Walle's own exporter. Customise with <c>with</c>.</summary>
public sealed record NativeUiExportSettings
{
    /// <summary>The folder of <c>.csd</c> layouts (the Cocos Studio project's layout folder).</summary>
    public required string SourceDirectory { get; init; }

    /// <summary>Where the <c>.csb</c> files are written, keeping their paths below <see cref="SourceDirectory"/>.</summary>
    public required string OutputDirectory { get; init; }

    /// <summary>
    /// Folders the layouts' resource paths are relative to, searched in order (the game's resource folder with the
    /// sheets the <c>Sheets</c> target wrote, then e.g. the Cocos Studio resource folder).
    /// </summary>
    public required IReadOnlyList<string> ResourceDirectories { get; init; }

    /// <summary>Folder for the export state (each layout's key, dependencies and output) that makes a no-op run fast.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>What to do with a node of an unknown widget type.</summary>
    public UnknownWidgetPolicy UnknownWidgets { get; init; } = UnknownWidgetPolicy.Fail;

    /// <summary>The version string written into every binary (the engine's serializer writes 2.1.0.0).</summary>
    public string Version { get; init; } = CsbLayoutWriter.DefaultVersion;

    /// <summary>File hash memo shared across builds; a fresh one when null.</summary>
    public FileHashes? Hashes { get; init; }

    /// <summary>
    /// The build cache the sprite sheets use (<c>.nuke/cache</c>, and the studio's store when it has a remote): each
    /// exported <c>.csb</c> is stored under its content key, and a layout whose key is there is restored, verified,
    /// instead of exported. Null: no cache (state-file incrementality only).
    /// </summary>
    public BuildCache? Cache { get; init; }

    /// <summary>Layouts exported at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
