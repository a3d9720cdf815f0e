using System.Globalization;
using System.Text.Json;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>Evaluates gray gates: an HTTP check must answer 2xx; a Prometheus query's value must not exceed its maximum.</summary>
public static class GrayGate
{
    /// <summary>Runs the gate; returns null when it passes, otherwise why it failed.</summary>
    public static async Task<string?> EvaluateAsync(GrayStep step, HttpClient http, CancellationToken cancellationToken = default)
    {
        try
        {
            return step.Kind switch
            {
                GrayStepKind.Check => await CheckAsync(step.Url!, http, cancellationToken),
                GrayStepKind.Metric => await MetricAsync(step, http, cancellationToken),
                _ => null,
            };
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return $"could not reach {(step.Kind == GrayStepKind.Check ? step.Url : step.Url + "/api/v1/query")}: {e.Message}";
        }
    }

    private static async Task<string?> CheckAsync(string url, HttpClient http, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken);
        return response.IsSuccessStatusCode ? null : $"GET {url} answered {(int)response.StatusCode} {response.ReasonPhrase}";
    }

    private static async Task<string?> MetricAsync(GrayStep step, HttpClient http, CancellationToken cancellationToken)
    {
        var url = step.Url!.TrimEnd('/') + "/api/v1/query?query=" + Uri.EscapeDataString(step.Query!);
        using var response = await http.GetAsync(url, cancellationToken);
        if (!response.IsSuccessStatusCode) return $"Prometheus answered {(int)response.StatusCode} for '{step.Query}'";
        using var json = await JsonDocument.ParseAsync(await response.Content.ReadAsStreamAsync(cancellationToken), cancellationToken: cancellationToken);
        var data = json.RootElement.GetProperty("data");
        var result = data.GetProperty("result");
        JsonElement sample;
        if (data.GetProperty("resultType").GetString() == "scalar") sample = result;
        else if (result.ValueKind == JsonValueKind.Array && result.GetArrayLength() > 0) sample = result[0].GetProperty("value");
        else return $"'{step.Query}' returned no data; a gate needs a value to pass";
        var value = double.Parse(sample[1].GetString()!, CultureInfo.InvariantCulture);
        return value <= step.Max ? null : $"'{step.Query}' = {value.ToString(CultureInfo.InvariantCulture)}, above the maximum {step.Max.ToString(CultureInfo.InvariantCulture)}";
    }
}
