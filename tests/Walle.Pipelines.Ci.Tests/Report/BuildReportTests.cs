using System.Text.RegularExpressions;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci.Tests.Report;

/// <summary>The built-in HTML report, opened in headless Chromium.</summary>
public sealed partial class BuildReportTests : IDisposable
{
    private readonly BuildHarness _build = new();

    public void Dispose() => _build.Dispose();

    private sealed class GameBuild : WalleBuild
    {
        [Parameter("Version name")] public readonly string GameVersion = "2.3.0";
        [Parameter("Store password"), Secret] public readonly string? StorePassword = null;

        public Target Compile => _ => _.Description("Compiles <scripts> & \"lua\"").Executes(() => Task.Delay(150));
        public Target Sheets => _ => _.RunsOn("texturepacker").Uses("texturepacker").Executes(() => Task.Delay(300));
        public Target Audio => _ => _.Executes(() => Task.Delay(300));
        public Target Package => _ => _.DependsOn(Compile, Sheets, Audio).Executes(() => throw new InvalidOperationException($"signing failed for {StorePassword}"));
        public Target Upload => _ => _.DependsOn(Package).Executes(() => { });
        public Target Cleanup => _ => _.After(Package).AssuredAfterFailure().Executes(() => { });
    }

    private static readonly string[] Everything = ["Compile", "Sheets", "Audio", "Package", "Upload", "Cleanup"];

    [Fact]
    public async Task After_a_run_the_report_renders_every_target_lanes_overlap_and_the_secret_is_masked()
    {
        _build.Environment["STORE_PASSWORD"] = "hunter2-very-secret";
        var (exit, output) = _build.Run<GameBuild>("Upload", "Cleanup", "--parallel", "3", "--continue");
        var path = _build.Temp("build-report.html");

        Assert.Equal(ExitCodes.BuildFailed, exit);
        var html = File.ReadAllText(path);
        var (dom, console) = await HeadlessChromium.OpenAsync(path);

        Assert.Empty(console);
        Assert.Equal(Everything.Order(), NodeNames().Matches(dom).Select(m => m.Groups[1].Value).Order());
        Assert.Matches("data-ready=\"[1-9][0-9]*\"", dom); // the script ran
        Assert.DoesNotContain("hunter2-very-secret", html);
        Assert.Contains("<code>****</code></td><td>environment STORE_PASSWORD</td>", html);
        Assert.Contains("<code>2.3.0</code></td><td>default</td>", html);
        Assert.Contains("Compiles &lt;scripts&gt; &amp; &quot;lua&quot;", html);
        Assert.Contains("class=\"node bad\" data-target=\"Package\"", dom);
        Assert.Contains("class=\"node warn\" data-target=\"Upload\"", dom); // not run
        var lanes = Lanes().Matches(dom).ToDictionary(m => m.Groups[1].Value, m => int.Parse(m.Groups[2].Value));
        Assert.Equal(3, new[] { lanes["Compile"], lanes["Sheets"], lanes["Audio"] }.Distinct().Count()); // ran at the same time
        Assert.DoesNotContain("Upload", lanes.Keys);
        SelfContained(html);
    }

    [Fact]
    public async Task Plan_html_writes_the_graph_without_running_anything()
    {
        var (exit, output) = _build.Run<GameBuild>("--plan", "--html", "Upload");
        var path = _build.Temp("build-plan.html");

        Assert.True(exit == 0, output);
        Assert.Contains("build-plan.html", output);
        Assert.False(File.Exists(_build.Temp("build-report.html")));
        Assert.False(File.Exists(_build.Temp("build-summary.json")));
        var (dom, console) = await HeadlessChromium.OpenAsync(path);
        Assert.Empty(console);
        Assert.Equal(new[] { "Audio", "Compile", "Package", "Sheets", "Upload" }, NodeNames().Matches(dom).Select(m => m.Groups[1].Value).Order());
        Assert.DoesNotContain("id=\"timeline\"", dom);
        Assert.Contains("<td>Sheets</td><td class=\"status plan\">Planned</td><td></td><td>texturepacker</td><td>texturepacker</td>", dom);
        SelfContained(File.ReadAllText(path));
    }

    [Fact]
    public async Task A_build_that_failed_in_planning_leaves_a_report_saying_why()
    {
        var (exit, output) = _build.Run<GameBuild>("Uplaod");
        var path = _build.Temp("build-report.html");

        Assert.Equal(ExitCodes.UsageError, exit);
        Assert.True(File.Exists(path), output);
        var (dom, console) = await HeadlessChromium.OpenAsync(path);
        Assert.Empty(console);
        Assert.Contains("failed in planning", dom);
        Assert.Contains("Unknown target 'Uplaod'. Did you mean 'Upload'?", dom);
    }

    [Fact]
    public void A_cycle_found_in_planning_is_reported_with_the_cycle()
    {
        var (exit, _) = _build.Run<CycleBuild>("A");

        Assert.Equal(ExitCodes.DefinitionError, exit);
        Assert.Contains("B -&gt; A -&gt; B", File.ReadAllText(_build.Temp("build-report.html")));
    }

    private sealed class CycleBuild : WalleBuild
    {
        public Target A => _ => _.DependsOn(B).Executes(() => { });
        public Target B => _ => _.DependsOn(A).Executes(() => { });
    }

    [Fact]
    public void Plain_plan_and_help_write_no_report()
    {
        Assert.Equal(0, _build.Run<GameBuild>("--plan", "Upload").ExitCode);
        Assert.Equal(2, _build.Run<GameBuild>("--plan", "Nope").ExitCode);
        Assert.Equal(0, _build.Run<GameBuild>("--help").ExitCode);

        Assert.False(Directory.Exists(Path.Combine(_build.Root, ".nuke", "temp")));
    }

    [Fact]
    public void On_Jenkins_the_log_ends_with_the_artifacts_link_and_the_report_links_the_build()
    {
        _build.Environment["JENKINS_URL"] = "https://jenkins.example/";
        _build.Environment["BUILD_NUMBER"] = "12";
        _build.Environment["BUILD_URL"] = "https://jenkins.example/job/vega/12/";

        var (exit, output) = _build.Run<GameBuild>("Compile");

        Assert.True(exit == 0, output);
        Assert.Contains("Build report and artifacts: https://jenkins.example/job/vega/12/artifact/", output);
        Assert.Contains("<a href=\"https://jenkins.example/job/vega/12/\">CI build</a>", File.ReadAllText(_build.Temp("build-report.html")));
    }

    /// <summary>No external script, style, font or image: nothing to fetch when opened offline from Jenkins artifacts.</summary>
    private static void SelfContained(string html)
    {
        Assert.DoesNotMatch("(?i)<(script|img|iframe)[^>]+src=", html);
        Assert.DoesNotMatch("(?i)<link", html);
        Assert.DoesNotMatch("(?i)@import|url\\((?!#)", html);
        Assert.DoesNotMatch("(?i)(src|href)=\"(https?:)?//(?!jenkins\\.example/)", html);
    }

    [GeneratedRegex("<g class=\"node [a-z]+\" data-target=\"([^\"]+)\"")]
    private static partial Regex NodeNames();

    [GeneratedRegex("<g class=\"bar [a-z]+\" data-target=\"([^\"]+)\" data-lane=\"([0-9]+)\"")]
    private static partial Regex Lanes();
}
