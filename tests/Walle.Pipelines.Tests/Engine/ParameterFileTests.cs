using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

/// <summary><c>--parameters</c>, <c>--set-parameter</c>, encrypted secrets and strict parameter files.</summary>
public sealed class ParameterFileTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Configured : WalleBuild
    {
        [Parameter("Version shown to players")] public readonly string Version = "1.0.0";
        [Parameter("Versions kept")] public readonly int Keep = 5;
        [Parameter("Channels")] public readonly string[] Channels = [];
        [Parameter("Store token"), Secret] public readonly string? StoreToken = null;

        public string? SeenToken;

        Target Publish => _ => _.Requires(() => Version).Executes(() => SeenToken = StoreToken);
    }

    private string ParametersJson => File.ReadAllText(_harness.NukeFile("parameters.json"));

    [Fact]
    public void Parameters_lists_values_sources_and_readers_and_masks_secrets()
    {
        _harness.WriteFile(".nuke/parameters.json", """{ "Keep": 3 }""");
        _harness.Environment["STORE_TOKEN"] = "tok-123-secret";

        var result = _harness.Run<Configured>("--parameters", "--version", "2.0.0");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Matches(@"Version\s+2\.0\.0\s+the command line\s+Publish", result.Output);
        Assert.Matches(@"Keep\s+3\s+\.nuke/parameters\.json", result.Output);
        Assert.Matches(@"StoreToken\s+\*\*\*\*\s+environment STORE_TOKEN", result.Output);
        Assert.DoesNotContain("tok-123-secret", result.Output);
    }

    [Fact]
    public void Set_parameter_keeps_other_keys_comments_and_formatting()
    {
        _harness.WriteFile(".nuke/parameters.json", "{\n    // Vega's defaults\n    \"Version\": \"1.0.0\",\n    \"Keep\": 5\n}\n");

        var set = _harness.Run<Configured>("--set-parameter", "Keep=9", "--set-parameter", "Channels=taptap,huawei");

        Assert.True(set.ExitCode == 0, set.Output);
        Assert.Equal("{\n    // Vega's defaults\n    \"Version\": \"1.0.0\",\n    \"Keep\": 9,\n    \"Channels\": [\"taptap\",\"huawei\"]\n}\n", ParametersJson);
        Assert.Equal(9, _harness.Run<Configured>("Publish").Build.Keep);
    }

    [Fact]
    public void Set_parameter_into_a_profile_creates_its_file()
    {
        var set = _harness.Run<Configured>("--set-parameter", "Version=3.1.0", "--profile", "ci");

        Assert.True(set.ExitCode == 0, set.Output);
        Assert.Equal("{\n  \"Version\": \"3.1.0\"\n}\n", File.ReadAllText(_harness.NukeFile("parameters.ci.json")));
    }

    [Theory]
    [InlineData("Kepe=3", "the build has no parameter 'Kepe'. Did you mean 'Keep'?")]
    [InlineData("Keep=many", "Keep")]
    [InlineData("Keep", "write Name=Value")]
    public void Set_parameter_refuses_what_the_build_could_not_read(string pair, string expected)
    {
        var set = _harness.Run<Configured>("--set-parameter", pair);

        Assert.Equal(ExitCodes.UsageError, set.ExitCode);
        Assert.Contains(expected, set.Output);
        Assert.False(File.Exists(_harness.NukeFile("parameters.json")));
    }

    [Fact]
    public void A_secret_is_stored_encrypted_and_decrypted_at_run_time_with_the_password()
    {
        _harness.Environment["WALLE_PARAMETERS_PASSWORD"] = "correct horse";
        Assert.Equal(0, _harness.Run<Configured>("--set-parameter", "StoreToken=tok-987-secret").ExitCode);

        Assert.DoesNotContain("tok-987-secret", ParametersJson);
        Assert.Contains("\"StoreToken\": \"enc:v1:", ParametersJson);
        var run = _harness.Run<Configured>("Publish");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Equal("tok-987-secret", run.Build.SeenToken);
        Assert.DoesNotContain("tok-987-secret", run.Output);
    }

    [Fact]
    public void A_wrong_or_missing_password_is_an_error_naming_the_file()
    {
        _harness.Environment["WALLE_PARAMETERS_PASSWORD"] = "correct horse";
        Assert.Equal(0, _harness.Run<Configured>("--set-parameter", "StoreToken=tok-987-secret").ExitCode);

        _harness.Environment["WALLE_PARAMETERS_PASSWORD"] = "wrong horse";
        var wrong = _harness.Run<Configured>("Publish");
        Assert.Equal(ExitCodes.UsageError, wrong.ExitCode);
        Assert.Contains(".nuke/parameters.json: the password in WALLE_PARAMETERS_PASSWORD does not decrypt parameter 'StoreToken'", wrong.Output);

        _harness.Environment.Remove("WALLE_PARAMETERS_PASSWORD");
        var missing = _harness.Run<Configured>("Publish");
        Assert.Equal(ExitCodes.UsageError, missing.ExitCode);
        Assert.Contains(".nuke/parameters.json: parameter 'StoreToken' is stored encrypted", missing.Output);
        Assert.Equal(0, _harness.Run<Configured>("--plan", "Publish").ExitCode); // looking at the plan needs no password
    }

    [Theory]
    [InlineData("{ \"Keep\": 3, }", "is not valid JSON (line 1")]
    [InlineData("{\n  \"Keep\": 3,\n  \"keep\": 4\n}", ".nuke/parameters.json, line 3: \"keep\" is given twice (first on line 2)")]
    [InlineData("{\n  \"Version\": 2\n}", ".nuke/parameters.json, line 2: \"Version\" is a number, but parameter 'Version' is a string")]
    [InlineData("{\n  \"Version\": [\"1\", \"2\"]\n}", "\"Version\" is an array, but parameter 'Version' is a string")]
    [InlineData("{\n  \"Keep\": [1, 2]\n}", "\"Keep\" is an array, but parameter 'Keep' takes one value")]
    public void Parameter_files_are_read_strictly(string json, string expected)
    {
        _harness.WriteFile(".nuke/parameters.json", json);

        var result = _harness.Run<Configured>("Publish");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(expected, result.Output);
    }
}
