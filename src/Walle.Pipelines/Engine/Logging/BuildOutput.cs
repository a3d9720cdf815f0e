using Serilog.Events;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Where all build output goes: the console (colours only on an interactive terminal) and <c>.nuke/temp/build.log</c>.
/// Every line is masked. While targets run in parallel each line carries its target's name.
/// </summary>
internal sealed class BuildOutput : IDisposable
{
    private readonly AsyncLocal<string?> _currentTarget = new();
    private readonly Lock _gate = new();
    private readonly TextWriter _console;
    private readonly bool _colors;
    private StreamWriter? _file;

    public BuildOutput(TextWriter console, bool colors, SecretMasker secrets)
    {
        _console = console;
        _colors = colors;
        Secrets = secrets;
    }

    /// <summary>The run's secrets: every line is masked with them.</summary>
    public SecretMasker Secrets { get; }

    public Verbosity Verbosity { get; set; } = Verbosity.Normal;

    /// <summary>While a live progress display runs, lines go through its console so they print above the bars.</summary>
    public LiveDisplay? Live { get; set; }

    /// <summary>Prefix lines with the running target's name (set when targets run in parallel).</summary>
    public bool PrefixTargets { get; set; }

    /// <summary>The target whose async flow writes (each target runs in its own flow, so parallel targets do not mix).</summary>
    public string? CurrentTarget
    {
        get => _currentTarget.Value;
        set => _currentTarget.Value = value;
    }

    public void OpenLogFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        lock (_gate) _file = new StreamWriter(path, append: false) { AutoFlush = true };
    }

    public void Write(LogEventLevel level, string message)
    {
        if (!Shows(level)) return;
        var text = Secrets.Apply(message);
        var prefix = PrefixTargets && CurrentTarget is { } target ? $"[{target}] " : "";
        var tag = level switch
        {
            LogEventLevel.Warning => "WRN ",
            LogEventLevel.Error or LogEventLevel.Fatal => "ERR ",
            LogEventLevel.Debug or LogEventLevel.Verbose => "DBG ",
            _ => "",
        };
        lock (_gate)
        {
            foreach (var line in text.Split('\n'))
            {
                var plain = $"{prefix}{tag}{line.TrimEnd('\r')}";
                if (Live is { } live) live.Write(plain + Environment.NewLine, level);
                else _console.WriteLine(_colors ? Colorize(level, plain) : plain);
                _file?.WriteLine($"{DateTime.Now:HH:mm:ss.fff} {plain}");
            }
        }
    }

    /// <summary>Writes text as is (already formatted, e.g. a table), masked, to console and log file.</summary>
    public void WriteRaw(string text, bool toConsole = true, string? logText = null)
    {
        var masked = Secrets.Apply(text);
        lock (_gate)
        {
            if (toConsole && Live is { } live) live.Write(masked, LogEventLevel.Information);
            else if (toConsole) _console.Write(masked);
            _file?.Write(logText is null ? masked : Secrets.Apply(logText));
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _file?.Dispose();
            _file = null;
        }
    }

    private bool Shows(LogEventLevel level) => Verbosity switch
    {
        Verbosity.Quiet => level >= LogEventLevel.Warning,
        Verbosity.Normal => level >= LogEventLevel.Information,
        _ => true,
    };

    private static string Colorize(LogEventLevel level, string text) => level switch
    {
        LogEventLevel.Warning => $"\e[33m{text}\e[0m",
        LogEventLevel.Error or LogEventLevel.Fatal => $"\e[31m{text}\e[0m",
        LogEventLevel.Debug or LogEventLevel.Verbose => $"\e[90m{text}\e[0m",
        _ => text,
    };
}
