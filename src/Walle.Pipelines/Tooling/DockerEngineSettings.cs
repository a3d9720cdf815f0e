namespace Walle.Pipelines.Tooling;

/// <summary>
/// Which Docker engine to talk to: its address (<c>unix:///var/run/docker.sock</c>, <c>tcp://host:2376</c>,
/// <c>npipe://./pipe/docker_engine</c>) and, for a remote engine, the TLS client certificates.
/// </summary>
public sealed record DockerEngineSettings
{
    /// <summary>The local engine's socket, used when no address is given.</summary>
    public const string LocalSocket = "unix:///var/run/docker.sock";

    /// <summary>The engine's address; null: the local socket.</summary>
    public string? Host { get; init; }

    /// <summary>
    /// Folder holding <c>ca.pem</c>, <c>cert.pem</c> and <c>key.pem</c> (Docker's <c>DOCKER_CERT_PATH</c> layout);
    /// null: no client certificate (plain tcp or a socket).
    /// </summary>
    public string? TlsCertificates { get; init; }

    /// <summary>Check the engine's certificate against <c>ca.pem</c> (Docker's <c>DOCKER_TLS_VERIFY</c>).</summary>
    public bool TlsVerify { get; init; } = true;

    /// <summary>The longest a single non-streaming engine call may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The address actually used.</summary>
    public string Address => string.IsNullOrWhiteSpace(Host) ? LocalSocket : Host.Trim();
}
