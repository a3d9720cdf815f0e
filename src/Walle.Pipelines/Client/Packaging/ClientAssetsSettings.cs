namespace Walle.Pipelines.Client.Packaging;

/// <summary>What a package's <c>assets/</c> folder holds: the hot-update content of one version, its manifests and <c>walle.json</c>.</summary>
/// <param name="ContentDirectory">The hot-update content folder (what <c>PatchManifest</c> described).</param>
/// <param name="ManifestDirectory">The folder holding that content's <c>project.manifest</c> and <c>version.manifest</c>.</param>
/// <param name="OutputDirectory">The assets folder to (re)create.</param>
/// <param name="Version">What <c>walle.json</c> records.</param>
public sealed record ClientAssetsSettings(string ContentDirectory, string ManifestDirectory, string OutputDirectory, BundledVersion Version);
