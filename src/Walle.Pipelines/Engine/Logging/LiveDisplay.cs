using Serilog.Events;
using Spectre.Console;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Spectre.Console's live progress display on an interactive terminal: a bar per running target and per long
/// task, with log lines printed above it. Kept apart so that a run in a log (CI, redirected output) never loads Spectre.
/// </summary>
internal sealed class LiveDisplay(IAnsiConsole console, ProgressContext context)
{
    /// <summary>Runs <paramref name="run"/> under a live display when the terminal supports one; otherwise plainly.</summary>
    public static async Task RunAsync(TextWriter terminal, BuildOutput output, BuildContext build, Func<Task> run)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Detect,
            ColorSystem = ColorSystemSupport.Detect,
            Out = new AnsiConsoleOutput(terminal),
            Interactive = InteractionSupport.Detect,
        });
        if (!console.Profile.Capabilities.Interactive || !console.Profile.Capabilities.Ansi)
        {
            await run();
            return;
        }

        await console.Progress()
            .AutoClear(true)
            .HideCompleted(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var live = new LiveDisplay(console, context);
                build.Live = live;
                output.Live = live;
                try
                {
                    await run();
                }
                finally
                {
                    output.Live = null;
                    build.Live = null;
                }
            });
    }

    public void Write(string text, LogEventLevel level) => console.Write(new Text(text, Style(level)));

    public IBuildProgress AddTask(string description, double total) =>
        new Bar(context.AddTask(Markup.Escape(description), maxValue: Math.Max(total, 1)));

    public IBuildProgress ShowRunning(string target) => new Bar(context.AddTask(Markup.Escape(target)).IsIndeterminate());

    private static Style Style(LogEventLevel level) => level switch
    {
        LogEventLevel.Warning => new Style(Color.Yellow),
        LogEventLevel.Error or LogEventLevel.Fatal => new Style(Color.Red),
        LogEventLevel.Debug or LogEventLevel.Verbose => new Style(Color.Grey),
        _ => Spectre.Console.Style.Plain,
    };

    private sealed class Bar(ProgressTask task) : IBuildProgress
    {
        public void Increment(double amount = 1) => task.Increment(amount);

        public void Dispose() => task.StopTask();
    }
}
