using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Components;

/// <summary>
/// What to change when a Docker engine cannot be used, in a component's words: the parameters (and the environment
/// variables the docker CLI reads) that name the engine and its TLS certificate folder.
/// </summary>
public static class DockerEngineAdvice
{
    /// <summary>The engine error with the fix named; <paramref name="host"/> and <paramref name="certificates"/> are how the component spells its two settings.</summary>
    public static InvalidOperationException Explain(DockerEngineUnreachableException e, string host, string certificates) => new(e.Fault switch
    {
        DockerEngineFault.TlsRequired =>
            $"{e.Message} Set {certificates} to the folder with the engine's ca.pem and this agent's cert.pem and key.pem (and DOCKER_TLS_VERIFY=1), or check that {host} names the engine you meant.",
        DockerEngineFault.ClientCertificateRejected =>
            $"{e.Message} The folder in {certificates} holds a client certificate that engine's CA did not sign: put the cert.pem and key.pem made for it by that engine's admin there.",
        DockerEngineFault.EngineCertificateUntrusted =>
            $"{e.Message} Put the CA certificate of the engine at {e.Address} as ca.pem in the folder of {certificates}, or check that {host} names the engine you meant (its certificate must be issued for that host name or IP address).",
        DockerEngineFault.Certificates =>
            $"{e.Message} Fix the folder given by {certificates}.",
        _ =>
            $"{e.Message} Walle looked at {e.Address} (from {host}, else the local socket): pass a unix:///path/docker.sock or tcp://host:2376 address in {host} (with {certificates} for TLS).",
    }, e);
}
