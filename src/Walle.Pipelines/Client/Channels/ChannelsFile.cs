using System.Text.RegularExpressions;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// A channels file: one channel per line, optional <c>key=value</c> extras after it separated by spaces or tabs,
/// <c>#</c> starting a comment (at the start of a line or after white space), blank lines ignored:
/// <code>
/// # store channels
/// huawei   store=hw ad=1
/// xiaomi
/// </code>
/// Channel ids follow <see cref="ChannelName"/>; ids are unique ignoring case (their APK names would collide on macOS
/// and Windows). Extra keys are letters, digits, <c>_ . -</c> starting with a letter or <c>_</c>, unique per line and
/// never <c>channel</c>; values are non-empty and hold no white space.
/// </summary>
public static partial class ChannelsFile
{
    /// <summary>The channels of <paramref name="path"/> in file order.</summary>
    /// <exception cref="ChannelsFileException">Missing file, no channels, or a bad line (file and line named).</exception>
    public static IReadOnlyList<ChannelInfo> Parse(string path)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ChannelsFileException(path, 0, $"cannot be read ({e.Message}); create it with one channel per line.");
        }
        return Parse(lines, path);
    }

    /// <summary>The channels of <paramref name="lines"/>; <paramref name="path"/> names them in errors.</summary>
    public static IReadOnlyList<ChannelInfo> Parse(IReadOnlyList<string> lines, string path)
    {
        var channels = new List<ChannelInfo>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var words = Words(WithoutComment(lines[i]));
            if (words.Length == 0) continue;
            var name = words[0];
            if (name.Contains('=', StringComparison.Ordinal))
                throw new ChannelsFileException(path, number, $"'{name}' looks like an extra but no channel comes before it; start the line with the channel id.");
            if (ChannelName.Problem(name) is { } problem)
                throw new ChannelsFileException(path, number, $"channel '{Printable(name)}' is not safe as a file name: {problem}. Use letters, digits, '-' or '_'.");
            if (seen.TryGetValue(name, out var first))
                throw new ChannelsFileException(path, number, $"channel '{name}' is listed twice (first on line {first}, ignoring case); remove one.");
            seen[name] = number;

            var extras = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var word in words.Skip(1))
            {
                var equals = word.IndexOf('=', StringComparison.Ordinal);
                var key = equals < 0 ? word : word[..equals];
                var value = equals < 0 ? "" : word[(equals + 1)..];
                if (equals < 0 || value.Length == 0 || !ExtraKey().IsMatch(key))
                    throw new ChannelsFileException(path, number, $"extra '{Printable(word)}' of channel '{name}' is not key=value (key: a letter or '_' then letters, digits, '_', '.', '-'; value: not empty).");
                if (key == ChannelInfo.ChannelKey)
                    throw new ChannelsFileException(path, number, $"extra '{word}' of channel '{name}' uses the key '{ChannelInfo.ChannelKey}', which holds the channel id; rename it.");
                if (!extras.TryAdd(key, value))
                    throw new ChannelsFileException(path, number, $"extra '{key}' of channel '{name}' is given twice; keep one.");
            }
            channels.Add(new ChannelInfo(name, extras));
        }
        if (channels.Count == 0)
            throw new ChannelsFileException(path, 0, "lists no channels; add one channel id per line (e.g. 'huawei store=hw').");
        return channels;
    }

    private static string WithoutComment(string line)
    {
        for (var i = 0; i < line.Length; i++)
            if (line[i] == '#' && (i == 0 || line[i - 1] is ' ' or '\t')) return line[..i];
        return line;
    }

    private static string[] Words(string line) => line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Control characters shown as <c>\uXXXX</c> so an error line cannot rewrite the log.</summary>
    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_.-]*$")]
    private static partial Regex ExtraKey();
}
