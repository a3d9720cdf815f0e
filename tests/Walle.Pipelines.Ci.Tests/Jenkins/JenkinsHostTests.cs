using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci.Tests.Jenkins;

public sealed class JenkinsHostTests
{
    private static readonly Dictionary<string, string> Agent = new()
    {
        ["JENKINS_URL"] = "https://jenkins.studio.example/",
        ["BUILD_NUMBER"] = "1287",
        ["BUILD_URL"] = "https://jenkins.studio.example/job/vega/job/release/1287/",
        ["JOB_NAME"] = "vega/release",
        ["BRANCH_NAME"] = "release/2.3",
        ["CHANGE_ID"] = "",
        ["GIT_COMMIT"] = "0123456789abcdef0123456789abcdef01234567",
        ["NODE_NAME"] = "mac-mini-07",
        ["WORKSPACE"] = "/Users/jenkins/workspace/vega_release",
        ["EXECUTOR_NUMBER"] = "2",
    };

    [Fact]
    public void Outside_Jenkins_there_is_no_host()
    {
        Assert.Null(JenkinsHost.Detect(new Dictionary<string, string> { ["BUILD_NUMBER"] = "3", ["CI"] = "true" }));
        Assert.Null(JenkinsHost.Detect(new Dictionary<string, string> { ["JENKINS_URL"] = "" }));
    }

    [Fact]
    public void Every_variable_is_read_typed_and_empty_ones_are_null()
    {
        var host = JenkinsHost.Detect(Agent)!;

        Assert.Equal(1287, host.BuildNumber);
        Assert.Equal(2, host.ExecutorNumber);
        Assert.Equal("vega/release", host.JobName);
        Assert.Equal("release/2.3", host.BranchName);
        Assert.Null(host.ChangeId);
        Assert.False(host.IsChangeBuild);
        Assert.Equal("mac-mini-07", host.NodeName);
        Assert.Equal("/Users/jenkins/workspace/vega_release", host.Workspace);
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", host.GitCommit);
        Assert.Equal("https://jenkins.studio.example/job/vega/job/release/1287/artifact/", host.ArtifactsUrl);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("12a")]
    [InlineData("-4")]
    [InlineData("0")]
    [InlineData("99999999999")]
    public void A_build_number_that_is_not_a_positive_number_is_an_error_not_a_wrong_version_code(string? number)
    {
        var environment = new Dictionary<string, string>(Agent);
        if (number is null) environment.Remove("BUILD_NUMBER");
        else environment["BUILD_NUMBER"] = number;

        var error = Assert.Throws<FormatException>(() => JenkinsHost.Detect(environment));

        Assert.Contains("BUILD_NUMBER", error.Message);
    }

    private sealed class HostBuild : WalleBuild, IJenkins
    {
        public int? Seen;

        public Target Version => _ => _.Executes(() => Seen = ((IJenkins)this).Jenkins?.BuildNumber);
    }

    [Fact]
    public void A_component_reads_the_host_from_the_runs_environment()
    {
        using var harness = new BuildHarness();
        foreach (var (key, value) in Agent) harness.Environment[key] = value;
        var build = new HostBuild();

        var (exit, output) = harness.Run(build, "Version");

        Assert.True(exit == 0, output);
        Assert.Equal(1287, build.Seen);
        Assert.DoesNotContain('\e', output);
    }
}
