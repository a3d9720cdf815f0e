using System.Text.Json;
using System.Text.Json.Serialization;
using Spectre.Console;

namespace Walle.Pipelines.Engine;

/// <summary>The end-of-build table (target, status, duration, notes) and <c>.nuke/temp/build-summary.json</c>.</summary>
internal static class BuildSummary
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static void Write(BuildOutput output, IAnsiConsole console, IReadOnlyList<ExecutableTarget> plan, TimeSpan total, int exitCode)
    {
        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn("Target").AddColumn("Status").AddColumn(new TableColumn("Duration").RightAligned()).AddColumn("Notes");
        foreach (var target in plan)
            table.AddRow(
                Markup.Escape(target.Name),
                $"[{Color(target.Status)}]{Describe(target.Status)}[/]",
                target.Duration == TimeSpan.Zero ? "" : Format(target.Duration),
                Markup.Escape(SecretMasker.Apply(target.Note ?? "")));
        table.AddEmptyRow();
        table.AddRow("[bold]Total[/]", exitCode == 0 ? "[green]Build succeeded[/]" : "[red]Build failed[/]", Format(total), "");

        console.Write(table);
        output.WriteRaw(RenderPlain(table), toConsole: false);
    }

    public static void WriteJson(string path, IReadOnlyList<ExecutableTarget> plan, DateTimeOffset started, TimeSpan total, int exitCode)
    {
        var summary = new
        {
            status = exitCode == 0 ? "succeeded" : "failed",
            exitCode,
            startedAt = started,
            durationSeconds = Math.Round(total.TotalSeconds, 3),
            targets = plan.Select(t => new
            {
                name = t.Name,
                status = t.Status,
                durationSeconds = Math.Round(t.Duration.TotalSeconds, 3),
                note = t.Note is null ? null : SecretMasker.Apply(t.Note),
            }),
        };
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, JsonSerializer.Serialize(summary, JsonOptions));
    }

    public static string Describe(TargetStatus status) => status switch
    {
        TargetStatus.UpToDate => "Up to date",
        TargetStatus.NotRun => "Not run",
        _ => status.ToString(),
    };

    private static string Color(TargetStatus status) => status switch
    {
        TargetStatus.Succeeded => "green",
        TargetStatus.Failed or TargetStatus.Aborted => "red",
        TargetStatus.UpToDate => "blue",
        _ => "yellow",
    };

    private static string Format(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes}:{duration.Seconds:00}" : $"{duration.TotalSeconds:0.00}s";

    private static string RenderPlain(Table table)
    {
        var writer = new StringWriter();
        var plain = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        plain.Profile.Width = 120;
        plain.Write(table);
        return writer.ToString();
    }
}
