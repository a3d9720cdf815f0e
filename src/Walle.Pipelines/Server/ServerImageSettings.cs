using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server;

/// <summary>
/// How a game's server images are built, named and pushed: <c>&lt;Registry&gt;/&lt;Project&gt;/&lt;service&gt;</c> tagged with
/// <see cref="Version"/>, <see cref="Revision"/> (the git sha) and a moving tag for <see cref="Branch"/>.
/// </summary>
/// <param name="Images">The services' images.</param>
/// <param name="Registry">The registry's host[:port], e.g. <c>registry.vega.example.com</c>.</param>
/// <param name="Project">The repository prefix of the game, e.g. <c>vega</c>.</param>
/// <param name="Version">The version tag (and <c>org.opencontainers.image.version</c>).</param>
/// <param name="Revision">The git commit (tag and <c>org.opencontainers.image.revision</c>).</param>
public sealed record ServerImageSettings(IReadOnlyList<ServerImage> Images, string Registry, string Project, string Version, string Revision)
{
    /// <summary>The folder relative contexts are resolved against.</summary>
    public string RootDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>The branch whose moving tag is pushed after the version; null: none.</summary>
    public string? Branch { get; init; }

    /// <summary>The source repository's URL (<c>org.opencontainers.image.source</c>); null: the label is left out.</summary>
    public string? Source { get; init; }

    /// <summary>The engine the images are built on and pushed from.</summary>
    public DockerEngineSettings Engine { get; init; } = new();

    /// <summary>The registry login; null pushes anonymously.</summary>
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>Images built at once.</summary>
    public int MaxParallelism { get; init; } = 2;

    /// <summary>Where the pushed images are listed for deploy steps.</summary>
    public string ImagesFile { get; init; } = DefaultImagesFile;

    /// <summary>The default <see cref="ImagesFile"/>, relative to the root.</summary>
    public const string DefaultImagesFile = "artifacts/images.json";

    /// <summary>How long <c>ServerSmoke</c> waits for a service's health check to answer.</summary>
    public TimeSpan HealthTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The images as they are after <c>BuildAsync</c>: repository and tags in push order.</summary>
    public IReadOnlyList<BuiltImage> Built => Images.Select(i => new BuiltImage(i.Service, Repository(i), Tags(i), "")).ToList();

    /// <summary>The full repository of a service: <c>registry/project/service</c>.</summary>
    public string Repository(ServerImage image) => $"{Registry}/{Project}/{image.Service}";

    /// <summary>The tags of a service's image in push order: the version first, then the sha, the extra tags and the branch.</summary>
    public IReadOnlyList<string> Tags(ServerImage image)
    {
        var tags = new List<string> { Version, Revision };
        tags.AddRange(image.ExtraTags);
        if (!string.IsNullOrEmpty(Branch)) tags.Add(ImageNames.BranchTag(Branch));
        return tags.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>Throws <see cref="ServerImageException"/> for a name, tag or registry Docker would refuse, before anything runs.</summary>
    public void Check()
    {
        if (Images.Count == 0) throw new ServerImageException("(none)", ServerImageFailure.InvalidName, "No server images are declared: list the services' images in the build.");
        foreach (var duplicate in Images.GroupBy(i => i.Service, StringComparer.Ordinal).Where(g => g.Count() > 1))
            throw new ServerImageException(duplicate.Key, ServerImageFailure.InvalidName, $"Service '{duplicate.Key}' is declared {duplicate.Count()} times: give each image its own service name.");
        foreach (var image in Images)
        {
            ImageNames.CheckService(image.Service);
            ImageNames.CheckProject(image.Service, Project);
            ImageNames.CheckRegistry(image.Service, Registry);
            foreach (var tag in Tags(image)) ImageNames.CheckTag(image.Service, tag);
        }
    }

    /// <summary>The context folder of an image, absolute.</summary>
    public string ContextOf(ServerImage image) => Path.GetFullPath(Path.Combine(RootDirectory, image.Context));
}
