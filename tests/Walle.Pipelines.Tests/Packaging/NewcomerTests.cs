namespace Walle.Pipelines.Tests.Packaging;

/// <summary>
/// The README's first command as a new user runs it: a game's <c>build.sh</c> runs that game's build against its own
/// repository wherever it is called from, as real processes on a copy of the repository.
/// </summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class NewcomerTests(RepositoryCopy copy)
{
    private string SampleScript => Path.Combine(copy.Sample, "build.sh");

    [Fact]
    public async Task The_sample_pipeline_runs_from_the_repository_root_and_again_changes_nothing()
    {
        var (exit, output) = await ProcessRunner.ShellAsync("samples/Vega/build.sh", copy.Root);

        Assert.True(exit == 0, output);
        Assert.Contains("Build succeeded", output);
        Assert.True(File.Exists(Path.Combine(copy.Sample, "client", "res", "sheets", "ui.plist")), output);
        Assert.True(File.Exists(Path.Combine(copy.Sample, ".nuke", "store", "version.manifest")), output);
        Assert.False(Directory.Exists(Path.Combine(copy.Root, ".nuke", "store")), "the sample must not publish into the Walle repository");
        Assert.False(Directory.Exists(Path.Combine(copy.Root, "client")), output);

        var (again, second) = await ProcessRunner.ShellAsync("samples/Vega/build.sh", copy.Root);
        Assert.True(again == 0, second);
        Assert.Contains("already live", second);
    }

    [Fact]
    public async Task The_sample_runs_by_its_absolute_path_from_a_folder_outside_the_repository()
    {
        var outside = Directory.CreateTempSubdirectory("walle-outside-").FullName;
        try
        {
            var (exit, output) = await ProcessRunner.RunAsync(SampleScript, ["--plan"], outside);

            Assert.True(exit == 0, output);
            Assert.Contains("Publish", output);
            Assert.Empty(Directory.GetFileSystemEntries(outside));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    [Fact]
    public async Task The_sample_runs_as_dot_dot_build_sh_from_a_sub_folder()
    {
        var (exit, output) = await ProcessRunner.ShellAsync("../build.sh ReleaseStatus", Path.Combine(copy.Sample, "release"));

        Assert.True(exit == 0, output);
        Assert.Contains("Build succeeded", output);
    }

    [Fact]
    public async Task Root_still_overrides_and_must_hold_a_nuke_folder()
    {
        var (exit, output) = await ProcessRunner.RunAsync(SampleScript, ["--plan", "--root", copy.Root], copy.Root);
        var (bad, badOutput) = await ProcessRunner.RunAsync(SampleScript, ["--plan", "--root", Path.Combine(copy.Sample, "art")], copy.Root);

        Assert.True(exit == 0, output);
        Assert.Equal(2, bad);
        Assert.Contains("has no .nuke/ folder", badOutput);
        Assert.False(Directory.Exists(Path.Combine(copy.Sample, "art", ".nuke")));
    }

    [Fact]
    public async Task The_plan_is_byte_identical_whether_or_not_TexturePacker_is_on_PATH()
    {
        var tools = Directory.CreateTempSubdirectory("walle-fake-tp-").FullName;
        try
        {
            var fake = Path.Combine(tools, "TexturePacker");
            File.WriteAllText(fake, "#!/bin/sh\necho 'TexturePacker 7.1.0'\n");
            await ProcessRunner.RunAsync("chmod", ["+x", fake], tools);
            var path = Environment.GetEnvironmentVariable("PATH");

            var (without, plain) = await ProcessRunner.ShellAsync("samples/Vega/build.sh --plan --json", copy.Root);
            var (with, licensed) = await ProcessRunner.ShellAsync($"PATH='{tools}':\"$PATH\" samples/Vega/build.sh --plan --json", copy.Root);
            var (found, which) = await ProcessRunner.ShellAsync($"PATH='{tools}':\"$PATH\" command -v TexturePacker", copy.Root);

            Assert.True(without == 0 && with == 0, plain + licensed);
            Assert.Equal(fake, which.Trim());
            Assert.Equal(0, found);
            Assert.Equal(plain, licensed);
            using var plan = System.Text.Json.JsonDocument.Parse(plain);
            var sheets = plan.RootElement.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "Sheets");
            Assert.Equal(System.Text.Json.JsonValueKind.Null, sheets.GetProperty("runsOn").ValueKind);
        }
        finally
        {
            Directory.Delete(tools, recursive: true);
        }
    }

    [Fact]
    public async Task Walles_own_plan_json_has_Pack_depending_on_Compile()
    {
        var (exit, output) = await ProcessRunner.ShellAsync("./build.sh --plan --json Pack", copy.Root);

        Assert.True(exit == 0, output);
        using var plan = System.Text.Json.JsonDocument.Parse(output);
        var targets = plan.RootElement.GetProperty("targets").EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("relations").EnumerateArray().Where(r => r.GetProperty("kind").GetString() == "dependsOn").Select(r => r.GetProperty("target").GetString()!).ToList());
        bool DependsOn(string from, string on) => targets[from].Contains(on) || targets[from].Any(d => DependsOn(d, on));
        Assert.True(DependsOn("Pack", "Compile"), output);
    }
}
