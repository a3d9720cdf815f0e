using System.Diagnostics;
using Serilog;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Progress of long work (uploads, packing, hashing) in the current run (<see cref="BuildContext.StartProgress"/>):
/// through the build log at a bounded rate, so a Jenkins log stays readable, and Spectre.Console's live display on a terminal.
/// </summary>
public static class BuildProgress
{
    /// <summary>Formats a byte count as B, KB, MB or GB.</summary>
    public static string FormatBytes(double bytes) => bytes switch
    {
        >= 1 << 30 => $"{bytes / (1 << 30):0.0} GB",
        >= 1 << 20 => $"{bytes / (1 << 20):0.0} MB",
        >= 1 << 10 => $"{bytes / (1 << 10):0.0} KB",
        _ => $"{bytes:0} B",
    };
}

/// <summary>A running progress report; dispose when the work ends.</summary>
public interface IBuildProgress : IDisposable
{
    /// <summary>Adds completed work.</summary>
    void Increment(double amount = 1);
}

/// <summary>Progress as a log line at most every two seconds.</summary>
internal sealed class LogProgress(ILogger logger, string description, double total, string unit) : IBuildProgress
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private double _done;
    private TimeSpan _lastReport;

    public void Increment(double amount = 1)
    {
        lock (_gate)
        {
            _done += amount;
            if (_clock.Elapsed - _lastReport < Interval) return;
            _lastReport = _clock.Elapsed;
        }
        Report();
    }

    public void Dispose()
    {
        if (_clock.Elapsed >= Interval) Report();
    }

    private void Report()
    {
        var percent = total <= 0 ? 100 : Math.Min(100, _done * 100 / total);
        logger.Information("{Description}: {Done} of {Total} ({Percent:0}%)", description, Format(_done), Format(total), percent);
    }

    private string Format(double value) => unit == "bytes" ? BuildProgress.FormatBytes(value) : $"{value:0} {unit}";
}
