namespace Walle.Pipelines.Tooling;

/// <summary>No Docker engine could be used at the address Walle was given; the message says where it looked and why.</summary>
public sealed class DockerEngineUnreachableException(string address, string message, Exception? inner = null, DockerEngineFault fault = DockerEngineFault.Unreachable)
    : Exception(message, inner)
{
    /// <summary>The address that did not answer.</summary>
    public string Address { get; } = address;

    /// <summary>What went wrong: nothing there, or which part of the TLS set-up did not fit.</summary>
    public DockerEngineFault Fault { get; } = fault;
}
