using Docker.DotNet;
using Docker.DotNet.Models;

namespace Walle.Pipelines.Tooling;

/// <summary>
/// A tool run's inputs as one tar in a temporary file (sprite folders run to hundreds of megabytes, so not in memory),
/// written in the background from the moment the run starts, uploaded into the container once it exists, and deleted
/// when disposed whatever happened.
/// </summary>
internal sealed class InputArchive : IAsyncDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"walle-inputs-{Guid.NewGuid():N}.tar");
    private readonly Task<int> _written;

    private InputArchive(ContainerPaths paths, CancellationToken cancellationToken) =>
        _written = Task.Run(async () =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            await using var output = new FileStream(_path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous);
            var files = await ContainerArchive.WriteInputsAsync(paths, output, cancellationToken);
            WriteTime = clock.Elapsed;
            return files;
        }, cancellationToken);

    /// <summary>How long writing the tar took (for the runner's timing line).</summary>
    public TimeSpan WriteTime { get; private set; }

    /// <summary>Starts writing the tar of <paramref name="paths"/>' inputs.</summary>
    public static InputArchive Write(ContainerPaths paths, CancellationToken cancellationToken) => new(paths, cancellationToken);

    /// <summary>Waits for the tar and extracts it at the container's root; returns the number of input files.</summary>
    public async Task<int> UploadAsync(DockerClient client, string id, CancellationToken cancellationToken)
    {
        var files = await _written;
        await using var input = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
        await client.Containers.ExtractArchiveToContainerAsync(id, new CopyToContainerParameters { Path = "/" }, input, cancellationToken);
        return files;
    }

    /// <summary>Waits for the writer to stop (it may have failed or been cancelled) and deletes the file.</summary>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await _written;
        }
        catch
        {
            // Already reported by UploadAsync, or the run failed before it needed the inputs.
        }
        File.Delete(_path);
    }
}
