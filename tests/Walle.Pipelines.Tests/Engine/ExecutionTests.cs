using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

public sealed class ExecutionTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Independent : WalleBuild
    {
        private readonly TaskCompletionSource _aStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _bStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public bool Overlapped;

        // Each waits (bounded) for the other to start: only true parallelism lets both see the other.
        Target A => _ => _.Executes(async () => { Serilog.Log.Information("packing"); _aStarted.SetResult(); Overlapped = await Seen(_bStarted.Task); });
        Target B => _ => _.Executes(async () => { _bStarted.SetResult(); await Seen(_aStarted.Task); });
        Target All => _ => _.DependsOn(A, B);

        private static async Task<bool> Seen(Task other) => await Task.WhenAny(other, Task.Delay(TimeSpan.FromSeconds(5))) == other;
    }

    [Fact]
    public void Independent_targets_overlap_with_parallel()
    {
        var result = _harness.Run<Independent>("All", "--parallel", "2");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Build.Overlapped);
        Assert.Contains("[A] packing", result.Output);
    }

    [Fact]
    public void Without_parallel_targets_run_one_at_a_time()
    {
        var result = _harness.Run<Independent>("All");

        Assert.Equal(0, result.ExitCode);
        Assert.False(result.Build.Overlapped);
    }

    private sealed class Locked : WalleBuild
    {
        private int _inside;
        public int MostAtOnce;
        public int MostGpuAtOnce;
        private int _gpu;

        Target P1 => _ => _.Uses("packer").Executes(Hold);
        Target P2 => _ => _.Uses("packer").Executes(Hold);
        Target P3 => _ => _.Uses("packer").Executes(Hold);
        Target G1 => _ => _.Uses("gpu", 2).Executes(HoldGpu);
        Target G2 => _ => _.Uses("gpu", 2).Executes(HoldGpu);
        Target G3 => _ => _.Uses("gpu", 2).Executes(HoldGpu);
        Target Packs => _ => _.DependsOn(P1, P2, P3);
        Target Gpus => _ => _.DependsOn(G1, G2, G3);

        private async Task Hold()
        {
            var now = Interlocked.Increment(ref _inside);
            lock (this) MostAtOnce = Math.Max(MostAtOnce, now);
            await Task.Delay(100);
            Interlocked.Decrement(ref _inside);
        }

        private async Task HoldGpu()
        {
            var now = Interlocked.Increment(ref _gpu);
            lock (this) MostGpuAtOnce = Math.Max(MostGpuAtOnce, now);
            await Task.Delay(150);
            Interlocked.Decrement(ref _gpu);
        }
    }

    [Fact]
    public void A_resource_lock_serialises_its_users()
    {
        var result = _harness.Run<Locked>("Packs", "--parallel", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(1, result.Build.MostAtOnce);
    }

    [Fact]
    public void A_resource_capacity_bounds_concurrent_users()
    {
        var result = _harness.Run<Locked>("Gpus", "--parallel", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, result.Build.MostGpuAtOnce);
    }

    private sealed class Failing : WalleBuild
    {
        public readonly Journal Journal = new();

        Target Compile => _ => _.Executes(() => Journal.Add("Compile"));
        Target Broken => _ => _.DependsOn(Compile).Executes(() => throw new InvalidOperationException("sheet 'ui' is corrupt"));
        Target Tolerant => _ => _.DependsOn(Compile).ProceedAfterFailure().Executes(() => throw new InvalidOperationException("lint failed: \"Sheets.cs\"\n\tline 2"));
        Target Later => _ => _.DependsOn(Compile).After(Broken, Tolerant).Executes(() => Journal.Add("Later"));
        Target AfterBroken => _ => _.DependsOn(Broken).Executes(() => Journal.Add("AfterBroken"));
        Target Cleanup => _ => _.After(Broken, Later, AfterBroken).AssuredAfterFailure().Executes(() => Journal.Add("Cleanup"));
    }

    [Fact]
    public void A_failing_target_fails_the_build_and_later_targets_do_not_run()
    {
        var result = _harness.Run<Failing>("Broken", "Later", "Cleanup");

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Equal("failed", result.StatusOf("Broken"));
        Assert.Equal("notRun", result.StatusOf("Later"));
        Assert.Equal("succeeded", result.StatusOf("Cleanup"));
        Assert.Equal(["Compile", "Cleanup"], result.Build.Journal.Entries);
        Assert.Contains("sheet 'ui' is corrupt", result.Output);
        Assert.Contains("Build failed", result.Output);
    }

    [Fact]
    public void ProceedAfterFailure_lets_independent_targets_run_but_the_build_still_fails()
    {
        var result = _harness.Run<Failing>("Tolerant", "Later");

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Equal("failed", result.StatusOf("Tolerant"));
        Assert.Equal("succeeded", result.StatusOf("Later"));
    }

    [Fact]
    public void Continue_runs_what_does_not_depend_on_the_failure()
    {
        var result = _harness.Run<Failing>("Broken", "Later", "AfterBroken", "--continue");

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Equal("succeeded", result.StatusOf("Later"));
        Assert.Equal("notRun", result.StatusOf("AfterBroken"));
        Assert.Contains("Broken failed", result.SummaryJson);
    }

    private sealed class Conditional : WalleBuild
    {
        public readonly Journal Journal = new();
        public bool Enabled;

        Target Prepare => _ => _.Executes(() => Journal.Add("Prepare"));
        Target Decide => _ => _.Executes(() => { Journal.Add("Decide"); Enabled = false; });
        Target Static => _ => _.DependsOn(Prepare).OnlyWhenStatic(() => false).WhenSkipped(DependencyBehavior.Skip).Executes(() => Journal.Add("Static"));
        Target StaticKeepDeps => _ => _.DependsOn(Prepare).OnlyWhenStatic(() => false).Executes(() => Journal.Add("StaticKeepDeps"));
        Target Dynamic => _ => _.DependsOn(Decide).OnlyWhenDynamic(() => Enabled).Executes(() => Journal.Add("Dynamic"));
        Target DynamicSkipDeps => _ => _.DependsOn(Prepare).OnlyWhenDynamic(() => Enabled).WhenSkipped(DependencyBehavior.Skip).Executes(() => Journal.Add("DynamicSkipDeps"));
    }

    [Fact]
    public void A_false_static_condition_skips_and_cascades_to_dependencies_when_asked()
    {
        var skipDeps = _harness.Run<Conditional>("Static");
        Assert.Equal(0, skipDeps.ExitCode);
        Assert.Empty(skipDeps.Build.Journal.Entries);
        Assert.Equal("skipped", skipDeps.StatusOf("Prepare"));

        var keepDeps = _harness.Run<Conditional>("StaticKeepDeps");
        Assert.Equal(["Prepare"], keepDeps.Build.Journal.Entries);
        Assert.Equal("skipped", keepDeps.StatusOf("StaticKeepDeps"));
    }

    [Fact]
    public void Dynamic_conditions_are_evaluated_just_before_the_target_runs()
    {
        var build = new Conditional { Enabled = true };
        var result = _harness.Run(build, [], "Dynamic");

        Assert.Equal(["Decide"], build.Journal.Entries);
        Assert.Equal("skipped", result.StatusOf("Dynamic"));
    }

    [Fact]
    public void A_dynamic_skip_cascades_to_dependencies_not_yet_run()
    {
        var result = _harness.Run<Conditional>("DynamicSkipDeps");

        Assert.Empty(result.Build.Journal.Entries);
        Assert.Equal("skipped", result.StatusOf("Prepare"));
    }

    [Fact]
    public void Skip_with_names_skips_those_and_without_names_skips_all_but_invoked()
    {
        var named = _harness.Run<Failing>("Later", "--skip", "Compile");
        Assert.Equal(["Later"], named.Build.Journal.Entries);

        var all = _harness.Run<Failing>("Later", "--skip");
        Assert.Equal(["Later"], all.Build.Journal.Entries);
        Assert.Equal("skipped", all.StatusOf("Compile"));
    }

    private sealed class Slow : WalleBuild
    {
        public readonly TaskCompletionSource Started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        public readonly Journal Journal = new();

        Target Long => _ => _.Executes(async ct => { Started.SetResult(); await Task.Delay(TimeSpan.FromSeconds(30), ct); });
        Target Next => _ => _.DependsOn(Long).Executes(() => Journal.Add("Next"));
    }

    [Fact]
    public void Cancellation_aborts_the_running_target_and_runs_nothing_more()
    {
        using var cancellation = new CancellationTokenSource();
        var build = new Slow();
        _ = build.Started.Task.ContinueWith(_ => cancellation.Cancel(), TaskScheduler.Default);
        _harness.CancellationToken = cancellation.Token;

        var result = _harness.Run(build, [], "Next");

        Assert.Equal(ExitCodes.Cancelled, result.ExitCode);
        Assert.Equal("aborted", result.StatusOf("Long"));
        Assert.Equal("notRun", result.StatusOf("Next"));
        Assert.Empty(build.Journal.Entries);
        Assert.Contains("Build cancelled", result.Output);
        Assert.DoesNotContain("Build failed", result.Output);
        Assert.Contains("\"status\": \"cancelled\"", result.SummaryJson);
    }

    [Fact]
    public void The_log_file_and_summary_are_written()
    {
        var result = _harness.Run<Failing>("Later");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("── Later", result.LogFile);
        Assert.Contains("\"status\": \"succeeded\"", result.SummaryJson);
        Assert.Equal(["Compile", "Later"], result.Planned);
    }
}
