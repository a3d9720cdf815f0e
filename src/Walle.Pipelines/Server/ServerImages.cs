using System.Globalization;
using Docker.DotNet;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server;

/// <summary>
/// Server images through the Docker engine API: <see cref="BuildAsync"/> builds every service from a tar of its context,
/// <see cref="PushAsync"/> pushes the tags in order and captures the digests, <see cref="SmokeAsync"/> runs a pushed image
/// and waits for its health check.
/// </summary>
public static partial class ServerImages
{
    /// <summary>The OCI label keys Walle writes.</summary>
    public static class Labels
    {
        /// <summary>The git commit.</summary>
        public const string Revision = "org.opencontainers.image.revision";
        /// <summary>The version.</summary>
        public const string Version = "org.opencontainers.image.version";
        /// <summary>When the image was built (RFC 3339).</summary>
        public const string Created = "org.opencontainers.image.created";
        /// <summary>The source repository.</summary>
        public const string Source = "org.opencontainers.image.source";
        /// <summary>The service name.</summary>
        public const string Title = "org.opencontainers.image.title";
    }

    /// <summary>Builds every image, up to <see cref="ServerImageSettings.MaxParallelism"/> at once, tagged with all its tags.</summary>
    public static async Task<IReadOnlyList<BuiltImage>> BuildAsync(ServerImageSettings settings, BuildContext context, CancellationToken cancellationToken)
    {
        settings.Check();
        using var client = await DockerEngine.ConnectAsync(settings.Engine, cancellationToken);
        using var progress = context.StartProgress($"Building {settings.Images.Count} server images", settings.Images.Count, "images");
        var built = new BuiltImage[settings.Images.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, settings.Images.Count), options, async (i, ct) =>
        {
            built[i] = await BuildOneAsync(client, settings, settings.Images[i], context, ct);
            progress.Increment();
        });
        return built;
    }

    private static async Task<BuiltImage> BuildOneAsync(DockerClient client, ServerImageSettings settings, ServerImage image, BuildContext context, CancellationToken cancellationToken)
    {
        var folder = settings.ContextOf(image);
        if (!Directory.Exists(folder))
            throw new ServerImageException(image.Service, ServerImageFailure.Build, $"The build context '{folder}' of service '{image.Service}' does not exist.");
        var dockerfilePath = Path.GetFullPath(Path.Combine(folder, image.Dockerfile.Replace('\\', '/')));
        if (!dockerfilePath.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new ServerImageException(image.Service, ServerImageFailure.Build, $"The Dockerfile '{image.Dockerfile}' of service '{image.Service}' is outside its context '{folder}': move it into the context.");
        if (!File.Exists(dockerfilePath))
            throw new ServerImageException(image.Service, ServerImageFailure.Build, $"Service '{image.Service}' has no Dockerfile: '{dockerfilePath}' does not exist.");
        // One name for the tar and the engine, so '.dockerignore' keeps exactly the file the engine reads ('./Dockerfile' is 'Dockerfile').
        var dockerfile = Path.GetRelativePath(folder, dockerfilePath).Replace('\\', '/');

        var repository = settings.Repository(image);
        var tags = settings.Tags(image);
        var messages = new EngineMessages(image.Service, "build", context);
        // The context goes through a temporary file: the engine reads the request body while the tar is written otherwise.
        var archive = Path.Combine(Path.GetTempPath(), $"walle-context-{Guid.NewGuid():N}.tar");
        try
        {
            await using (var output = File.Create(archive))
                await ContextArchive.WriteAsync(folder, dockerfile, output, cancellationToken);
            await using var input = File.OpenRead(archive);
            context.Logger.Information("{Service}: building {Repository}:{Version} from {Context} ({Size})",
                image.Service, repository, settings.Version, folder, BuildProgress.FormatBytes(input.Length));
            await client.Images.BuildImageFromDockerfileAsync(new ImageBuildParameters
            {
                Dockerfile = dockerfile,
                Tags = tags.Select(t => $"{repository}:{t}").ToList(),
                Labels = ImageLabels(settings, image, context),
                BuildArgs = image.BuildArgs.ToDictionary(),
                Target = image.Target,
                Remove = true,
                ForceRemove = true,
            }, input, null, null, messages, cancellationToken);
        }
        catch (DockerApiException e)
        {
            throw new ServerImageException(image.Service, ServerImageFailure.Build, $"Building service '{image.Service}' failed; the engine said: {EngineMessages.Said(e, context)}", e);
        }
        finally
        {
            File.Delete(archive);
        }
        messages.ThrowIfFailed(ServerImageFailure.Build, $"Building {repository}:{settings.Version}");
        var inspected = await client.Images.InspectImageAsync($"{repository}:{settings.Version}", cancellationToken);
        context.Logger.Information("{Service}: built {Id} tagged {Tags}", image.Service, inspected.ID, string.Join(", ", tags));
        return new BuiltImage(image.Service, repository, tags, inspected.ID);
    }

    private static Dictionary<string, string> ImageLabels(ServerImageSettings settings, ServerImage image, BuildContext context)
    {
        var labels = new Dictionary<string, string>(image.Labels, StringComparer.Ordinal)
        {
            [ServerImages.Labels.Revision] = settings.Revision,
            [ServerImages.Labels.Version] = settings.Version,
            [ServerImages.Labels.Created] = context.Clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            [ServerImages.Labels.Title] = image.Service,
        };
        if (settings.Source is { Length: > 0 } source) labels[ServerImages.Labels.Source] = source;
        return labels;
    }
}
