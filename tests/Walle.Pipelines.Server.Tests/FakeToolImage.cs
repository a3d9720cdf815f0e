using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

/// <summary>The licensed-CLI stand-in (Programs/fake-tool.c) built with gcc -static into a FROM scratch image, once per test run.</summary>
internal static class FakeToolImage
{
    public const string LicenseVariable = "FAKE_TOOL_LICENSE";
    private static readonly Lazy<Task<string>> Built = new(BuildAsync);

    public static Task<string> TagAsync() => Built.Value;

    public static DockerToolRunnerSettings Runner(string image, string? license = "TP-SEAT-7f3a91c2", int capacity = 2) => new(image)
    {
        Engine = TestEngine.Engine,
        Capacity = capacity,
        SecretEnvironment = license is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [LicenseVariable] = license },
    };

    private static async Task<string> BuildAsync()
    {
        var folder = TestEngine.Folder();
        TestEngine.CompileStatic(Path.Combine(AppContext.BaseDirectory, "Programs", "fake-tool.c"), Path.Combine(folder.Path, "fake-tool", "fake-tool"));
        folder.Write("fake-tool/Dockerfile", "FROM scratch\nCOPY fake-tool /usr/local/bin/fake-tool\n");
        var settings = new ServerImageSettings([new ServerImage("fake-tool", "fake-tool")], TestEngine.Registry, "walle-tools", "1.0.0", "test")
        {
            RootDirectory = folder.Path,
            Engine = TestEngine.Engine,
        };
        await ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None);
        return $"{TestEngine.Registry}/walle-tools/fake-tool:1.0.0";
    }
}
