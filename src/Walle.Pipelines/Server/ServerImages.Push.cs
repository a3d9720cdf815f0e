using Docker.DotNet;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server;

public static partial class ServerImages
{
    /// <summary>
    /// Pushes every built image's tags in order — the version first, so nothing goes out under the sha, an extra or the
    /// moving branch tag unless the versioned tag was pushed — captures the registry's digest, and writes
    /// <see cref="ServerImageSettings.ImagesFile"/> (through a temporary name) when all were pushed.
    /// </summary>
    public static async Task<IReadOnlyList<PushedImage>> PushAsync(ServerImageSettings settings, BuildContext context, CancellationToken cancellationToken)
    {
        settings.Check();
        var images = settings.Built;
        context.Secrets.Register(settings.Credentials?.Password);
        using var client = await DockerEngine.ConnectAsync(settings.Engine, cancellationToken);
        using var progress = context.StartProgress($"Pushing {images.Count} server images to {settings.Registry}", images.Count, "images");
        var pushed = new PushedImage[images.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, images.Count), options, async (i, ct) =>
        {
            pushed[i] = await PushOneAsync(client, settings, images[i], context, ct);
            progress.Increment();
        });
        await ImagesFile.WriteAsync(Path.Combine(settings.RootDirectory, settings.ImagesFile), pushed, cancellationToken);
        context.Logger.Information("Pushed {Count} images; listed in {File}", pushed.Length, settings.ImagesFile);
        return pushed;
    }

    private static async Task<PushedImage> PushOneAsync(DockerClient client, ServerImageSettings settings, BuiltImage image, BuildContext context, CancellationToken cancellationToken)
    {
        string? digest = null;
        foreach (var tag in image.Tags)
        {
            var messages = new EngineMessages(image.Service, $"push :{tag}", context);
            try
            {
                await client.Images.PushImageAsync(image.Repository, new ImagePushParameters { Tag = tag }, Auth(settings), messages, cancellationToken);
            }
            catch (DockerApiException e)
            {
                throw new ServerImageException(image.Service, ServerImageFailure.Push, $"Pushing {image.Repository}:{tag} (service '{image.Service}') failed; the engine said: {EngineMessages.Said(e, context)}", e);
            }
            messages.ThrowIfFailed(ServerImageFailure.Push, $"Pushing {image.Repository}:{tag}");
            var tagDigest = messages.Digest
                ?? throw new ServerImageException(image.Service, ServerImageFailure.Push, $"The engine pushed {image.Repository}:{tag} (service '{image.Service}') but reported no digest.");
            if (digest is not null && digest != tagDigest)
                throw new ServerImageException(image.Service, ServerImageFailure.Push, $"{image.Repository}:{tag} got digest {tagDigest} but :{image.Tags[0]} got {digest}: another push changed the image in between.");
            digest = tagDigest;
            context.Logger.Information("{Service}: pushed {Repository}:{Tag} ({Digest}; {Existing} layers were already there)", image.Service, image.Repository, tag, digest, messages.LayersAlreadyThere);
        }
        return new PushedImage(image.Service, image.Repository, image.Tags, digest!, settings.Version, settings.Revision);
    }

    private static AuthConfig Auth(ServerImageSettings settings) => settings.Credentials is { } login
        ? new AuthConfig { Username = login.Username, Password = login.Password, ServerAddress = settings.Registry }
        : new AuthConfig { ServerAddress = settings.Registry };
}
