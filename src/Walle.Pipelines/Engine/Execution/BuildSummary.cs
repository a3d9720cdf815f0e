using System.Globalization;
using System.Text;

namespace Walle.Pipelines.Engine;

/// <summary>The end-of-build table (target, status, duration, notes) and <c>.nuke/temp/build-summary.json</c>.</summary>
internal static class BuildSummary
{
    private const int NotesWidth = 70;

    /// <summary>Plain text, so it reads the same in a terminal, a Jenkins log and the log file; colours only on a terminal.</summary>
    public static void Write(BuildOutput output, IReadOnlyList<ExecutableTarget> plan, TimeSpan total, int exitCode, bool colors, IReadOnlyList<string> warnings)
    {
        var rows = plan.Select(t => new Row(t.Name, Describe(t.Status), t.Duration == TimeSpan.Zero ? "" : Format(t.Duration),
                output.Secrets.Apply(t.Note ?? ""), Color(t.Status)))
            .Append(new Row("Total", "Build " + Outcome(exitCode), Format(total), "", exitCode == 0 ? "32" : exitCode is ExitCodes.Cancelled or ExitCodes.Terminated ? "33" : "31"))
            .ToList();
        var nameWidth = Math.Max("Target".Length, rows.Max(r => r.Name.Length));
        var statusWidth = rows.Max(r => r.Status.Length);
        var durationWidth = Math.Max("Duration".Length, rows.Max(r => r.Duration.Length));

        var plain = new StringBuilder();
        var colored = new StringBuilder();
        void Line(string name, string status, string duration, string notes, string? color)
        {
            var wrapped = Wrap(notes);
            for (var i = 0; i < wrapped.Count; i++)
            {
                var first = i == 0;
                var statusText = (first ? status : "").PadRight(statusWidth);
                var start = $"  {(first ? name : "").PadRight(nameWidth)}  ";
                var end = $"  {(first ? duration : "").PadLeft(durationWidth)}  {wrapped[i]}".TrimEnd();
                plain.Append(start).Append(statusText).AppendLine(end);
                colored.Append(start).Append(color is null || !first ? statusText : $"\e[{color}m{statusText}\e[0m").AppendLine(end);
            }
        }

        var rule = "  " + new string('─', nameWidth + statusWidth + durationWidth + 6 + Math.Min(NotesWidth, Math.Max(5, rows.Max(r => r.Notes.Length))));
        plain.AppendLine(); colored.AppendLine();
        Line("Target", "Status", "Duration", "Notes", null);
        plain.AppendLine(rule); colored.AppendLine(rule);
        foreach (var row in rows.Take(rows.Count - 1)) Line(row.Name, row.Status, row.Duration, row.Notes, row.Color);
        plain.AppendLine(rule); colored.AppendLine(rule);
        var last = rows[^1];
        Line(last.Name, last.Status, last.Duration, last.Notes, last.Color);
        foreach (var warning in warnings)
        {
            plain.Append("  Warning: ").AppendLine(warning);
            colored.Append("  \e[33mWarning:\e[0m ").AppendLine(warning);
        }
        output.WriteRaw(colors ? colored.ToString() : plain.ToString(), toConsole: true, logText: plain.ToString());
    }

    /// <summary>succeeded, failed or cancelled: the word the table's total and the JSON's status use.</summary>
    public static string Outcome(int exitCode) => exitCode switch
    {
        ExitCodes.Success => "succeeded",
        ExitCodes.Cancelled or ExitCodes.Terminated => "cancelled",
        _ => "failed",
    };

    private sealed record Row(string Name, string Status, string Duration, string Notes, string Color);

    /// <summary>Writes the summary JSON by hand: it is small and flat, and this keeps System.Text.Json out of start-up.</summary>
    public static void WriteJson(string path, IReadOnlyList<ExecutableTarget> plan, DateTimeOffset started, TimeSpan total, int exitCode, SecretMasker secrets, IReadOnlyList<string> warnings)
    {
        var json = new StringBuilder();
        json.Append("{\n  \"status\": ").Append(Quote(Outcome(exitCode)))
            .Append(",\n  \"exitCode\": ").Append(exitCode)
            .Append(",\n  \"startedAt\": ").Append(Quote(started.ToString("o", CultureInfo.InvariantCulture)))
            .Append(",\n  \"durationSeconds\": ").Append(Seconds(total))
            .Append(",\n  \"targets\": [");
        for (var i = 0; i < plan.Count; i++)
        {
            var target = plan[i];
            var status = target.Status.ToString();
            json.Append(i == 0 ? "\n" : ",\n")
                .Append("    { \"name\": ").Append(Quote(target.Name))
                .Append(", \"status\": ").Append(Quote(char.ToLowerInvariant(status[0]) + status[1..]))
                .Append(", \"durationSeconds\": ").Append(Seconds(target.Duration))
                .Append(", \"note\": ").Append(target.Note is null ? "null" : Quote(secrets.Apply(target.Note)))
                .Append(" }");
        }

        json.Append("\n  ],\n  \"warnings\": [");
        for (var i = 0; i < warnings.Count; i++) json.Append(i == 0 ? "\n    " : ",\n    ").Append(Quote(warnings[i]));
        json.Append(warnings.Count == 0 ? "]\n}\n" : "\n  ]\n}\n");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, json.ToString());
    }

    private static string Seconds(TimeSpan duration) => Math.Round(duration.TotalSeconds, 3).ToString(CultureInfo.InvariantCulture);

    private static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case < ' ': quoted.Append($"\\u{(int)c:x4}"); break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }

    public static string Describe(TargetStatus status) => status switch
    {
        TargetStatus.UpToDate => "Up to date",
        TargetStatus.NotRun => "Not run",
        _ => status.ToString(),
    };

    /// <summary>ANSI colour code of a status: green, red, blue or yellow.</summary>
    private static string Color(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => "32",
        TargetStatus.Failed or TargetStatus.Aborted => "31",
        TargetStatus.UpToDate => "34",
        _ => "33",
    };

    private static string Format(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes}:{duration.Seconds:00}" : $"{duration.TotalSeconds:0.00}s";

    /// <summary>Splits long notes (error messages) into lines at word boundaries.</summary>
    private static List<string> Wrap(string text)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Replace("\r", "").Replace('\n', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > NotesWidth)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
