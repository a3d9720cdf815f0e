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

    /// <summary>
    /// Check that the engine's certificate is signed by <c>ca.pem</c> and issued for the host dialled (Docker's
    /// <c>DOCKER_TLS_VERIFY</c>); false: encrypted, but any engine is believed (docker <c>--tls</c>).
    /// </summary>
    public bool TlsVerify { get; init; } = true;

    /// <summary>The longest the first ping may take: an address that accepts connections but never answers fails after it.</summary>
    public TimeSpan ConnectTimeout { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>The longest a single non-streaming engine call may take.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The settings the docker CLI would use for <c>DOCKER_HOST</c>, <c>DOCKER_CERT_PATH</c> and <c>DOCKER_TLS_VERIFY</c>
    /// (values already read by the caller): a verify request without a folder means <c>~/.docker</c>, as for the CLI.
    /// A false <paramref name="verify"/> changes nothing: with a folder the engine is always checked (the CLI, too,
    /// verifies for any value, even 0, and a Jenkins boolean parameter arrives as "false" whenever it is unticked).
    /// </summary>
    public static DockerEngineSettings FromDockerCli(string? host, string? certificates, bool? verify) => new()
    {
        Host = host,
        TlsCertificates = certificates ?? (verify == true ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker") : null),
    };

    /// <summary>The address actually used.</summary>
    public string Address => string.IsNullOrWhiteSpace(Host) ? LocalSocket : Host.Trim();
}
