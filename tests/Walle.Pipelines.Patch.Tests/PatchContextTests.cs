using System.Collections.Concurrent;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Patch;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>The patch tasks take their run as an argument: its logger, progress and clock, never ambient state.</summary>
public sealed class PatchContextTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_publish_and_a_rollback_log_to_the_context_they_are_given_and_record_its_clock()
    {
        using var content = GameContent.Create(files: 12);
        var store = new LocalObjectStore(Path.Combine(_folder.Path, "store"));
        var lines = new Lines();
        var first = new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero);
        var clock = new StoppedClock(first);
        var context = new BuildContext(new LoggerConfiguration().WriteTo.Sink(lines).CreateLogger(), clock: clock);
        var settings = new PatchPublishSettings(content.Path, "1.0.0", "https://cdn.example.com/vega/") { Keep = 0 };

        await GameStatic.PublishAsync(store, settings, context);
        GameContent.Modify(content, "src/app/view0.lua");
        clock.Now = first.AddDays(1);
        await GameStatic.PublishAsync(store, settings with { Version = "1.0.1" }, context);
        clock.Now = first.AddDays(2);
        await GameStatic.RollbackAsync(store, new PatchRollbackSettings("1.0.0"), context);

        var history = await GameStatic.HistoryAsync(store);
        Assert.Equal([first, first.AddDays(1), first.AddDays(2)], history.Select(r => r.PublishedAt));
        Assert.Contains("Version 1.0.0 is live on file://", string.Join("\n", lines));
        Assert.Contains(lines, l => l.StartsWith("Rolled back 1.0.1 to the content of 1.0.0", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(" --", StringComparison.Ordinal)); // a task names no command-line flag
    }

    [Fact]
    public async Task A_refused_publish_has_a_reason_and_names_no_flag()
    {
        using var content = GameContent.Create(files: 12);
        var store = new LocalObjectStore(Path.Combine(_folder.Path, "store"));
        var settings = new PatchPublishSettings(content.Path, "1.0.1", "https://cdn.example.com/vega/");
        await GameStatic.PublishAsync(store, settings, new BuildContext());

        var refused = await Assert.ThrowsAsync<PatchRefusedException>(() => GameStatic.PublishAsync(store, settings with { Version = "1.0.0" }, new BuildContext()));

        Assert.Equal(PatchRefusal.NotNewer, refused.Reason);
        Assert.DoesNotContain("--", refused.Message);
    }

    public void Dispose() => _folder.Dispose();

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class Lines : ConcurrentQueue<string>, ILogEventSink
    {
        private static readonly MessageTemplateTextFormatter Plain = new("{Message:lj}");

        public void Emit(LogEvent logEvent)
        {
            using var text = new StringWriter();
            Plain.Format(logEvent, text);
            Enqueue(text.ToString());
        }
    }
}
