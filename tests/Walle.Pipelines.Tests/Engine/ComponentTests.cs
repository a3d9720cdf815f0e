using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tests.Engine;

public interface IJournalBuild : IWalleBuild
{
    Journal Journal { get; }
}

public interface ICompile : IJournalBuild
{
    [Parameter("Build configuration")] string Configuration => TryGetValue<string>(nameof(Configuration)) ?? "Debug";

    Target Compile => _ => _.Description("Compiles the game").Executes(() => Journal.Add($"Compile {Configuration}"));
}

public interface IPack : ICompile
{
    Target Pack => _ => _.DependsOn<ICompile>(x => x.Compile).TryDependsOn<ISign>(x => x.Sign).Executes(() => Journal.Add("Pack"));
}

public interface ISign : IJournalBuild
{
    Target Sign => _ => _.Executes(() => Journal.Add("Sign"));
}

public interface IUpload : IJournalBuild
{
    Target Upload => _ => _.DependsOn<ISign>(x => x.Sign).Executes(() => Journal.Add("Upload"));
}

public sealed class ComponentTests : IDisposable
{
    private readonly BuildHarness _harness = new();

    public void Dispose() => _harness.Dispose();

    private sealed class Unsigned : WalleBuild, IPack
    {
        public Journal Journal { get; } = new();
    }

    private sealed class Signed : WalleBuild, IPack, ISign
    {
        public Journal Journal { get; } = new();
    }

    private sealed class Overriding : WalleBuild, IPack
    {
        public Journal Journal { get; } = new();

        public Target Compile => _ => _.Executes(() => Journal.Add("custom compile"));
    }

    private sealed class PrivatelyOverriding : WalleBuild, IPack
    {
        public Journal Journal { get; } = new();

        // Private and not an implementation of ICompile.Compile: it still replaces it for IPack's reference.
        Target Compile => _ => _.Executes(() => Journal.Add("private compile"));
    }

    private sealed class Extending : WalleBuild, IPack
    {
        public Journal Journal { get; } = new();

        Target ICompile.Compile => _ => _
            .Inherit<ICompile>(x => x.Compile)
            .Executes(() => Journal.Add("then obfuscate"));
    }

    private sealed class Broken : WalleBuild, IUpload
    {
        public Journal Journal { get; } = new();
    }

    [Fact]
    public void Component_targets_and_parameters_come_from_interfaces()
    {
        var result = _harness.Run<Unsigned>("Pack", "--configuration", "Release");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["Compile Release", "Pack"], result.Build.Journal.Entries);
    }

    [Fact]
    public void TryDependsOn_is_used_when_the_component_is_present()
    {
        var result = _harness.Run<Signed>("Pack");

        Assert.Equal(["Compile Debug", "Sign", "Pack"], result.Build.Journal.Entries);
    }

    [Fact]
    public void A_build_class_member_overrides_the_component_default()
    {
        var result = _harness.Run<Overriding>("Pack");

        Assert.Equal(["custom compile", "Pack"], result.Build.Journal.Entries);
    }

    [Fact]
    public void A_private_member_of_the_same_name_replaces_the_component_target_for_other_components()
    {
        var result = _harness.Run<PrivatelyOverriding>("Pack");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["private compile", "Pack"], result.Build.Journal.Entries);
        Assert.Equal(["Compile", "Pack"], result.Planned);
    }

    [Fact]
    public void Inherit_keeps_the_component_body_and_adds_to_it()
    {
        var result = _harness.Run<Extending>("Pack", "--configuration", "Release");

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Equal(["Compile Release", "then obfuscate", "Pack"], result.Build.Journal.Entries);
        Assert.Contains("Compiles the game", _harness.Run<Extending>("--help").Output);
    }

    [Fact]
    public void DependsOn_a_missing_component_is_a_definition_error_naming_it()
    {
        var result = _harness.Run<Broken>("Upload");

        Assert.Equal(ExitCodes.DefinitionError, result.ExitCode);
        Assert.Contains("does not implement ISign", result.Output);
    }

    [Fact]
    public void Help_shows_component_targets_with_descriptions_and_dependencies()
    {
        var result = _harness.Run<Signed>("--help");

        Assert.Contains("Compile", result.Output);
        Assert.Contains("Compiles the game", result.Output);
        Assert.Contains("(depends on Compile, Sign)", result.Output);
        Assert.Contains("--configuration <string>", result.Output);
        Assert.Contains("= Debug (component default)", result.Output);
    }
}
