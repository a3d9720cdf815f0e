using System.Collections;
using System.Collections.Concurrent;
using Serilog;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Engine;

/// <summary>
/// One run's surroundings — logger, secret masker, environment, clock, tool runner, progress display and one-time
/// set-ups — so that nothing of a run lives in process-wide state and builds can run side by side in one process.
/// The engine creates one per run; components hand it to tasks as an argument (<c>IWalleBuild.Context</c>), and no
/// task or tool runner looks for it anywhere else. The engine also marks it as the run of its async flow, only so
/// that build authors' Serilog <c>Log</c> calls in target bodies reach the run's output. A context made with
/// <c>new BuildContext()</c> is detached: Serilog's <c>Log.Logger</c>, the process environment, the system clock and
/// the local process runner.
/// </summary>
public sealed class BuildContext
{
    private static readonly AsyncLocal<BuildContext?> Ambient = new();
    // Made on first use: building these generic types costs milliseconds of start-up that --plan never needs.
    private ConcurrentDictionary<string, Lazy<Task>>? _once;
    private IToolRunner? _tools;
    private readonly ConcurrentQueue<string> _summaryWarnings = new();

    /// <summary>A context; every part has a default.</summary>
    public BuildContext(ILogger? logger = null, IReadOnlyDictionary<string, string>? environment = null, TimeProvider? clock = null, IToolRunner? tools = null)
        : this(new Lazy<ILogger>(logger ?? AmbientLog.Outside), new SecretMasker(), environment, clock, tools)
    {
    }

    /// <summary>The engine's: the logger is made on another core while the command line is read.</summary>
    internal BuildContext(Lazy<ILogger> logger, SecretMasker secrets, IReadOnlyDictionary<string, string>? environment, TimeProvider? clock, IToolRunner? tools)
    {
        _logger = logger;
        Secrets = secrets;
        Environment = environment ?? ProcessEnvironment();
        Clock = clock ?? TimeProvider.System;
        _tools = tools;
    }

    private readonly Lazy<ILogger> _logger;

    /// <summary>Where this run's log lines go.</summary>
    public ILogger Logger => _logger.Value;

    /// <summary>The secrets masked in all of this run's output.</summary>
    public SecretMasker Secrets { get; }

    /// <summary>The run's environment variables (tests give their own; tools and tool lookup read these, not the process's).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The run's clock.</summary>
    public TimeProvider Clock { get; }

    /// <summary>How external tools run: a local process by default, a container runner where the settings choose one.</summary>
    public IToolRunner Tools => _tools ??= new LocalToolRunner(this);

    /// <summary>
    /// Logs a warning that is also listed under the build's summary table and in <c>build-summary.json</c>: something
    /// the build's result does not show but people must see (e.g. a notification that could not be delivered).
    /// </summary>
    public void WarnInSummary(string message)
    {
        var masked = Secrets.Apply(message);
        _summaryWarnings.Enqueue(masked);
        Logger.Warning("{Warning}", masked);
    }

    /// <summary>The warnings given to <see cref="WarnInSummary"/>, in order.</summary>
    internal IReadOnlyList<string> SummaryWarnings => [.. _summaryWarnings];

    /// <summary>The live display of an interactive run; null in a log.</summary>
    internal LiveDisplay? Live { get; set; }

    /// <summary>Starts reporting progress of <paramref name="total"/> units of work (bars on a terminal, a line every 2 s in a log).</summary>
    public IBuildProgress StartProgress(string description, double total, string unit = "files") =>
        Live is { } live ? live.AddTask(description, total) : new LogProgress(Logger, description, total, unit);

    /// <summary>
    /// Runs a set-up once per run and key (e.g. a licence activation); concurrent callers await the same run, and a
    /// failed one is tried again by the next caller.
    /// </summary>
    public async Task OnceAsync(string key, Func<Task> setUp)
    {
        var all = LazyInitializer.EnsureInitialized(ref _once, () => new ConcurrentDictionary<string, Lazy<Task>>(StringComparer.Ordinal));
        var once = all.GetOrAdd(key, _ => new Lazy<Task>(setUp));
        try
        {
            await once.Value;
        }
        catch
        {
            all.TryRemove(new KeyValuePair<string, Lazy<Task>>(key, once));
            throw;
        }
    }

    /// <summary>Marks this context as the run of the calling async flow (for build authors' <c>Log</c> calls) until the scope is disposed.</summary>
    public IDisposable Enter()
    {
        var previous = Ambient.Value;
        Ambient.Value = this;
        return new Scope(() => Ambient.Value = previous);
    }

    /// <summary>The context of a run (the engine's), if any, for the ambient Serilog logger.</summary>
    internal static BuildContext? Running => Ambient.Value;

    /// <summary>A plain loop: the LINQ form cost 8 ms of a 120 ms start-up (generic code not precompiled for DictionaryEntry).</summary>
    internal static Dictionary<string, string> FromDictionary(IDictionary variables)
    {
        var result = new Dictionary<string, string>(variables.Count, StringComparer.Ordinal);
        foreach (DictionaryEntry entry in variables)
            if (entry.Key is string key && entry.Value is string value) result[key] = value;
        return result;
    }

    private static Dictionary<string, string> ProcessEnvironment() => FromDictionary(System.Environment.GetEnvironmentVariables());

    private sealed class Scope(Action exit) : IDisposable
    {
        public void Dispose() => exit();
    }
}
