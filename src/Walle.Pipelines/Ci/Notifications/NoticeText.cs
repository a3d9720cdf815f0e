namespace Walle.Pipelines.Ci;

/// <summary>The words every channel shows: a title and the facts (game, version, branch, failed target, duration).</summary>
internal static class NoticeText
{
    public static string Title(BuildNotice notice, NotificationSettings settings)
    {
        var version = settings.Version is { } v ? " " + v : "";
        return notice.IsFailure
            ? $"{settings.Game}{version}: build failed{(notice.Failed.Count > 0 ? " in " + notice.Failed[0] : "")}"
            : $"{settings.Game}{version}: build {notice.Status}";
    }

    /// <summary>Label and value pairs, in the order they are shown; absent facts are left out.</summary>
    public static IEnumerable<(string Label, string Value)> Facts(BuildNotice notice, NotificationSettings settings)
    {
        yield return ("Game", settings.Game);
        if (settings.Version is { } version) yield return ("Version", version);
        if (settings.Branch is { } branch) yield return ("Branch", branch);
        yield return ("Job", settings.Job);
        if (notice.Failed.Count > 0) yield return ("Failed", string.Join(", ", notice.Failed));
        yield return ("Duration", notice.DurationText);
    }

    /// <summary>The failed target's note and log tail as one block of text, or null.</summary>
    public static string? Log(BuildNotice notice)
    {
        var lines = notice.LogTail.Count > 0 ? notice.LogTail : notice.FailedNote is { } note ? [note] : [];
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="bytes"/> UTF-8 bytes, keeping whole characters, marking the cut.</summary>
    public static string Limit(string text, int bytes)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(text) <= bytes) return text;
        const string mark = "\n…";
        var budget = bytes - System.Text.Encoding.UTF8.GetByteCount(mark);
        var length = 0;
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (used + rune.Utf8SequenceLength > budget) break;
            used += rune.Utf8SequenceLength;
            length += rune.Utf16SequenceLength;
        }

        return text[..length] + mark;
    }
}
