using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

public sealed class DockerEngineTests
{
    [Theory]
    [InlineData("localhost:2376")]
    [InlineData("ftp://host/docker")]
    [InlineData("not an address")]
    public void MalformedAddressSaysWhatAnAddressLooksLike(string host)
    {
        var error = Assert.Throws<DockerEngineUnreachableException>(() => DockerEngine.Open(new DockerEngineSettings { Host = host }));
        Assert.Contains("tcp://host:2376", error.Message);
    }

    [Fact]
    public void TlsFolderWithoutAKeyNamesTheMissingFile()
    {
        using var folder = TestEngine.Folder();
        folder.Write("ca.pem", "x");
        folder.Write("cert.pem", "x");
        var error = Assert.Throws<DockerEngineUnreachableException>(() =>
            DockerEngine.Open(new DockerEngineSettings { Host = "tcp://127.0.0.1:2376", TlsCertificates = folder.Path }));
        Assert.Contains("key.pem", error.Message);
    }

    [Fact]
    public async Task TlsCertificatesAreLoadedAndAnEngineThatIsNotThereIsReported()
    {
        // A CA and a client certificate made with openssl, as for DOCKER_CERT_PATH; nothing listens on the port.
        using var folder = TestEngine.Folder();
        string In(string name) => Path.Combine(folder.Path, name);
        foreach (var step in new[]
                 {
                     new[] { "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", In("ca-key.pem"), "-out", In("ca.pem"), "-days", "1", "-subj", "/CN=walle-test-ca" },
                     new[] { "req", "-newkey", "rsa:2048", "-nodes", "-keyout", In("key.pem"), "-out", In("client.csr"), "-subj", "/CN=walle-client" },
                     new[] { "x509", "-req", "-in", In("client.csr"), "-CA", In("ca.pem"), "-CAkey", In("ca-key.pem"), "-CAcreateserial", "-out", In("cert.pem"), "-days", "1" },
                 })
        {
            var made = TestEngine.Run("openssl", step);
            Assert.True(made.ExitCode == 0, made.Output);
        }
        var settings = new DockerEngineSettings { Host = "tcp://127.0.0.1:1", TlsCertificates = folder.Path };
        using (DockerEngine.Open(settings)) { }
        var error = await Assert.ThrowsAsync<DockerEngineUnreachableException>(() => DockerEngine.ConnectAsync(settings, CancellationToken.None));
        Assert.Contains("tcp://127.0.0.1:1", error.Message);
    }
}
