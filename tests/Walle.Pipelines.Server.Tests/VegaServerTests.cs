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
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
    }

    [Fact]
    public async Task FailedTexturePackerContainerIsGoneWhenTheBuildEnds()
    {
        // No licence: the stand-in refuses and exits 1; its container is removed in the background, before the build ends.
        using var folder = TestEngine.Folder();
        var image = await TexturePackerInContainerTests.ArtAndImageAsync(folder, "-refuse");
        var (exitCode, output) = await RunAsync("Sheets", "--sheet-tool-runner", "docker", "--sheet-docker-image", image,
            "--sheet-source-directory", Path.Combine(folder.Path, "art"), "--sheet-output-directory", Path.Combine(folder.Path, "sheets"));
        Assert.NotEqual(0, exitCode);
        Assert.False(File.Exists(Path.Combine(folder.Path, "sheets", "ui.plist")), output);
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
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
        for (var i = 0; i < 600 && !(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image)).Any(c => c.State == "running"); i++)
            await Task.Delay(200);
        Assert.NotEmpty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));

        Assert.Equal(0, TestEngine.Run("kill", "-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ExitCode);
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);

        Assert.True(process.ExitCode == 143, await output + await error);
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
        Assert.False(File.Exists(Path.Combine(folder.Path, "sheets", "ui.plist")));
    }

    [Fact]
    public async Task SampleBuildPushesThroughATlsEngineNamedByDockerHostAndCertPath()
    {
        var (exitCode, output) = await RunAsync(TlsEnvironment(TestEngine.TlsCertPath), "ServerPush", "--registry", TestEngine.Registry, "--server-project", "vega-tls");
        Assert.True(exitCode == 0, output);

        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Vega, "artifacts", "images.json")));
        var gateway = Assert.Single(json.RootElement.GetProperty("images").EnumerateArray());
        using var http = new HttpClient();
        foreach (var tag in gateway.GetProperty("tags").EnumerateArray())
            Assert.Equal(gateway.GetProperty("digest").GetString(), await ServerImageTests.RegistryDigestAsync(http, "vega-tls/gateway", tag.GetString()!));
        Assert.DoesNotContain(TlsEngineTests.KeyBody(Path.Combine(TestEngine.TlsCertPath, "key.pem")), output + await File.ReadAllTextAsync(Path.Combine(Vega, ".nuke", "temp", "build.log")));
    }

    [Fact]
    public async Task SheetsRunTexturePackerInAContainerOnATlsEngine()
    {
        using var folder = TestEngine.Folder();
        var image = await TexturePackerInContainerTests.ArtAndImageAsync(folder, "-tls");
        var (exitCode, output) = await RunAsync(TlsEnvironment(TestEngine.TlsCertPath), "Sheets", "--sheet-tool-runner", "docker", "--sheet-docker-image", image,
            "--sheet-source-directory", Path.Combine(folder.Path, "art"), "--sheet-output-directory", Path.Combine(folder.Path, "sheets"),
            "--tp-floating-license", License);
        Assert.True(exitCode == 0, output);
        Assert.Contains("1 packed", output);
        Assert.True(File.Exists(Path.Combine(folder.Path, "sheets", "ui.plist")), output);
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("TexturePacker", image));
    }

    [Fact]
    public async Task PlainTcpToATlsEngineNamesTheCertPath()
    {
        var environment = new Dictionary<string, string?> { ["DOCKER_HOST"] = TestEngine.TlsHost, ["DOCKER_CERT_PATH"] = null, ["DOCKER_TLS_VERIFY"] = null };
        var (exitCode, output) = await RunAsync(environment, "ServerImages", "--registry", TestEngine.Registry, "--skip", "ServerBinary");
        Assert.NotEqual(0, exitCode);
        Assert.Contains($"The Docker engine at {TestEngine.TlsHost} speaks only TLS", output);
        Assert.Contains("Set --docker-cert-path / DOCKER_CERT_PATH", output);
    }

    [Fact]
    public async Task WrongCaForATlsEngineNamesTheCertPathAndTheFix()
    {
        using var folder = TestEngine.Folder();
        TestCertificates.Authority(Path.Combine(folder.Path, "other-ca"), "walle-other-ca");
        var certificates = TestCertificates.CopyOfTestClient(Path.Combine(folder.Path, "certs"), "ca.pem", Path.Combine(folder.Path, "other-ca", "ca.pem"));
        var (exitCode, output) = await RunAsync(TlsEnvironment(certificates), "ServerImages", "--registry", TestEngine.Registry, "--skip", "ServerBinary");
        Assert.NotEqual(0, exitCode);
        Assert.Contains(Path.Combine(certificates, "ca.pem"), output);
        Assert.Contains("--docker-cert-path / DOCKER_CERT_PATH", output);
        Assert.DoesNotContain(TlsEngineTests.KeyBody(Path.Combine(certificates, "key.pem")), output);
    }

    [Fact]
    public async Task WrongClientCertificateForTheSheetsEngineNamesTheSheetParameters()
    {
        using var folder = TestEngine.Folder();
        folder.Write("art/ui/a.png", "not read");
        TestCertificates.Authority(Path.Combine(folder.Path, "other-ca"), "walle-other-ca");
        TestCertificates.Client(Path.Combine(folder.Path, "other-client"), Path.Combine(folder.Path, "other-ca"));
        var certificates = TestCertificates.CopyOfTestClient(Path.Combine(folder.Path, "certs"), "cert.pem", Path.Combine(folder.Path, "other-client", "cert.pem"));
        File.Copy(Path.Combine(folder.Path, "other-client", "key.pem"), Path.Combine(certificates, "key.pem"), overwrite: true);
        var (exitCode, output) = await RunAsync(TlsEnvironment(TestEngine.TlsCertPath), "Sheets", "--sheet-tool-runner", "docker", "--sheet-docker-image", "walle-tools/none:1",
            "--sheet-docker-cert-path", certificates,
            "--sheet-source-directory", Path.Combine(folder.Path, "art"), "--sheet-output-directory", Path.Combine(folder.Path, "sheets"));
        Assert.NotEqual(0, exitCode);
        Assert.Contains($"refused the client certificate '{Path.Combine(certificates, "cert.pem")}'", output);
        Assert.Contains("--sheet-docker-cert-path", output);
        Assert.DoesNotContain(TlsEngineTests.KeyBody(Path.Combine(certificates, "key.pem")), output);
    }

    /// <summary>What a Jenkins agent sets to reach the licensed host's engine, as for the docker CLI.</summary>
    private static Dictionary<string, string?> TlsEnvironment(string certificates) => new()
    {
        ["DOCKER_HOST"] = TestEngine.TlsHost,
        ["DOCKER_TLS_VERIFY"] = "1",
        ["DOCKER_CERT_PATH"] = certificates,
    };

    private const string License = "TP-FLOAT-vega-ab12cd";

    private static Process Start(params string[] arguments) => Start(new Dictionary<string, string?>(), arguments);

    private static Process Start(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        // build.sh execs the build, so the process started here is the one that gets the signal.
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Vega };
        start.ArgumentList.Add(Path.Combine(Vega, "build.sh"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_HOST"] = TestEngine.Host;
        foreach (var (name, value) in environment) start.Environment[name] = value;
        return Process.Start(start)!;
    }

    private static Task<(int ExitCode, string Output)> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string?>(), arguments);

    private static async Task<(int ExitCode, string Output)> RunAsync(IReadOnlyDictionary<string, string?> environment, params string[] arguments)
    {
        using var process = Start(environment, arguments);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(8));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
