using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Build authors log with Serilog's static <c>Log</c> in target bodies, as in NUKE. The engine points <c>Log.Logger</c>
/// once per process at a logger that hands each event to the logger of the run whose async flow wrote it
/// (<see cref="BuildContext.Enter"/>), so builds running side by side never write into each other's output, and
/// events outside any run go to whatever logger the host had set before.
/// </summary>
internal static class AmbientLog
{
    private static int _installed;

    /// <summary>The host's logger from before the engine's: where events outside a run go.</summary>
    public static ILogger Outside { get; private set; } = Log.Logger;

    public static void Install()
    {
        if (Interlocked.Exchange(ref _installed, 1) == 1) return;
        Outside = Log.Logger;
        Log.Logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new Forwarder()).CreateLogger();
    }

    private sealed class Forwarder : ILogEventSink
    {
        public void Emit(LogEvent logEvent) => (BuildContext.Running?.Logger ?? Outside).Write(logEvent);
    }
}
