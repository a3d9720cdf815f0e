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

    [Fact]
    public async Task InvalidVersionTagNamesTheParameters()
    {
        var (exitCode, output) = await RunAsync("ServerImages", "--registry", TestEngine.Registry, "--server-version", "-1.0", "--skip", "ServerBinary");
        Assert.NotEqual(0, exitCode);
        Assert.Contains("'-1.0' is not a valid image tag", output);
        Assert.Contains("--server-version", output);
    }

    [Fact]
    public async Task DockerRunnerWithoutAnImageNamesTheParameter()
    {
        using var folder = TestEngine.Folder();
        folder.Write("art/ui/a.png", "not read");
        var (exitCode, output) = await RunAsync("Sheets", "--sheet-tool-runner", "docker", "--sheet-source-directory", Path.Combine(folder.Path, "art"),
            "--sheet-output-directory", Path.Combine(folder.Path, "sheets"));
        Assert.NotEqual(0, exitCode);
        Assert.Contains("--sheet-docker-image", output);
    }

    [Fact]
    public async Task SheetsRunTexturePackerInAContainerChosenByParameters()
    {
        using var folder = TestEngine.Folder();
        var image = await TexturePackerInContainerTests.ArtAndImageAsync(folder, "-vega");
        var (exitCode, output) = await RunAsync("Sheets", "--sheet-tool-runner", "docker", "--sheet-docker-image", image,
            "--sheet-source-directory", Path.Combine(folder.Path, "art"), "--sheet-output-directory", Path.Combine(folder.Path, "sheets"),
            "--tp-floating-license", License);
        Assert.True(exitCode == 0, output);
        Assert.Contains("1 packed", output);
        Assert.True(File.Exists(Path.Combine(folder.Path, "sheets", "ui.plist")), output);
        Assert.DoesNotContain(License, output + await File.ReadAllTextAsync(Path.Combine(Vega, ".nuke", "temp", "build.log")));
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker"));
    }

    [Fact]
    public async Task SigtermWhileTexturePackerRunsRemovesItsContainer()
    {
        using var folder = TestEngine.Folder();
        var image = await TexturePackerInContainerTests.ArtAndImageAsync(folder, "-hang", "ENV FAKE_TP_HANG=1\n");
        using var process = Start("Sheets", "--sheet-tool-runner", "docker", "--sheet-docker-image", image,
            "--sheet-source-directory", Path.Combine(folder.Path, "art"), "--sheet-output-directory", Path.Combine(folder.Path, "sheets"),
            "--tp-floating-license", License);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 600 && !(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker")).Any(c => c.State == "running"); i++)
            await Task.Delay(200);
        Assert.NotEmpty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker"));

        Assert.Equal(0, TestEngine.Run("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 143, await output + await error);
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker"));
        Assert.False(File.Exists(Path.Combine(folder.Path, "sheets", "ui.plist")));
    }

    private const string License = "TP-FLOAT-vega-ab12cd";

    private static Process Start(params string[] arguments)
    {
        // build.sh execs the build, so the process started here is the one that gets the signal.
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Vega };
        start.ArgumentList.Add(Path.Combine(Vega, "build.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_HOST"] = TestEngine.Host;
        return Process.Start(start)!;
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(params string[] arguments)
    {
        using var process = Start(arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
