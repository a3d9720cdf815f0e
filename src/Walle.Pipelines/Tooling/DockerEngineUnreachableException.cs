namespace Walle.Pipelines.Tooling;

/// <summary>No Docker engine answered at the address Walle was given; the message says where it looked.</summary>
public sealed class DockerEngineUnreachableException(string address, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The address that did not answer.</summary>
    public string Address { get; } = address;
}
