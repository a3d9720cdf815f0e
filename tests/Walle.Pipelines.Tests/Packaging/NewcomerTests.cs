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
}
