namespace Walle.Pipelines.Tooling;

/// <summary>Why a Docker engine could not be used, so that a component can name the setting that fixes it.</summary>
public enum DockerEngineFault
{
    /// <summary>Nothing answered at the address (no engine, refused, timed out).</summary>
    Unreachable,

    /// <summary>The address is not one Docker understands.</summary>
    InvalidAddress,

    /// <summary>The TLS certificate folder is missing a file, or a file is not a PEM certificate or key.</summary>
    Certificates,

    /// <summary>The engine speaks only TLS, and no client certificates were given.</summary>
    TlsRequired,

    /// <summary>The engine refused the client certificate (not signed by its CA, or none sent).</summary>
    ClientCertificateRejected,

    /// <summary>The engine's certificate is not vouched for by the given <c>ca.pem</c>, or was issued for another name.</summary>
    EngineCertificateUntrusted,
}
