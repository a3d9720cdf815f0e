namespace Walle.Pipelines.Client.Versioning;

/// <summary>
/// The one version of a build: the name players see (<c>1.6.0</c>: Android <c>versionName</c>, iOS
/// <c>CFBundleShortVersionString</c>, the review version, server image tags) and the integer code stores order
/// uploads by (Android <c>versionCode</c>, iOS <c>CFBundleVersion</c>).
/// </summary>
/// <param name="Name">The version name, e.g. <c>1.6.0</c>.</param>
/// <param name="Code">The version code, greater for every upload.</param>
/// <param name="GitSha">The commit built, when the build runs in a git repository.</param>
public sealed record AppVersion(string Name, int Code, string? GitSha)
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Code})";
}
