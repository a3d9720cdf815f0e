using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

/// <summary>How the command line reads targets, options and values, and the errors it gives.</summary>
public sealed class CommandLineTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Publishing : WalleBuild
    {
        public readonly Journal Journal = new();

        [Parameter("Versions to keep")] readonly int Keep = 5;
        [Parameter("Publish even when not newer")] readonly bool Force = false;
        [Parameter("Channels")] readonly string[] Channels = [];

        Target Publish => _ => _.Executes(() => Journal.Add($"Publish keep={Keep} force={Force} channels={string.Join("+", Channels)}"));
        Target Verify => _ => _.Executes(() => Journal.Add("Verify"));
    }

    [Theory]
    [InlineData("--keep=3", "Verify")]
    [InlineData("--keep", "3", "Verify")]
    [InlineData("--force", "Verify")]
    public void A_target_named_after_a_single_valued_option_is_a_target(params string[] args)
    {
        var build = new Publishing();
        var result = _harness.Run(build, [], ["Publish", .. args]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Publish", "Verify"], result.Planned);
        Assert.Equal("Verify", build.Journal.Entries[^1]);
    }

    [Fact]
    public void The_option_keeps_its_own_value_when_a_target_follows()
    {
        var build = new Publishing();
        var result = _harness.Run(build, [], "Publish", "--keep", "3", "--force", "Verify");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Publish keep=3 force=True channels=", build.Journal.Entries);
    }

    [Fact]
    public void A_list_option_takes_every_word_that_follows()
    {
        var build = new Publishing();
        var result = _harness.Run(build, [], "Publish", "--channels", "taptap", "huawei");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Publish"], result.Planned);
        Assert.Contains("Publish keep=5 force=False channels=taptap+huawei", build.Journal.Entries);
    }

    [Fact]
    public void Two_values_that_are_not_targets_are_an_error_that_says_what_it_got()
    {
        var result = _harness.Run<Publishing>("Publish", "--keep", "3", "Verfy");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("takes one value but got 2: 3 Verfy", result.Output);
        Assert.Contains("name targets before options", result.Output);
    }

    [Fact]
    public void Skipping_a_target_that_does_not_exist_is_an_error_with_a_suggestion()
    {
        var result = _harness.Run<Publishing>("Publish", "--skip", "Verfy");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("--skip Verfy: the build has no target 'Verfy'. Did you mean 'Verify'?", result.Output);
    }

    [Fact]
    public void Root_must_name_a_folder_with_a_nuke_folder_and_nothing_is_created_there()
    {
        var elsewhere = Directory.CreateTempSubdirectory("walle-no-root-").FullName;
        try
        {
            var result = _harness.Run<Publishing>("Publish", "--root", elsewhere);

            Assert.Equal(ExitCodes.UsageError, result.ExitCode);
            Assert.Contains("has no .nuke/ folder", result.Output);
            Assert.Empty(Directory.GetFileSystemEntries(elsewhere));
        }
        finally
        {
            Directory.Delete(elsewhere, recursive: true);
        }
    }
}
