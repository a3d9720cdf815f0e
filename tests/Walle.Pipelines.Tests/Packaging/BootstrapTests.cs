namespace Walle.Pipelines.Tests.Packaging;

/// <summary>Runs the repository's own <c>build.sh</c> as a user does: it compiles the build once, then reuses it.</summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class BootstrapTests
{
    [Fact]
    public async Task Build_sh_plans_Pack_and_skips_the_compile_when_nothing_changed()
    {
        var script = Path.Combine(RepositoryPaths.Root, "build.sh");

        var (firstExit, first) = await ProcessRunner.RunAsync("bash", [script, "--plan", "Pack"], RepositoryPaths.Root);
        var stamp = File.GetLastWriteTimeUtc(Path.Combine(RepositoryPaths.Root, ".nuke", "temp", "build.stamp"));
        var (secondExit, second) = await ProcessRunner.RunAsync("bash", [script, "--plan", "Pack"], RepositoryPaths.Root);

        Assert.True(firstExit == 0, first);
        Assert.Equal(0, secondExit);
        Assert.Matches(@"1\. Restore\s*\n\s+2\. Compile\s+after Restore\s*\n\s+3\. Pack\s+after Compile", second.Replace("\r", ""));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(RepositoryPaths.Root, ".nuke", "temp", "build.stamp")));
    }

    [Fact]
    public async Task Build_sh_help_lists_targets_and_parameters()
    {
        var (exit, help) = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "build.sh"), "--help"], RepositoryPaths.Root);

        Assert.True(exit == 0, help);
        Assert.Contains("* Pack", help);
        Assert.Contains("--package-version <string>", help);
    }

    [Fact]
    public async Task An_unknown_target_exits_with_the_usage_error_code()
    {
        var (exit, output) = await ProcessRunner.RunAsync("bash", [Path.Combine(RepositoryPaths.Root, "build.sh"), "Compiel"], RepositoryPaths.Root);

        Assert.Equal(2, exit);
        Assert.Contains("Did you mean 'Compile'?", output);
    }
}
