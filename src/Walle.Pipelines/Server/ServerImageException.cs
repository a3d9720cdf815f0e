namespace Walle.Pipelines.Server;

/// <summary>What went wrong with a service's image.</summary>
public enum ServerImageFailure
{
    /// <summary>A declaration Docker would refuse: a service name, project, registry or tag.</summary>
    InvalidName,

    /// <summary>The context or the Dockerfile is missing, or the engine's build failed.</summary>
    Build,

    /// <summary>The registry refused the login.</summary>
    Unauthorized,

    /// <summary>The push failed (registry unreachable, interrupted, refused).</summary>
    Push,

    /// <summary>The pushed image could not be pulled back, did not start or did not answer its health check.</summary>
    Smoke,
}

/// <summary>A service's image could not be built, pushed or checked; the message names the service and carries the engine's own words.</summary>
public sealed class ServerImageException(string service, ServerImageFailure failure, string message, Exception? inner = null) : Exception(message, inner)
{
    /// <summary>The service whose image failed.</summary>
    public string Service { get; } = service;

    /// <summary>What went wrong.</summary>
    public ServerImageFailure Failure { get; } = failure;
}
