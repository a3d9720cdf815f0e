namespace Walle.Pipelines.Client.Packaging;

/// <summary>
/// <c>builds/&lt;platform&gt;/last.json</c>: the newest version code recorded for a platform, replaced only by a
/// conditional write, so two uploads cannot both record the same code.
/// </summary>
/// <param name="VersionName">The version name of that build.</param>
/// <param name="VersionCode">Its code: the next upload must be greater (or the same build again).</param>
/// <param name="GitSha">Its commit.</param>
public sealed record LastClientBuild(string VersionName, int VersionCode, string? GitSha);
