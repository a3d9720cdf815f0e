using Serilog;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

public sealed class ParameterTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private enum Channel { GooglePlay, AppStore }

    private sealed class Parameterised : WalleBuild
    {
        [Parameter("Version name shown to players")] public readonly string Version = "1.0.0";
        [Parameter] public readonly int Retries = 3;
        [Parameter] public readonly bool Force = false;
        [Parameter] public readonly Channel Store = Channel.GooglePlay;
        [Parameter] public readonly string[] Platforms = [];
        [Parameter] public readonly TimeSpan Timeout = TimeSpan.FromMinutes(1);

        Target Show => _ => _.Executes(() => Log.Information("version={Version}", Version));
    }

    [Fact]
    public void Defaults_apply_when_no_source_sets_a_value()
    {
        var result = _harness.Run<Parameterised>("Show");

        Assert.Equal("1.0.0", result.Build.Version);
        Assert.Equal(3, result.Build.Retries);
        Assert.Contains("version=1.0.0", result.Output);
    }

    [Fact]
    public void Command_line_wins_over_environment_over_profile_over_parameters_json()
    {
        _harness.WriteFile(".nuke/parameters.json", """{ "Version": "from-json", "Retries": 7, "Store": "AppStore" }""");
        _harness.WriteFile(".nuke/parameters.ci.json", """{ "Version": "from-profile", "Retries": 8 }""");
        _harness.Environment["VERSION"] = "from-env";

        var all = _harness.Run<Parameterised>("Show", "--profile", "ci", "--version", "from-cli");
        Assert.Equal("from-cli", all.Build.Version);

        var env = _harness.Run<Parameterised>("Show", "--profile", "ci");
        Assert.Equal("from-env", env.Build.Version);
        Assert.Equal(8, env.Build.Retries);
        Assert.Equal(Channel.AppStore, env.Build.Store);

        _harness.Environment.Clear();
        var profile = _harness.Run<Parameterised>("Show", "--profile", "ci");
        Assert.Equal("from-profile", profile.Build.Version);

        var json = _harness.Run<Parameterised>("Show");
        Assert.Equal("from-json", json.Build.Version);
        Assert.Equal(7, json.Build.Retries);
    }

    [Theory]
    [InlineData("Version")]
    [InlineData("VERSION")]
    [InlineData("WALLE_VERSION")]
    public void Environment_accepts_exact_snake_and_prefixed_names(string variable)
    {
        _harness.Environment[variable] = "2.0.0";

        Assert.Equal("2.0.0", _harness.Run<Parameterised>("Show").Build.Version);
    }

    [Fact]
    public void Values_convert_to_bools_enums_arrays_and_timespans()
    {
        var result = _harness.Run<Parameterised>(
            "Show", "--force", "--store", "app-store", "--platforms", "android", "ios", "--timeout", "00:02:00", "--retries=5");

        Assert.Equal(0, result.ExitCode);
        Assert.True(result.Build.Force);
        Assert.Equal(Channel.AppStore, result.Build.Store);
        Assert.Equal(["android", "ios"], result.Build.Platforms);
        Assert.Equal(TimeSpan.FromMinutes(2), result.Build.Timeout);
        Assert.Equal(5, result.Build.Retries);
    }

    [Fact]
    public void A_value_of_the_wrong_type_names_the_parameter_and_source()
    {
        _harness.Environment["RETRIES"] = "many";

        var result = _harness.Run<Parameterised>("Show");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Parameter 'Retries' from environment RETRIES: 'many' is not a valid int", result.Output);
        Assert.DoesNotContain("version=", result.Output);
    }

    [Fact]
    public void An_unknown_option_is_a_usage_error_with_a_suggestion()
    {
        var result = _harness.Run<Parameterised>("Show", "--verison", "2");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Unknown option --verison. Did you mean --version?", result.Output);
    }

    [Fact]
    public void Malformed_parameters_json_names_the_file_and_line()
    {
        _harness.WriteFile(".nuke/parameters.json", "{\n  \"Version\": \"1.2.0\",\n  \"Retries\": ,\n}");

        var result = _harness.Run<Parameterised>("Show");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains(".nuke/parameters.json is not valid JSON (line 3", result.Output);
    }

    [Fact]
    public void An_unknown_key_in_parameters_json_is_warned_about_with_a_suggestion()
    {
        _harness.WriteFile(".nuke/parameters.json", """{ "Verison": "3.0.0" }""");

        var result = _harness.Run<Parameterised>("Show");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("WRN .nuke/parameters.json: \"Verison\" is not a parameter of this build and is ignored. Did you mean \"Version\"?", result.Output);
        Assert.Equal("1.0.0", result.Build.Version);
    }

    [Fact]
    public void A_missing_profile_lists_the_available_ones()
    {
        _harness.WriteFile(".nuke/parameters.ci.json", "{}");

        var result = _harness.Run<Parameterised>("Show", "--profile", "release");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("parameters.release.json does not exist", result.Output);
        Assert.Contains("Available profiles: ci", result.Output);
    }

    private sealed class Guarded : WalleBuild
    {
        [Parameter("Store API token"), Secret, Required] public readonly string? ApiToken = null;
        [Parameter("Gray percentage")] public readonly int? Percent = null;
        public readonly Journal Journal = new();

        Target Publish => _ => _.Requires(() => Percent).Executes(() => Journal.Add("Publish"));
        Target Leak => _ => _.Executes(() =>
        {
            Log.Information("token is {Token}", ApiToken);
            Console.Out.Flush();
            throw new InvalidOperationException($"login failed with {ApiToken}");
        });
    }

    [Fact]
    public void A_missing_required_parameter_says_every_way_to_set_it_and_nothing_runs()
    {
        var result = _harness.Run<Guarded>("Publish", "--percent", "5");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Parameter 'ApiToken' is required. Set it with --api-token <value>, the environment variable API_TOKEN (or WALLE_API_TOKEN), or \"ApiToken\" in .nuke/parameters.json.", result.Output);
        Assert.Empty(result.Build.Journal.Entries);
    }

    [Fact]
    public void Requires_checks_planned_targets_before_anything_runs()
    {
        _harness.Environment["API_TOKEN"] = "t0k3n-value";

        var result = _harness.Run<Guarded>("Publish");

        Assert.Equal(ExitCodes.UsageError, result.ExitCode);
        Assert.Contains("Target 'Publish' requires parameter 'Percent'. Set it with --percent <value>", result.Output);
        Assert.Empty(result.Build.Journal.Entries);
    }

    [Fact]
    public void Secrets_never_appear_in_output_log_file_summary_or_help()
    {
        const string secret = "s3cr3t-Token-Value";
        _harness.Environment["WALLE_API_TOKEN"] = secret;

        var result = _harness.Run<Guarded>("Leak");
        var help = _harness.Run<Guarded>("--help");

        Assert.Equal(ExitCodes.BuildFailed, result.ExitCode);
        Assert.Contains("token is ****", result.Output);
        Assert.Contains("login failed with ****", result.Output);
        Assert.DoesNotContain(secret, result.Output);
        Assert.DoesNotContain(secret, result.LogFile);
        Assert.DoesNotContain(secret, result.SummaryJson);
        Assert.Contains("set (from environment WALLE_API_TOKEN)", help.Output);
        Assert.DoesNotContain(secret, help.Output);
    }

    [Fact]
    public void Help_lists_targets_and_parameters_with_the_source_of_each_value()
    {
        _harness.Environment["RETRIES"] = "9";

        var result = _harness.Run<Parameterised>("--help");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Show", result.Output);
        Assert.Contains("--version <string>", result.Output);
        Assert.Contains("Version name shown to players", result.Output);
        Assert.Contains("= 1.0.0 (from default)", result.Output);
        Assert.Contains("= 9 (from environment RETRIES)", result.Output);
        Assert.Contains("--store <googleplay|appstore>", result.Output);
        Assert.Contains("--parallel [n]", result.Output);
    }
}
