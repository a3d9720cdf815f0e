namespace Walle.Pipelines.Server;

/// <summary>
/// One service's image, declared in the game's build: e.g. <c>new ServerImage("gateway", "server/gateway")</c>.
/// Immutable; customise with <c>with</c>.
/// </summary>
/// <param name="Service">The service name, the last part of the image's repository (lower case letters, digits, <c>-</c>, <c>_</c>, <c>.</c>).</param>
/// <param name="Context">The build context folder, relative to the root or absolute.</param>
public sealed record ServerImage(string Service, string Context)
{
    /// <summary>The Dockerfile, relative to <see cref="Context"/>.</summary>
    public string Dockerfile { get; init; } = "Dockerfile";

    /// <summary>Build arguments (<c>ARG</c> values).</summary>
    public IReadOnlyDictionary<string, string> BuildArgs { get; init; } = new Dictionary<string, string>();

    /// <summary>The stage of a multi-stage Dockerfile to build; null: the last.</summary>
    public string? Target { get; init; }

    /// <summary>Labels added to the OCI labels Walle writes.</summary>
    public IReadOnlyDictionary<string, string> Labels { get; init; } = new Dictionary<string, string>();

    /// <summary>Tags pushed besides the version, the git sha and the branch (e.g. <c>stable</c>); pushed after the version.</summary>
    public IReadOnlyList<string> ExtraTags { get; init; } = [];

    /// <summary>The container port the service answers its health check on; null: <c>ServerSmoke</c> only checks it starts.</summary>
    public int? HealthPort { get; init; }

    /// <summary>The HTTP path of the health check; an answer 200–299 counts as healthy.</summary>
    public string HealthPath { get; init; } = "/health";
}
