using System.Diagnostics;
using System.Text.Json;

namespace Walle.Pipelines.Server.Tests;

/// <summary>The sample game's server pipeline as a user runs it: <c>samples/Vega/build.sh ServerSmoke --registry …</c>.</summary>
public sealed class VegaServerTests
{
    private static readonly string Vega = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/Vega"));

    [Fact]
    public async Task SampleBuildPushesAndSmokesItsGatewayAndImagesJsonHoldsTheRegistrysDigests()
    {
        var (exitCode, output) = await RunAsync("ServerSmoke", "--registry", TestEngine.Registry, "--server-project", "vega-sample");
        Assert.True(exitCode == 0, output);
        Assert.Contains("answered its health check", output);

        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Vega, "artifacts", "images.json")));
        var gateway = Assert.Single(json.RootElement.GetProperty("images").EnumerateArray());
        Assert.Equal("gateway", gateway.GetProperty("service").GetString());
        using var http = new HttpClient();
        foreach (var tag in gateway.GetProperty("tags").EnumerateArray())
            Assert.Equal(gateway.GetProperty("digest").GetString(), await ServerImageTests.RegistryDigestAsync(http, "vega-sample/gateway", tag.GetString()!));
    }

    [Fact]
    public async Task NoEngineNamesTheParameterToPointElsewhere()
    {
        var (exitCode, output) = await RunAsync("ServerImages", "--registry", TestEngine.Registry, "--docker-host", "unix:///nonexistent/docker.sock", "--skip", "ServerBinary");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("unix:///nonexistent/docker.sock", output);
        Assert.Contains("--docker-host", output);
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Vega };
        start.ArgumentList.Add(Path.Combine(Vega, "build.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_HOST"] = TestEngine.Host;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
