using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

public sealed class PlannerTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Graph : WalleBuild
    {
        public readonly Journal Journal = new();

        Target Clean => _ => _.Executes(() => Journal.Add(nameof(Clean)));
        Target Restore => _ => _.Executes(() => Journal.Add(nameof(Restore)));
        public Target Compile => _ => _.DependsOn(Restore).After(Clean).Executes(() => Journal.Add(nameof(Compile)));
        Target Test => _ => _.DependsOn(Compile).Triggers(Report).Executes(() => Journal.Add(nameof(Test)));
        Target Report => _ => _.Executes(() => Journal.Add(nameof(Report)));
        Target Pack => _ => _.DependsOn(Compile).Executes(() => Journal.Add(nameof(Pack)));
        Target Sign => _ => _.DependentFor(Pack).After(Compile).Executes(() => Journal.Add(nameof(Sign)));
        Target Notify => _ => _.TriggeredBy(Pack).Executes(() => Journal.Add(nameof(Notify)));
        Target Lint => _ => _.Before(Compile).Executes(() => Journal.Add(nameof(Lint)));
    }

    [Fact]
    public void Dependencies_run_first_and_After_orders_without_pulling_in()
    {
        var result = _harness.Run<Graph>("Compile");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Restore", "Compile"], result.Build.Journal.Entries);
    }

    [Fact]
    public void After_orders_when_both_are_invoked_even_if_named_in_reverse()
    {
        var result = _harness.Run<Graph>("Compile", "Clean");

        Assert.Equal(["Clean", "Restore", "Compile"], result.Build.Journal.Entries);
    }

    [Fact]
    public void Before_orders_when_both_are_planned()
    {
        var result = _harness.Run<Graph>("Compile", "Lint");

        var entries = result.Build.Journal.Entries;
        Assert.True(entries.ToList().IndexOf("Lint") < entries.ToList().IndexOf("Compile"), string.Join(",", entries));
    }

    [Fact]
    public void Triggers_pull_in_and_run_after_the_trigger()
    {
        var result = _harness.Run<Graph>("Test");

        Assert.Equal(["Restore", "Compile", "Test", "Report"], result.Build.Journal.Entries);
    }

    [Fact]
    public void DependentFor_and_TriggeredBy_are_the_reverse_forms()
    {
        var result = _harness.Run<Graph>("Pack");

        Assert.Equal(["Restore", "Compile", "Sign", "Pack", "Notify"], result.Build.Journal.Entries);
    }

    [Fact]
    public void The_plan_is_deterministic_and_does_not_run_anything()
    {
        var first = _harness.Run<Graph>("Pack", "Test", "--plan");
        var second = _harness.Run<Graph>("Pack", "Test", "--plan");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(first.Output, second.Output);
        Assert.Empty(first.Build.Journal.Entries);
        var order = first.Output.Split('\n').Where(l => l.Contains(". ")).Select(l => l.Split(". ")[1].Split(' ')[0].Trim()).ToList();
        Assert.Equal(["Restore", "Compile", "Test", "Report", "Sign", "Pack", "Notify"], order);
    }

    [Fact]
    public void Unknown_target_lists_the_available_ones_and_suggests_the_closest()
    {
        var result = _harness.Run<Graph>("Pakc");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Unknown target 'Pakc'", result.Output);
        Assert.Contains("Did you mean 'Pack'?", result.Output);
        Assert.Contains("Clean, Restore, Compile", result.Output);
    }

    private sealed class Cyclic : WalleBuild
    {
        Target A => _ => _.DependsOn(C);
        Target B => _ => _.DependsOn(A);
        Target C => _ => _.DependsOn(B);
        Target Free => _ => _;
    }

    [Fact]
    public void A_cycle_is_an_error_that_names_the_cycle()
    {
        var result = _harness.Run<Cyclic>("A");

        Assert.Equal(ExitCodes.DefinitionError, result.ExitCode);
        Assert.Contains("cycle", result.Output);
        Assert.Matches(@"([ABC]) -> ([ABC]) -> ([ABC]) -> \1", result.Output);
        Assert.DoesNotContain("Free", result.Output);
    }

    private sealed class NoDefault : WalleBuild
    {
        Target Only => _ => _;
    }

    [Fact]
    public void No_target_and_no_default_is_a_usage_error()
    {
        var result = _harness.Run<NoDefault>();

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("no default target", result.Output);
        Assert.Contains("Only", result.Output);
    }

    [Fact]
    public void The_default_target_runs_when_none_is_named()
    {
        var build = new Graph();
        var result = _harness.Run(build, [b => b.Compile]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Restore", "Compile"], build.Journal.Entries);
    }
}
