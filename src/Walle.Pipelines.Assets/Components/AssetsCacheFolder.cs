namespace Walle.Pipelines.Assets.Components;

/// <summary>
/// Where the assets targets keep their build cache and the one file-hash memo they share, so <c>UiExport</c> reuses the
/// hashes <c>Sheets</c> made in the same build (and a later one).
/// </summary>
internal static class AssetsCacheFolder
{
    /// <summary>The local build cache: <c>.nuke/cache</c>.</summary>
    public static string Of(string rootDirectory) => Path.Combine(rootDirectory, ".nuke", "cache");

    /// <summary>The file-hash memo inside it.</summary>
    public static string MemoFile(string rootDirectory) => Path.Combine(Of(rootDirectory), "file-hashes.tsv");
}
