using System.Text;
using System.Text.RegularExpressions;

namespace Walle.Pipelines.Server;

/// <summary>
/// A <c>.dockerignore</c> file with Docker's own rules (moby/patternmatcher): one pattern a line, <c>#</c> comments,
/// <c>!</c> re-includes, <c>*</c> and <c>?</c> within one path segment, <c>**</c> across segments, the last matching
/// line wins, and a pattern that matches a parent folder matches everything under it. Hand-written because no package
/// on the feed implements these rules (gitignore libraries differ: Docker patterns are anchored at the context root).
/// </summary>
public sealed class DockerIgnore
{
    private readonly List<(Regex Pattern, bool Exclusion)> _patterns;

    private DockerIgnore(List<(Regex Pattern, bool Exclusion)> patterns) => _patterns = patterns;

    /// <summary>An ignore file that excludes nothing.</summary>
    public static DockerIgnore Empty { get; } = new([]);

    /// <summary>True when some line re-includes paths (<c>!pattern</c>): excluded folders must then still be walked.</summary>
    public bool HasExclusions => _patterns.Any(p => p.Exclusion);

    /// <summary>The context's <c>.dockerignore</c>, or <see cref="Empty"/> when it has none.</summary>
    public static DockerIgnore Load(string contextDirectory)
    {
        var file = Path.Combine(contextDirectory, ".dockerignore");
        return File.Exists(file) ? Parse(File.ReadAllText(file)) : Empty;
    }

    /// <summary>Parses the text of an ignore file.</summary>
    public static DockerIgnore Parse(string text)
    {
        var patterns = new List<(Regex, bool)>();
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            if (raw.StartsWith('#')) continue;
            var line = raw.Trim();
            if (line.Length == 0) continue;
            var exclusion = line[0] == '!';
            if (exclusion) line = line[1..].Trim();
            if (line.Length == 0) continue;
            line = Clean(line);
            if (line.Length > 1 && line[0] == '/') line = line[1..];
            patterns.Add((Compile(line), exclusion));
        }
        return new DockerIgnore(patterns);
    }

    /// <summary>Adds re-includes so that these context paths are always sent (Docker always sends the Dockerfile and <c>.dockerignore</c>).</summary>
    public DockerIgnore Keeping(params string[] paths) =>
        new([.. _patterns, .. paths.Where(IsExcluded).Select(p => (Compile(Literal(p)), true))]);

    /// <summary>True when <paramref name="path"/> (relative to the context, '/'-separated) is left out of the context.</summary>
    public bool IsExcluded(string path)
    {
        var matched = false;
        var slash = path.LastIndexOf('/');
        var parents = slash < 0 ? [] : path[..slash].Split('/');
        foreach (var (pattern, exclusion) in _patterns)
        {
            // As Docker: an exclusion line only matters once something matched, an inclusion line only before.
            if (exclusion != matched) continue;
            var match = pattern.IsMatch(path);
            for (var i = 0; !match && i < parents.Length; i++)
                match = pattern.IsMatch(string.Join('/', parents[..(i + 1)]));
            if (match) matched = !exclusion;
        }
        return matched;
    }

    private static string Literal(string path) => Regex.Replace(path, @"[*?\[\]\\]", m => "\\" + m.Value);

    /// <summary>Go's <c>filepath.Clean</c> for '/'-separated paths.</summary>
    private static string Clean(string path)
    {
        var rooted = path.StartsWith('/');
        var parts = new List<string>();
        foreach (var part in path.Split('/'))
        {
            if (part is "" or ".") continue;
            if (part == ".." && parts.Count > 0 && parts[^1] != "..") parts.RemoveAt(parts.Count - 1);
            else if (part != ".." || !rooted) parts.Add(part);
        }
        var cleaned = (rooted ? "/" : "") + string.Join('/', parts);
        return cleaned.Length == 0 ? "." : cleaned;
    }

    /// <summary>The pattern as a regular expression, as patternmatcher compiles it.</summary>
    private static Regex Compile(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '*')
            {
                if (i + 1 < pattern.Length && pattern[i + 1] == '*')
                {
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/') i++;
                    regex.Append(i + 1 == pattern.Length ? ".*" : "(.*/)?");
                }
                else regex.Append("[^/]*");
            }
            else if (c == '?') regex.Append("[^/]");
            else if (c == '\\') regex.Append(i + 1 < pattern.Length ? "\\" + pattern[++i] : "\\\\");
            else if (c is '[' or ']') regex.Append(c);
            else if (".$+()|{}^".Contains(c)) regex.Append('\\').Append(c);
            else regex.Append(c);
        }
        return new Regex(regex.Append('$').ToString(), RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
