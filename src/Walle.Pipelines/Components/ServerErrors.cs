using Walle.Pipelines.Server;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Components;

/// <summary>Turns the server image tasks' typed errors into messages naming <see cref="IServerImage"/>'s parameters.</summary>
internal static class ServerErrors
{
    public static async Task ExplainAsync<T>(Func<Task<T>> task)
    {
        try
        {
            await task();
        }
        catch (DockerEngineUnreachableException e)
        {
            throw new InvalidOperationException(
                $"{e.Message} Walle looked at {e.Address} (from --docker-host / DOCKER_HOST, else the local socket): " +
                "pass --docker-host unix:///path/docker.sock or tcp://host:2376 (with --docker-cert-path for TLS).", e);
        }
        catch (ServerImageException e) when (e.Failure == ServerImageFailure.Unauthorized)
        {
            throw new InvalidOperationException($"{e.Message} Check --registry-username and --registry-password (or REGISTRY_PASSWORD).", e);
        }
        catch (ServerImageException e) when (e.Failure == ServerImageFailure.InvalidName)
        {
            throw new InvalidOperationException($"{e.Message} Names come from the build's ServerImageDefinitions, --registry and --server-project; tags from --server-version, --server-git-sha and --server-branch.", e);
        }
    }
}
