using System.Diagnostics;
using Serilog;

namespace Walle.Pipelines.Engine;

/// <summary>
/// Progress of long work (uploads, packing, hashing). Reports through the build log at a bounded rate,
/// so a Jenkins log stays readable, and through Spectre.Console's live display on an interactive terminal.
/// </summary>
public static class BuildProgress
{
    /// <summary>Starts reporting progress of <paramref name="total"/> units of work.</summary>
    /// <param name="description">What is being done, e.g. "Uploading patch 1.2.0".</param>
    /// <param name="total">Total amount of work.</param>
    /// <param name="unit">Unit shown after the numbers; "bytes" is shown as KB/MB/GB.</param>
    public static IBuildProgress Start(string description, double total, string unit = "files") =>
        Live is { } live ? live.AddTask(description, total) : new LogProgress(description, total, unit);

    /// <summary>The live display of an interactive build; null in a log (CI) or a redirected run.</summary>
    internal static LiveDisplay? Live { get; set; }

    /// <summary>An indeterminate bar for a running target on the live display; nothing in a log.</summary>
    internal static IDisposable? ShowRunning(string target) =>
        Live?.ShowRunning(target);

    private sealed class LogProgress(string description, double total, string unit) : IBuildProgress
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
            Log.Information("{Description}: {Done} of {Total} ({Percent:0}%)", description, Format(_done), Format(total), percent);
        }

        private string Format(double value) => unit == "bytes" ? FormatBytes(value) : $"{value:0} {unit}";
    }

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
