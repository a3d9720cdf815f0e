using System.Diagnostics;
using System.Net;

namespace Walle.Pipelines.Server.Tests;

/// <summary>Pushes to a registry that wants a login: a second docker-registry, with htpasswd auth, started by the test.</summary>
public sealed class RegistryLoginTests : IDisposable
{
    private const string Password = "s3cret-Vega-9d1";
    private readonly TempFolder _folder = TestEngine.Folder();
    private readonly Process _registry;
    private readonly string _address = $"127.0.0.1:{Loopback.FreePort()}";

    public RegistryLoginTests()
    {
        // bcrypt at cost 4 (python3's crypt, libxcrypt): the registry checks every request, a higher cost only slows the test.
        var hash = TestEngine.Run("python3", "-W", "ignore", "-c", $"import crypt; print(crypt.crypt('{Password}', crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=16)))");
        if (hash.ExitCode != 0) throw new InvalidOperationException($"python3 could not make a bcrypt hash (apt-get install python3): {hash.Output}");
        _folder.Write("htpasswd", $"walle:{hash.Output.Trim()}\n");
        var config = _folder.Write("registry.yml", $$"""
            version: 0.1
            storage:
              filesystem: {rootdirectory: {{_folder.Path}}/data}
            http:
              addr: {{_address}}
            auth:
              htpasswd: {realm: walle-test, path: {{_folder.Path}}/htpasswd}
            """);
        try
        {
            _registry = Process.Start(new ProcessStartInfo("docker-registry", ["serve", config]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException("docker-registry is not installed: bash eng/docker-engine.sh install (apt-get install docker-registry).");
        }
        _registry.ErrorDataReceived += (_, _) => { };
        _registry.OutputDataReceived += (_, _) => { };
        _registry.BeginErrorReadLine();
        _registry.BeginOutputReadLine();
        using var http = new HttpClient();
        for (var i = 0; i < 100; i++)
        {
            try
            {
                if (http.GetAsync($"http://{_address}/v2/").GetAwaiter().GetResult().StatusCode == HttpStatusCode.Unauthorized) return;
            }
            catch (HttpRequestException) { }
            Thread.Sleep(100);
        }
        throw new InvalidOperationException($"The test registry with htpasswd did not start on {_address}.");
    }

    [Fact]
    public async Task WrongPasswordIsRefusedWithoutShowingItAndTheRightOnePushes()
    {
        ServerImageTests.GatewayContext(_folder);
        var settings = new ServerImageSettings([new ServerImage("gateway", "gateway")], _address, "vega", "1.0.0", "abc1234")
        {
            RootDirectory = _folder.Path,
            Engine = TestEngine.Engine,
            Credentials = new RegistryCredentials("walle", "wrong-password-42"),
        };
        await ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None);

        var context = TestEngine.Context(out var log);
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.PushAsync(settings, context, CancellationToken.None));
        Assert.Equal(ServerImageFailure.Unauthorized, error.Failure);
        Assert.Contains("'gateway'", error.Message);
        Assert.DoesNotContain("wrong-password-42", error.Message + log.Text);

        var pushed = await ServerImages.PushAsync(settings with { Credentials = new RegistryCredentials("walle", Password) }, TestEngine.Context(out var good), CancellationToken.None);
        Assert.StartsWith("sha256:", pushed[0].Digest);
        Assert.DoesNotContain(Password, good.Text);
    }

    public void Dispose()
    {
        if (!_registry.HasExited) _registry.Kill();
        _registry.WaitForExit();
        _registry.Dispose();
        _folder.Dispose();
    }
}
