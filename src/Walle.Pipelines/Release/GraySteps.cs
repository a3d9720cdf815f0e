using System.Globalization;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// Gray steps written on one line, comma-separated: <c>1%</c> (set weight), <c>pause</c> (until GrayNext),
/// <c>pause 30m</c> (at least 30 minutes), <c>check https://…</c> (HTTP GET must answer 2xx),
/// <c>metric http://prometheus:9090 &lt;query&gt; &lt;= 0.01</c> (the query's value must not exceed the maximum).
/// </summary>
public static class GraySteps
{
    /// <summary>The studio's default plan: 1%, 5%, 20%, 50%, 100% with manual pauses between.</summary>
    public const string Default = "1%, pause, 5%, pause, 20%, pause, 50%, pause, 100%, pause";

    /// <summary>Parses a plan; throws <see cref="ReleaseException"/> naming the bad step and the accepted forms.</summary>
    public static IReadOnlyList<GrayStep> Parse(string text, string parameter = "GraySteps")
    {
        var steps = new List<GrayStep>();
        foreach (var raw in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            steps.Add(ParseStep(raw) ?? throw new ReleaseException(
                $"{parameter}: '{raw}' is not a gray step. Use '5%', 'pause', 'pause 30m', 'check https://host/health' or 'metric http://prometheus:9090 <query> <= 0.01', separated by commas."));
        if (steps.Count == 0) throw new ReleaseException($"{parameter} is empty: give at least one step, e.g. '{Default}'");
        return steps;
    }

    private static GrayStep? ParseStep(string raw)
    {
        if (raw.EndsWith('%'))
            return decimal.TryParse(raw[..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) ? GrayStep.SetWeight(weight) : null;
        var words = raw.Split(' ', 2, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        switch (words[0])
        {
            case "pause" when words.Length == 1: return GrayStep.Pause();
            case "pause": return PauseDuration.TryParse(words[1], out var d) ? GrayStep.Pause(d) : null;
            case "check" when words.Length == 2: return GrayStep.Check(words[1]);
            case "metric" when words.Length == 2:
                var rest = words[1];
                var url = rest.Split(' ', 2)[0];
                var le = rest.LastIndexOf("<=", StringComparison.Ordinal);
                if (le <= url.Length || !double.TryParse(rest[(le + 2)..].Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var max)) return null;
                var query = rest[url.Length..le].Trim();
                return query.Length == 0 ? null : GrayStep.Metric(url, query, max);
            default: return null;
        }
    }

    /// <summary>The plan on one line, in the form <see cref="Parse"/> reads.</summary>
    public static string Format(IReadOnlyList<GrayStep> steps) => string.Join(", ", steps.Select(Format));

    /// <summary>One step in the form <see cref="Parse"/> reads.</summary>
    public static string Format(GrayStep step) => step.Kind switch
    {
        GrayStepKind.SetWeight => step.Weight.ToString("0.##", CultureInfo.InvariantCulture) + "%",
        GrayStepKind.Pause => step.Duration is { } d ? "pause " + PauseDuration.Format(d) : "pause",
        GrayStepKind.Check => "check " + step.Url,
        _ => $"metric {step.Url} {step.Query} <= {step.Max.ToString(CultureInfo.InvariantCulture)}",
    };

    /// <summary>Where a gray stands, e.g. <c>step 4/10 (pause)</c> or <c>all 10 steps done</c>.</summary>
    public static string Position(GraySlot gray) => gray.Step >= gray.Steps.Count
        ? $"all {gray.Steps.Count} steps done"
        : $"step {gray.Step + 1}/{gray.Steps.Count} ({Format(gray.Steps[gray.Step])})";
}
