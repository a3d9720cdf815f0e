using Walle.Pipelines.Server;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Components;

/// <summary>Turns the server image tasks' typed errors into messages naming <see cref="IServerImage"/>'s parameters.</summary>
internal static class ServerErrors
{
    /// <summary>Runs <paramref name="task"/>; its typed errors come out with the parameter to fix named.</summary>
    public static Task ExplainAsync(Func<Task> task) => ErrorAdvice.RunAsync(task, Translate);

    /// <summary>The error with the parameter to fix named, or null when no parameter fixes it.</summary>
    public static Exception? Translate(Exception e) => e switch
    {
        DockerEngineUnreachableException engine => DockerEngineAdvice.Explain(engine, "--docker-host / DOCKER_HOST", "--docker-cert-path / DOCKER_CERT_PATH"),
        ServerImageException { Failure: ServerImageFailure.Unauthorized } => new InvalidOperationException(
            $"{e.Message} Check --registry-username and --registry-password (or REGISTRY_PASSWORD).", e),
        ServerImageException { Failure: ServerImageFailure.InvalidName } => new InvalidOperationException(
            $"{e.Message} Names come from the build's ServerImageDefinitions, --registry and --server-project; tags from --server-version, --server-git-sha and --server-branch.", e),
        _ => null,
    };
}
