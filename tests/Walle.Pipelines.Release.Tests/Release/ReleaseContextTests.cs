using System.Collections.Concurrent;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Release.Tests.Release;

/// <summary>The release tasks take their run as an argument: its logger, clock and environment, never ambient state.</summary>
public class ReleaseContextTests
{
    [Fact]
    public async Task A_change_logs_to_the_context_it_is_given_and_stamps_the_context_clock()
    {
        using var f = new ReleaseFixture();
        var lines = new Lines();
        var at = new DateTimeOffset(2031, 2, 3, 4, 5, 6, TimeSpan.Zero);
        var context = new BuildContext(new LoggerConfiguration().WriteTo.Sink(lines).CreateLogger(), clock: new ManualClock(at.AddMilliseconds(700)));

        var result = await GrayRelease.StartAsync(f.Start() with { DryRun = true }, context);

        Assert.False(result.Published);
        Assert.Equal(at, result.After.Change!.At);               // to the second, from the context's clock
        Assert.Equal(at, result.After.Tracks[0].Gray!.StartedAt);
        Assert.Contains(lines, l => l.StartsWith("GrayStart 1.5.1: ios/appstore at 1%", StringComparison.Ordinal));
        Assert.Contains("Dry run: nothing written (based on revision 0)", lines);
        Assert.DoesNotContain(lines, l => l.Contains("--", StringComparison.Ordinal)); // a task names no command-line flag
    }

    [Fact]
    public async Task The_login_name_comes_from_the_context_environment()
    {
        // A folder git does not treat as a repository with a user.name is hard to guarantee on a developer machine
        // (global config), so the CI user is absent and git is asked in a fresh repository without user.name only when
        // the global config has none; the environment fallback is what this test pins.
        var repo = Directory.CreateTempSubdirectory("walle-author-").FullName;
        try
        {
            await CliWrap.Cli.Wrap("git").WithArguments(["init", "-q", repo]).ExecuteAsync();
            var global = await CliWrap.Buffered.BufferedCommandExtensions.ExecuteBufferedAsync(
                CliWrap.Cli.Wrap("git").WithArguments(["-C", repo, "config", "user.name"]).WithValidation(CliWrap.CommandResultValidation.None));
            var context = new BuildContext(environment: new Dictionary<string, string> { ["USER"] = "dora-from-context" });
            var author = await ReleaseAuthor.DetectAsync(null, repo, context);
            Assert.Equal(global.ExitCode == 0 ? global.StandardOutput.Trim() : "dora-from-context", author);
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
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
