namespace Walle.Pipelines.Client.Packaging;

/// <summary>
/// <c>assets/walle.json</c> in a package: the app version and the hot-update version it ships. The bootstrap script
/// compares <see cref="AppVersion"/> with the one it saw last: after a store upgrade it clears the hot-update storage
/// the old app left, which would otherwise shadow the new package's files (cocos2d-x#9061).
/// </summary>
/// <param name="AppVersion">The version name.</param>
/// <param name="VersionCode">The version code.</param>
/// <param name="PatchVersion">The bundled hot-update version (its <c>project.manifest</c> is in the package).</param>
public sealed record BundledVersion(string AppVersion, int VersionCode, string? PatchVersion)
{
    /// <summary>The file's name in the package's assets (and the content root).</summary>
    public const string FileName = "walle.json";

    /// <summary>The file's bytes.</summary>
    public byte[] ToJson() => System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(this, ClientJson.Default.BundledVersion);
}
