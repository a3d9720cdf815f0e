using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

public sealed class UpToDateTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Sheets : WalleBuild
    {
        [Parameter] public readonly string Scale = "1";
        public readonly Journal Journal = new();

        Target Pack => _ => _
            .Inputs("art/**/*.png")
            .Outputs("out/*.plist")
            .Executes(() =>
            {
                Journal.Add("Pack");
                var files = Directory.GetFiles(Path.Combine(RootDirectory, "art"), "*.png", SearchOption.AllDirectories);
                Directory.CreateDirectory(Path.Combine(RootDirectory, "out"));
                File.WriteAllText(Path.Combine(RootDirectory, "out", "ui.plist"), $"{files.Length} frames at {Scale}");
            });

        Target Fails => _ => _.Inputs("art/**/*.png").Executes(() =>
        {
            Journal.Add("Fails");
            throw new InvalidOperationException("boom");
        });
    }

    public UpToDateTests()
    {
        _harness.WriteFile("art/ui/button.png", "button-v1");
        _harness.WriteFile("art/ui/icon.png", "icon-v1");
    }

    [Fact]
    public void Unchanged_inputs_and_outputs_skip_the_target_as_up_to_date()
    {
        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack").StatusOf("Pack"));

        var second = _harness.Run<Sheets>("Pack");

        Assert.Equal(0, second.ExitCode);
        Assert.Equal("upToDate", second.StatusOf("Pack"));
        Assert.Empty(second.Build.Journal.Entries);
        Assert.Contains("Up to date", second.Output);
    }

    [Fact]
    public void Changed_input_content_runs_the_target_again()
    {
        _harness.Run<Sheets>("Pack");
        _harness.WriteFile("art/ui/icon.png", "icon-v2");

        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack").StatusOf("Pack"));
    }

    [Fact]
    public void An_added_input_file_runs_the_target_again()
    {
        _harness.Run<Sheets>("Pack");
        _harness.WriteFile("art/ui/new.png", "new");

        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack").StatusOf("Pack"));
    }

    [Fact]
    public void A_deleted_or_edited_output_runs_the_target_again()
    {
        _harness.Run<Sheets>("Pack");
        File.Delete(Path.Combine(_harness.Root, "out", "ui.plist"));
        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack").StatusOf("Pack"));

        _harness.WriteFile("out/ui.plist", "hand edited");
        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack").StatusOf("Pack"));
    }

    [Fact]
    public void A_changed_parameter_runs_the_target_again()
    {
        _harness.Run<Sheets>("Pack");

        Assert.Equal("succeeded", _harness.Run<Sheets>("Pack", "--scale", "2").StatusOf("Pack"));
    }

    [Fact]
    public void A_failed_target_is_never_up_to_date()
    {
        _harness.Run<Sheets>("Fails");

        var second = _harness.Run<Sheets>("Fails");

        Assert.Equal("failed", second.StatusOf("Fails"));
        Assert.Equal(["Fails"], second.Build.Journal.Entries);
    }
}
