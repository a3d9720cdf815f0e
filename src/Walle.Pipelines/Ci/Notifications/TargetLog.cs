namespace Walle.Pipelines.Ci;

/// <summary>
/// Reads one target's lines back from the engine's log file (<c>.nuke/temp/build.log</c>): lines under its
/// <c>── Name ───</c> block header, or prefixed <c>[Name]</c> when targets ran in parallel. The file is masked already.
/// </summary>
internal static class TargetLog
{
    private const int TimestampLength = 13; // "HH:mm:ss.fff "

    public static IReadOnlyList<string> LastLines(string logFile, string target, int count)
    {
        if (count <= 0 || !File.Exists(logFile)) return [];
        var lines = new Queue<string>();
        string? block = null;
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var prefix = $"[{target}] ";
        for (var line = reader.ReadLine(); line is not null; line = reader.ReadLine())
        {
            if (line.StartsWith("── ", StringComparison.Ordinal))
            {
                block = line[3..].Split(' ')[0];
                continue;
            }

            if (line.Length < TimestampLength || line[2] != ':' || line[8] != '.')
            {
                if (line.TrimStart().StartsWith("Target ", StringComparison.Ordinal)) block = null; // the summary table
                continue;
            }

            var text = line[TimestampLength..];
            string? mine = text.StartsWith(prefix, StringComparison.Ordinal) ? text[prefix.Length..]
                : block == target && !text.StartsWith('[') ? text
                : null;
            if (mine is null) continue;
            lines.Enqueue(mine);
            if (lines.Count > count) lines.Dequeue();
        }

        return [.. lines];
    }
}
