namespace Walle.Pipelines.Tooling;

/// <summary>How tools run in containers: the engine, the image, and how many containers may run there at once.</summary>
/// <param name="Image">The tool's image, e.g. <c>registry.vega.example.com/tools/texturepacker:7.1.0</c>; it must be on the engine already.</param>
public sealed record DockerToolRunnerSettings(string Image)
{
    /// <summary>The engine the containers run on (local socket, or a licensed host's <c>tcp://…:2376</c> with TLS).</summary>
    public DockerEngineSettings Engine { get; init; } = new();

    /// <summary>Containers of this runner's engine running at once; further runs wait for a slot.</summary>
    public int Capacity { get; init; } = 2;

    /// <summary>The command inside the image; null: the file name of the tool's executable (found on the image's PATH).</summary>
    public string? Executable { get; init; }

    /// <summary>Environment variables whose values are secrets (a licence key): set in the container only, masked everywhere.</summary>
    public IReadOnlyDictionary<string, string> SecretEnvironment { get; init; } = new Dictionary<string, string>();

    /// <summary>Where inputs and outputs live inside the container.</summary>
    public string ContainerRoot { get; init; } = "/walle";

    /// <summary>Memory limit of a container in bytes; null: none.</summary>
    public long? MemoryLimit { get; init; }
}
