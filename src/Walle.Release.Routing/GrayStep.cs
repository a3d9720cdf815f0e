using System;

namespace Walle.Release.Routing
{
    /// <summary>One gray step: set a weight, pause, or pass a gate (HTTP check or metrics query).</summary>
    public sealed record GrayStep
    {
        /// <summary>What the step does.</summary>
        public GrayStepKind Kind { get; init; }

        /// <summary><see cref="GrayStepKind.SetWeight"/>: the percentage (0–100, at most two decimals).</summary>
        public decimal Weight { get; init; }

        /// <summary><see cref="GrayStepKind.Pause"/>: how long to wait; null waits for a person.</summary>
        public TimeSpan? Duration { get; init; }

        /// <summary><see cref="GrayStepKind.Check"/>: the URL to GET; <see cref="GrayStepKind.Metric"/>: the Prometheus base URL.</summary>
        public string? Url { get; init; }

        /// <summary><see cref="GrayStepKind.Metric"/>: the PromQL query (a single scalar or one-sample vector).</summary>
        public string? Query { get; init; }

        /// <summary><see cref="GrayStepKind.Metric"/>: the largest value that passes.</summary>
        public double Max { get; init; }

        /// <summary>Sets the gray percentage.</summary>
        public static GrayStep SetWeight(decimal weight) => new GrayStep { Kind = GrayStepKind.SetWeight, Weight = weight };

        /// <summary>Pauses, for a person (null) or a duration.</summary>
        public static GrayStep Pause(TimeSpan? duration = null) => new GrayStep { Kind = GrayStepKind.Pause, Duration = duration };

        /// <summary>An HTTP GET that must answer 2xx.</summary>
        public static GrayStep Check(string url) => new GrayStep { Kind = GrayStepKind.Check, Url = url };

        /// <summary>A Prometheus query whose value must be at most <paramref name="max"/>.</summary>
        public static GrayStep Metric(string prometheusUrl, string query, double max) =>
            new GrayStep { Kind = GrayStepKind.Metric, Url = prometheusUrl, Query = query, Max = max };
    }
}
