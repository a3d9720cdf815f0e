using Docker.DotNet;

namespace Walle.Pipelines.Tooling;

/// <summary>Opens Docker.DotNet clients for an engine and checks that it answers before work is sent to it.</summary>
public static class DockerEngine
{
    /// <summary>A client for the engine; throws <see cref="DockerEngineUnreachableException"/> for a malformed address or an unusable certificate folder.</summary>
    public static DockerClient Open(DockerEngineSettings settings) => Open(settings, out _);

    private static DockerClient Open(DockerEngineSettings settings, out DockerTls? tls)
    {
        var address = settings.Address;
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("unix" or "tcp" or "http" or "https" or "npipe"))
            throw new DockerEngineUnreachableException(address,
                $"'{address}' is not a Docker engine address: use unix:///path/docker.sock, tcp://host:2376 or npipe://./pipe/docker_engine.",
                fault: DockerEngineFault.InvalidAddress);
        var builder = new DockerClientBuilder().WithEndpoint(uri).WithTimeout(settings.RequestTimeout);
        tls = settings.TlsCertificates is { } folder ? DockerTls.Load(address, folder, settings.TlsVerify) : null;
        if (tls is not null) builder = builder.WithAuthProvider(tls.Credentials());
        return builder.Build();
    }

    /// <summary>
    /// Opens a client and pings the engine; throws <see cref="DockerEngineUnreachableException"/> saying where it looked
    /// and, for a TLS engine, which part of the certificate set-up did not fit (<see cref="DockerEngineUnreachableException.Fault"/>).
    /// </summary>
    public static async Task<DockerClient> ConnectAsync(DockerEngineSettings settings, CancellationToken cancellationToken)
    {
        var client = Open(settings, out var tls);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(settings.ConnectTimeout);
            // WaitAsync as well as the token: the tcp transport's TLS handshake does not watch the token, and a listener
            // that accepts and never answers held the ping for ever (a test's, ten minutes).
            await client.System.PingAsync(timeout.Token).WaitAsync(settings.ConnectTimeout, cancellationToken);
            return client;
        }
        // Whatever the transport throws (socket, TLS, HTTP, aggregate of several): the engine could not be used.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            client.Dispose();
            throw Explain(settings, tls, e);
        }
    }

    private static DockerEngineUnreachableException Explain(DockerEngineSettings settings, DockerTls? tls, Exception e)
    {
        var address = settings.Address;
        var reason = e is OperationCanceledException or TimeoutException ? $"no answer within {settings.ConnectTimeout.TotalSeconds:0.#} s" : e.GetBaseException().Message.Trim();
        if (tls?.Rejection is { } rejected)
            return new(address, $"The Docker engine at {address} is not the one the CA certificate in '{Path.Combine(tls.Folder, "ca.pem")}' vouches for: " +
                                $"{rejected}. Walle did not send it anything.", e, DockerEngineFault.EngineCertificateUntrusted);
        if (tls is null && e is DockerApiException { StatusCode: System.Net.HttpStatusCode.BadRequest } api && api.ResponseBody?.Contains("HTTPS", StringComparison.Ordinal) == true)
            return new(address, $"The Docker engine at {address} speaks only TLS (it answered: {api.ResponseBody!.Trim()}), and no client certificates were given.",
                e, DockerEngineFault.TlsRequired);
        if (tls is not null && IsClientCertificateRefusal(e))
            return new(address, $"The Docker engine at {address} refused the client certificate '{Path.Combine(tls.Folder, "cert.pem")}' ({reason}): " +
                                "it accepts only certificates signed by its own CA.", e, DockerEngineFault.ClientCertificateRejected);
        return new(address, $"No Docker engine answered at {address} ({reason}). Start the engine there, or point Walle at " +
                            "another one (a unix socket, or tcp://host:2376 with TLS certificates).", e);
    }

    /// <summary>
    /// The engine's TLS alert for a client certificate it does not trust, as OpenSSL reports it ("bad certificate",
    /// "unknown ca", "certificate required"); with TLS 1.3 the alert comes after the handshake, on the first read.
    /// </summary>
    private static bool IsClientCertificateRefusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner.Message.Contains("bad certificate", StringComparison.OrdinalIgnoreCase)
                || inner.Message.Contains("unknown ca", StringComparison.OrdinalIgnoreCase)
                || inner.Message.Contains("certificate required", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }
}
