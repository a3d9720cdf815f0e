using System.Text.Json;
using System.Text.RegularExpressions;
using Walle.Pipelines.Ci.Tests.Report;
using Walle.Pipelines.Tests.Packaging;

namespace Walle.Pipelines.Ci.Tests.Sample;

/// <summary>After <c>samples/Vega/build.sh</c>, its report exists and renders in headless Chromium with every planned target.</summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed partial class VegaReportTests(RepositoryCopy copy)
{
    [Fact]
    public async Task The_sample_build_leaves_a_report_that_renders_every_planned_target()
    {
        var (exit, output) = await ProcessRunner.ShellAsync("samples/Vega/build.sh", copy.Root);
        Assert.True(exit == 0, output);
        var (planned, planJson) = await ProcessRunner.ShellAsync("samples/Vega/build.sh --plan --json", copy.Root);
        Assert.True(planned == 0, planJson);
        using var plan = JsonDocument.Parse(planJson);
        var targets = plan.RootElement.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()!).Order().ToList();

        var (dom, console) = await HeadlessChromium.OpenAsync(Path.Combine(copy.Sample, ".nuke", "temp", "build-report.html"));

        Assert.Empty(console);
        Assert.Equal(targets, Nodes().Matches(dom).Select(m => m.Groups[1].Value).Order());
        Assert.Contains("<span id=\"status\">succeeded</span>", dom);
        Assert.Matches("data-ready=\"[1-9][0-9]*\"", dom);
    }

    [GeneratedRegex("<g class=\"node [a-z]+\" data-target=\"([^\"]+)\"")]
    private static partial Regex Nodes();
}
