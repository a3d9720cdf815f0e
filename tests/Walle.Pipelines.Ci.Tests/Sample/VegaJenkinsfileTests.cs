using System.Text.Json;
using CliWrap;
using CliWrap.Buffered;
using Walle.Pipelines.Ci.Tests.Jenkins;
using Walle.Pipelines.Tests.Packaging;

namespace Walle.Pipelines.Ci.Tests.Sample;

/// <summary>
/// The committed <c>samples/Vega/Jenkinsfile</c>: the sample's own build, run as a process on a fresh copy of the
/// repository, says it is what it generates; groovy compiles it; its stages follow the sample's plan.
/// </summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class VegaJenkinsfileTests(RepositoryCopy copy)
{
    private string Committed => Path.Combine(copy.Sample, "Jenkinsfile");

    /// <summary>The command written in the file's header, as the lead runs it after merging.</summary>
    private string RegenerateCommand =>
        File.ReadLines(Committed).First(l => l.StartsWith("// Regenerate: ", StringComparison.Ordinal))["// Regenerate: ".Length..];

    [Fact]
    public async Task The_committed_Jenkinsfile_is_what_the_sample_generates_and_the_log_has_no_ANSI_codes()
    {
        // As on a Jenkins agent: output into a pipe, no NO_COLOR, the Jenkins variables set.
        var result = await Cli.Wrap("bash").WithArguments(["-c", RegenerateCommand + " --jenkinsfile-verify"])
            .WithWorkingDirectory(copy.Sample)
            .WithEnvironmentVariables(e => e.Set("NO_COLOR", null).Set("JENKINS_URL", "https://jenkins.example.com/").Set("BUILD_NUMBER", "57")
                .Set("BUILD_URL", "https://jenkins.example.com/job/vega/57/").Set("JOB_NAME", "vega"))
            .WithValidation(CommandResultValidation.None)
            .ExecuteBufferedAsync();
        var output = result.StandardOutput + result.StandardError;

        Assert.True(result.ExitCode == 0, $"samples/Vega/Jenkinsfile is out of date: run `cd samples/Vega && {RegenerateCommand}` and commit it.\n{output}");
        Assert.Contains("is what the build generates", output);
        Assert.DoesNotContain('\e', output);
        Assert.Contains("── GenerateJenkinsfile ", output); // a block per target
    }

    [Fact]
    public async Task The_sample_Jenkinsfile_compiles_and_runs_each_planned_target_in_one_stage_on_its_label()
    {
        var (exit, planJson) = await ProcessRunner.ShellAsync("./build.sh --plan --json Publish Package ServerSmoke IosExport --profile jenkins", copy.Sample);
        Assert.True(exit == 0, planJson);
        using var plan = JsonDocument.Parse(planJson);
        var planned = plan.RootElement.GetProperty("targets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("runsOn").GetString());

        var tree = (await GroovyStageTree.ReadAsync(Committed))[0];
        var stages = GroovyStageTree.Stages(tree).Values.Where(s => s.GetProperty("sh").GetArrayLength() > 0).ToList();
        var commands = stages.Select(s => (Stage: s, Words: s.GetProperty("sh")[0].GetString()!.Split(' '))).ToList();

        Assert.All(commands, c => Assert.Equal(["./build.sh"], c.Words[..1]));
        Assert.All(commands, c => Assert.EndsWith("--skip --profile jenkins", string.Join(' ', c.Words)));
        var staged = commands.SelectMany(c => c.Words.Skip(1).TakeWhile(w => !w.StartsWith("--", StringComparison.Ordinal))).ToList();
        Assert.Equal(planned.Keys.Order(), staged.Order()); // every planned target exactly once
        foreach (var (stage, words) in commands)
        foreach (var target in words.Skip(1).TakeWhile(w => !w.StartsWith("--", StringComparison.Ordinal)))
        {
            var agent = stage.GetProperty("agent");
            Assert.Equal(planned[target], agent.ValueKind == JsonValueKind.Object ? agent.GetProperty("label").GetString() : null);
        }

        Assert.Equal("texturepacker", planned["Sheets"]); // the jenkins profile chooses TexturePacker
        Assert.Equal("macos", planned["IosExport"]);
        Assert.Equal("docker", planned["ServerPush"]);
        Assert.Null(planned["ClientSign"]);
    }
}
