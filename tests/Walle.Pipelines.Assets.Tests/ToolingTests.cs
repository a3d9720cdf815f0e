using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Tests;

public sealed class ToolingTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Script(string name, string body)
    {
        var path = _temp[name];
        File.WriteAllText(path, "#!/bin/bash\n" + body + "\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        return path;
    }

    [Fact]
    public async Task Arguments_are_passed_one_by_one_without_a_shell()
    {
        var echo = Script("args", "printf '[%s]\\n' \"$@\"");
        var result = await Tool.RunAsync(new ToolSettings { Executable = echo, Arguments = ["a b", "$HOME", "'q'", ""] }, new BuildContext());
        Assert.Equal("[a b]\n[$HOME]\n['q']\n[]\n", result.StandardOutput);
    }

    [Fact]
    public async Task Failure_names_the_tool_and_code_with_secrets_masked()
    {
        var fail = Script("deploy-tool", "echo \"using key $1\" >&2; exit 7");
        var error = await Assert.ThrowsAsync<ToolFailedException>(() =>
            Tool.RunAsync(new ToolSettings { Executable = fail, Arguments = ["s3cr3t-value"], Secrets = ["s3cr3t-value"] }, new BuildContext()));
        Assert.Contains("deploy-tool exited with code 7", error.Message);
        Assert.Contains("using key ****", error.Message);
        Assert.DoesNotContain("s3cr3t-value", error.Message);
    }

    [Fact]
    public async Task A_hanging_tool_is_stopped_at_its_timeout()
    {
        var hang = Script("hang", "sleep 30");
        var error = await Assert.ThrowsAsync<ToolFailedException>(() =>
            Tool.RunAsync(new ToolSettings { Executable = hang, Timeout = TimeSpan.FromMilliseconds(300) }, new BuildContext()));
        Assert.Contains("did not finish", error.Message);
    }

    [Fact]
    public void A_tool_is_found_through_its_variable_and_a_missing_one_is_explained()
    {
        var tool = Script("MyTool", "exit 0");
        const string variable = "WALLE_TEST_TOOL";
        // The run's environment, not the process's: the variable is set only in the dictionary given.
        Assert.Equal(tool, ToolLocator.TryFind(new Dictionary<string, string> { [variable] = tool, ["PATH"] = "/usr/bin" }, variable, "no-such-tool-xyz"));
        var without = new Dictionary<string, string> { ["PATH"] = "/usr/bin" };
        Assert.Null(ToolLocator.TryFind(without, variable, "no-such-tool-xyz"));
        var error = Assert.Throws<ToolNotFoundException>(() => ToolLocator.Find(without, "Xyz", variable, "Install it from the studio share.", "no-such-tool-xyz"));
        Assert.Contains("$" + variable, error.Message);
        Assert.Contains("Install it from the studio share.", error.Message);
    }

    [Fact]
    public void Tools_on_path_are_found()
    {
        Assert.EndsWith("/bash", ToolLocator.TryFind(new BuildContext().Environment, null, "bash"));
        Assert.Null(ToolLocator.TryFind(new Dictionary<string, string> { ["PATH"] = _temp["empty-path"] }, null, "bash"));
    }

    public void Dispose() => _temp.Dispose();
}
