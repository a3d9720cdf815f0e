using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>Converts member names to the command-line and environment spellings.</summary>
internal static class Naming
{
    /// <summary><c>PatchSource</c> → <c>patch-source</c>; <c>S3AccessKey</c> → <c>s3-access-key</c>.</summary>
    public static string ToKebabCase(string name) => Split(name, '-').ToLowerInvariant();

    /// <summary><c>PatchSource</c> → <c>PATCH_SOURCE</c>.</summary>
    public static string ToUpperSnakeCase(string name) => Split(name, '_').ToUpperInvariant();

    /// <summary>Compares names ignoring case, dashes and underscores: <c>patch-source</c> matches <c>PatchSource</c>.</summary>
    public static string Normalize(string name) => name.Replace("-", "").Replace("_", "").ToLowerInvariant();

    private static string Split(string name, char separator)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (c is '-' or '_' or ' ') { builder.Append(separator); continue; }
            var startsWord = i > 0 && char.IsUpper(c)
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && builder.Length > 0 && builder[^1] != separator) builder.Append(separator);
            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>The candidate closest to <paramref name="input"/> by edit distance, if it is reasonably close.</summary>
    public static string? Closest(string input, IEnumerable<string> candidates)
    {
        var best = candidates
            .Select(c => (Candidate: c, Distance: Distance(Normalize(input), Normalize(c))))
            .OrderBy(x => x.Distance)
            .FirstOrDefault();
        return best.Candidate is not null && best.Distance <= Math.Max(2, input.Length / 3) ? best.Candidate : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }

        return previous[b.Length];
    }
}
