using System.Text.RegularExpressions;

namespace Walle.Pipelines.Patch;

/// <summary>
/// Where a game's hot-update content lives in its GameStatic store:
/// <code>
/// project.manifest               live entry point (mutable, short cache, written last)
/// version.manifest               live version check (mutable, short cache)
/// history.json                   published versions, newest last (mutable)
/// changed.json                   the base version and the paths changed since it (mutable, see PatchChanges)
/// versions/&lt;base&gt;/&lt;path&gt;        every file of the base version (immutable, long cache)
/// versions/&lt;v&gt;/&lt;path&gt;           the files of version v on changed.json's list (immutable, long cache)
/// versions/&lt;v&gt;/project.manifest  that version's own manifest (claims the folder)
/// </code>
/// </summary>
public static partial class GameStaticLayout
{
    /// <summary>The live <c>project.manifest</c>.</summary>
    public const string ProjectManifest = PatchManifests.ProjectManifest;

    /// <summary>The live <c>version.manifest</c>.</summary>
    public const string VersionManifest = PatchManifests.VersionManifest;

    /// <summary>The publish history.</summary>
    public const string History = "history.json";

    /// <summary>The base version and the paths changed since it.</summary>
    public const string Changes = "changed.json";

    /// <summary>The folder holding one version's files, e.g. <c>versions/1.2.0/</c>.</summary>
    public static string Root(string version) => $"versions/{version}/";

    /// <summary>The version whose folder a manifest's <c>packageUrl</c> points at; null when it points elsewhere.</summary>
    public static string? ContentVersionOf(PatchManifest manifest)
    {
        var match = RootPattern().Match(manifest.PackageUrl);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Joins a public base URL and a key.</summary>
    public static string Url(string baseUrl, string key) => baseUrl.EndsWith('/') ? baseUrl + key : baseUrl + "/" + key;

    [GeneratedRegex("(?:^|/)versions/([^/]+)/$")]
    private static partial Regex RootPattern();
}
