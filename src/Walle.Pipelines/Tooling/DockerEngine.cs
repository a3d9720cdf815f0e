using Docker.DotNet;
using Docker.DotNet.X509;

namespace Walle.Pipelines.Tooling;

/// <summary>Opens Docker.DotNet clients for an engine and checks that it answers before work is sent to it.</summary>
public static class DockerEngine
{
    /// <summary>A client for the engine; throws <see cref="DockerEngineUnreachableException"/> for a malformed address.</summary>
    public static DockerClient Open(DockerEngineSettings settings)
    {
        var address = settings.Address;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https" or "npipe"))
            throw new DockerEngineUnreachableException(address,
                $"'{address}' is not a Docker engine address: use unix:///path/docker.sock, tcp://host:2376 or npipe://./pipe/docker_engine.");
        var builder = new DockerClientBuilder().WithEndpoint(uri).WithTimeout(settings.RequestTimeout);
        if (settings.TlsCertificates is { } folder)
        {
            foreach (var file in new[] { "cert.pem", "key.pem" }.Concat(settings.TlsVerify ? ["ca.pem"] : []))
                if (!File.Exists(Path.Combine(folder, file)))
                    throw new DockerEngineUnreachableException(address, $"The TLS certificate folder '{folder}' has no {file} (it needs ca.pem, cert.pem and key.pem, as made for DOCKER_CERT_PATH).");
            var certificates = DockerTlsCertificates.LoadFromDirectory(folder, settings.TlsVerify, "ca.pem", "cert.pem", "key.pem");
            builder = builder.WithAuthProvider(certificates.CreateCredentials());
        }
        return builder.Build();
    }

    /// <summary>Opens a client and pings the engine; throws <see cref="DockerEngineUnreachableException"/> saying where it looked.</summary>
    public static async Task<DockerClient> ConnectAsync(DockerEngineSettings settings, CancellationToken cancellationToken)
    {
        var client = Open(settings);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(15));
            await client.System.PingAsync(timeout.Token);
            return client;
        }
        // Whatever the transport throws (socket, TLS, HTTP, aggregate of several): the engine did not answer.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            var reason = e.GetBaseException().Message;
            throw new DockerEngineUnreachableException(settings.Address,
                $"No Docker engine answered at {settings.Address} ({reason.Trim()}). Start the engine there, or point Walle at " +
                "another one (a unix socket, or tcp://host:2376 with TLS certificates).", e);
        }
    }
}
