using Walle.Pipelines.Engine;
using System.Diagnostics;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

/// <summary>
/// The test engine's <c>--tlsverify</c> listener (<c>TEST_DOCKER_TLS_HOST</c>, certificates in <c>TEST_DOCKER_CERT_PATH</c>),
/// as a Jenkins agent reaches the licensed host's engine: a tool run through it, and each way the TLS set-up can be wrong,
/// every one a typed error within a bounded time.
/// </summary>
public sealed class TlsEngineTests
{
    /// <summary>Longer than any of these should take, far shorter than a hang: the ping's own deadline is 15 s.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task ToolRunsInAContainerOnTheTlsEngine()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = TestEngine.Folder();
        var sprites = Path.GetDirectoryName(folder.Write("art/ui/button.png", "button"))!;
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var context = TestEngine.Context(out var log);
        // Its own tool name (the containers' label), so that the runner tests' containers on the same engine are not counted.
        var runner = new DockerToolRunner(FakeToolImage.Runner(image) with { Engine = TestEngine.TlsEngine, Executable = "fake-tool" }, context);

        var result = await Tool.RunAsync(new ToolSettings
        {
            Executable = "fake-tool-over-tls",
            Arguments = [ToolArgument.Output(output), ToolArgument.Input(sprites)],
            Timeout = TimeSpan.FromMinutes(1),
            Runner = runner,
        }, new BuildContext());

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(["/walle/in/0/ui/button.png 6"], await File.ReadAllLinesAsync(output));
        Assert.Contains(TestEngine.TlsHost, log.Text);   // the run's log names the engine it used
        await runner.DisposeAsync();   // the exited container is removed in the background until then
        Assert.Empty(await DockerToolRunnerTests.ToolContainersAsync("fake-tool-over-tls"));
    }

    [Fact]
    public async Task PlainTcpToTheTlsPortSaysTheEngineNeedsCertificates()
    {
        var error = await FailsAsync(new DockerEngineSettings { Host = TestEngine.TlsHost });
        Assert.Equal(DockerEngineFault.TlsRequired, error.Fault);
        Assert.Contains("speaks only TLS", error.Message);
    }

    [Fact]
    public async Task ClientCertificateFromAnotherCaIsRefusedByTheEngine()
    {
        using var folder = TestEngine.Folder();
        TestCertificates.Authority(Path.Combine(folder.Path, "other-ca"), "walle-other-ca");
        TestCertificates.Client(Path.Combine(folder.Path, "other-client"), Path.Combine(folder.Path, "other-ca"));
        var certificates = Path.Combine(folder.Path, "certs");
        TestCertificates.CopyOfTestClient(certificates, "cert.pem", Path.Combine(folder.Path, "other-client", "cert.pem"));
        File.Copy(Path.Combine(folder.Path, "other-client", "key.pem"), Path.Combine(certificates, "key.pem"), overwrite: true);

        var error = await FailsAsync(TestEngine.TlsEngine with { TlsCertificates = certificates });

        Assert.Equal(DockerEngineFault.ClientCertificateRejected, error.Fault);
        Assert.Contains(Path.Combine(certificates, "cert.pem"), error.Message);
        Assert.DoesNotContain(KeyBody(Path.Combine(certificates, "key.pem")), error.ToString());
    }

    [Fact]
    public async Task CaThatDidNotSignTheEnginesCertificateIsRefusedBeforeAnythingIsSent()
    {
        using var folder = TestEngine.Folder();
        TestCertificates.Authority(Path.Combine(folder.Path, "other-ca"), "walle-other-ca");
        var certificates = TestCertificates.CopyOfTestClient(Path.Combine(folder.Path, "certs"), "ca.pem", Path.Combine(folder.Path, "other-ca", "ca.pem"));

        var error = await FailsAsync(TestEngine.TlsEngine with { TlsCertificates = certificates });

        Assert.Equal(DockerEngineFault.EngineCertificateUntrusted, error.Fault);
        Assert.Contains(Path.Combine(certificates, "ca.pem"), error.Message);
        Assert.Contains("walle-other-ca", error.Message);
    }

    [Theory]
    [InlineData("DNS:licensed-host", true)]
    [InlineData("IP:127.0.0.1", false)]
    public async Task EngineCertificateIssuedForAnotherHostIsRefused(string subjectAltName, bool refused)
    {
        // Every name that reaches the test engine is in its certificate, so a TLS listener of the test's own stands in:
        // its certificate is signed by the CA in the folder, and only the name it is issued for differs.
        using var folder = TestEngine.Folder();
        var authority = Path.Combine(folder.Path, "ca");
        TestCertificates.Authority(authority, "walle-test-listener-ca");
        TestCertificates.Server(authority, authority, subjectAltName);
        TestCertificates.Client(authority, authority);
        using var certificate = X509Certificate2.CreateFromPemFile(Path.Combine(authority, "server-cert.pem"), Path.Combine(authority, "server-key.pem"));
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var serving = Task.Run(async () =>
        {
            using var socket = await listener.AcceptSocketAsync();
            await using var tls = new SslStream(new NetworkStream(socket, ownsSocket: true));
            try
            {
                await tls.AuthenticateAsServerAsync(certificate, clientCertificateRequired: false, checkCertificateRevocation: false);
            }
            catch (Exception e) when (e is AuthenticationException or IOException)
            {
                // the client refused the certificate
            }
        });

        var error = await FailsAsync(new DockerEngineSettings { Host = $"tcp://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}", TlsCertificates = authority });
        await serving;

        if (refused)
        {
            Assert.Equal(DockerEngineFault.EngineCertificateUntrusted, error.Fault);
            Assert.Contains("is not issued for the host dialled", error.Message);
        }
        else Assert.Equal(DockerEngineFault.Unreachable, error.Fault);   // accepted; the listener then closes without an answer
    }

    [Fact]
    public void MissingClientCertificateNamesTheFile()
    {
        using var folder = TestEngine.Folder();
        File.Copy(Path.Combine(TestEngine.TlsCertPath, "ca.pem"), Path.Combine(folder.Path, "ca.pem"));
        File.Copy(Path.Combine(TestEngine.TlsCertPath, "key.pem"), Path.Combine(folder.Path, "key.pem"));

        var error = Assert.Throws<DockerEngineUnreachableException>(() => DockerEngine.Open(TestEngine.TlsEngine with { TlsCertificates = folder.Path }));

        Assert.Equal(DockerEngineFault.Certificates, error.Fault);
        Assert.Contains("has no cert.pem", error.Message);
    }

    [Fact]
    public void KeyThatIsNotTheCertificatesIsRefusedWithoutPrintingIt()
    {
        using var folder = TestEngine.Folder();
        TestCertificates.Authority(Path.Combine(folder.Path, "other-ca"), "walle-other-ca");
        var certificates = TestCertificates.CopyOfTestClient(Path.Combine(folder.Path, "certs"), "key.pem", Path.Combine(folder.Path, "other-ca", "ca-key.pem"));

        var error = Assert.Throws<DockerEngineUnreachableException>(() => DockerEngine.Open(TestEngine.TlsEngine with { TlsCertificates = certificates }));

        Assert.Equal(DockerEngineFault.Certificates, error.Fault);
        Assert.Contains(Path.Combine(certificates, "key.pem"), error.Message);
        Assert.DoesNotContain(KeyBody(Path.Combine(certificates, "key.pem")), error.ToString());
    }

    [Fact]
    public async Task ListenerThatNeverAnswersFailsAtTheConnectTimeout()
    {
        // Accepts the TCP connection and says nothing: the TLS handshake would wait for ever without a deadline.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var accepted = listener.AcceptSocketAsync();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;

        var clock = Stopwatch.StartNew();
        var error = await FailsAsync(TestEngine.TlsEngine with { Host = $"tcp://127.0.0.1:{port}", ConnectTimeout = TimeSpan.FromSeconds(2) });

        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(1.5), TimeSpan.FromSeconds(10));
        Assert.Equal(DockerEngineFault.Unreachable, error.Fault);
        Assert.Contains("no answer within 2 s", error.Message);
        (await accepted).Dispose();
    }

    private static async Task<DockerEngineUnreachableException> FailsAsync(DockerEngineSettings settings)
    {
        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<DockerEngineUnreachableException>(() => DockerEngine.ConnectAsync(settings, CancellationToken.None));
        Assert.InRange(clock.Elapsed, TimeSpan.Zero, Bound);
        Assert.Contains(settings.Address, error.Message);
        return error;
    }

    /// <summary>A line from the middle of a PEM key: what must never be printed.</summary>
    internal static string KeyBody(string keyFile) => File.ReadAllLines(keyFile)[3];
}
