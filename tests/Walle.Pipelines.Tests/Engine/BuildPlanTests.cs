using System.Text.Json;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

/// <summary>The public plan: <c>--plan --json</c> and the lifecycle hooks extensions hang on.</summary>
public sealed class BuildPlanTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Pipeline : WalleBuild, IBuildExtension
    {
        public readonly List<string> Hooks = [];

        [Parameter("Store token"), Secret] public readonly string? Token = null;
        [Parameter("Version")] public readonly string Version = "1.0.0";

        Target Restore => _ => _.Executes(() => { });
        Target Compile => _ => _.DependsOn(Restore).Inputs("src/**").Outputs("bin/**").Executes(() => { });
        Target Sheets => _ => _.Uses("texturepacker", 2).RunsOn("texturepacker").Produces("sheets/**").Executes(() => { });
        Target Pack => _ => _.DependsOn(Compile).Consumes(Sheets).After(Lint).Triggers(Notify).Requires(() => Version).Executes(() => { });
        Target Lint => _ => _.Executes(() => { });
        Target Notify => _ => _.AssuredAfterFailure().OnlyWhenDynamic(() => true).Executes(() => { });

        public void OnBuildCreated(IWalleBuild build) => Hooks.Add("created");
        public void OnPlanMade(BuildPlan plan) => Hooks.Add("plan " + string.Join(",", plan.Targets.Select(t => t.Name)));
        public void OnTargetStarting(string target) => Hooks.Add("start " + target);
        public void OnTargetFinished(TargetOutcome outcome) => Hooks.Add($"end {outcome.Name} {outcome.Status}");
        public void OnBuildFinished(BuildOutcome outcome) => Hooks.Add($"finished {outcome.Status} {outcome.ExitCode}");
    }

    [Fact]
    public void Plan_json_has_targets_in_order_with_relations_placement_artifacts_resources_and_parameters()
    {
        _harness.Environment["TOKEN"] = "s3cr3t-value";

        var result = _harness.Run<Pipeline>("--plan", "--json", "Pack");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.DoesNotContain("s3cr3t-value", result.Output);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("schema").GetInt32());
        Assert.Equal(["Pack"], root.GetProperty("invoked").EnumerateArray().Select(e => e.GetString()));
        var targets = root.GetProperty("targets").EnumerateArray().ToList();
        Assert.Equal(["Restore", "Compile", "Sheets", "Pack", "Notify"], targets.Select(t => t.GetProperty("name").GetString()));
        var pack = targets[3];
        Assert.Equal(["dependsOn Compile", "dependsOn Sheets"],
            pack.GetProperty("relations").EnumerateArray().Select(r => $"{r.GetProperty("kind").GetString()} {r.GetProperty("target").GetString()}"));
        Assert.Equal(["Sheets"], pack.GetProperty("consumes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("triggeredBy", targets[4].GetProperty("relations")[0].GetProperty("kind").GetString());
        Assert.True(targets[4].GetProperty("assuredAfterFailure").GetBoolean());
        Assert.Equal(1, targets[4].GetProperty("dynamicConditions").GetInt32());
        Assert.Equal("texturepacker", targets[2].GetProperty("runsOn").GetString());
        Assert.Equal(["sheets/**"], targets[2].GetProperty("produces").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["src/**"], targets[1].GetProperty("inputs").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, root.GetProperty("resources")[0].GetProperty("capacity").GetInt32());
        var token = root.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Token");
        Assert.True(token.GetProperty("secret").GetBoolean());
        Assert.Equal("environment TOKEN", token.GetProperty("source").GetString());
        var version = root.GetProperty("parameters").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Version");
        Assert.Contains("Pack", version.GetProperty("readBy").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void The_same_plan_gives_the_same_bytes()
    {
        Assert.Equal(_harness.Run<Pipeline>("--plan", "--json", "Pack").Output, _harness.Run<Pipeline>("--plan", "--json", "Pack").Output);
    }

    [Fact]
    public void Lifecycle_hooks_run_in_order_around_every_target()
    {
        var build = new Pipeline();
        var result = _harness.Run(build, [], "Compile");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["created", "plan Restore,Compile", "start Restore", "end Restore Succeeded", "start Compile", "end Compile Succeeded", "finished succeeded 0"],
            build.Hooks);
    }

    private sealed class Failing : WalleBuild
    {
        public override IEnumerable<IBuildExtension> Extensions => [new Recorder(Seen), new Throwing()];
        public readonly List<string> Seen = [];

        Target Boom => _ => _.Executes(() => throw new InvalidOperationException("boom"));
    }

    private sealed class Recorder(List<string> seen) : IBuildExtension
    {
        public void OnBuildFinished(BuildOutcome outcome) => seen.Add($"{outcome.Status}: {string.Join(",", outcome.Targets.Select(t => $"{t.Name} {t.Status} {t.Note}"))}");
    }

    private sealed class Throwing : IBuildExtension
    {
        public void OnBuildFinished(BuildOutcome outcome) => throw new InvalidOperationException("webhook down");
    }

    [Fact]
    public void Extension_objects_see_the_outcome_and_a_failing_finish_hook_only_warns()
    {
        var build = new Failing();
        var result = _harness.Run(build, [], "Boom");

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Equal(["failed: Boom Failed boom"], build.Seen);
        Assert.Contains("WRN Throwing.OnBuildFinished failed: webhook down", result.Output);
    }
}
