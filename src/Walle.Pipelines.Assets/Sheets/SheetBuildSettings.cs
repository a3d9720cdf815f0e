using Walle.Pipelines.Assets.TexturePacker;
using Walle.Pipelines.Caching;

namespace Walle.Pipelines.Assets.Sheets;

/// <summary>Building a set of sprite sheets: which packer, the cache, and how many sheets at once.</summary>
public sealed record SheetBuildSettings
{
    /// <summary>The sheets to build.</summary>
    public required IReadOnlyList<SpriteSheetSettings> Sheets { get; init; }

    /// <summary>Folder for per-sheet stamps (the last key and outputs) that make a no-op build fast, e.g. <c>.nuke/temp/sheets</c>.</summary>
    public required string StateDirectory { get; init; }

    /// <summary>The packer.</summary>
    public SheetPackerKind Packer { get; init; } = SheetPackerKind.BuiltIn;

    /// <summary>TexturePacker settings; required when <see cref="Packer"/> is <see cref="SheetPackerKind.TexturePacker"/>.</summary>
    public TexturePackerSettings? TexturePacker { get; init; }

    /// <summary>
    /// When TexturePacker is chosen but not installed here and the cache has no result for a sheet, pack that sheet with
    /// the built-in packer instead of failing (the default packer choice does this; an explicit choice does not).
    /// </summary>
    public bool FallBackToBuiltIn { get; init; }

    /// <summary>Content-addressed cache of packed sheets (local and optionally remote); null packs every changed sheet.</summary>
    public BuildCache? Cache { get; init; }

    /// <summary>File hash memo shared across builds; a fresh one when null.</summary>
    public FileHashes? Hashes { get; init; }

    /// <summary>Sheets packed at once.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
