using System.Collections.Concurrent;
using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tooling;

/// <summary>
/// Runs tools in containers on a chosen Docker engine, local or remote: the typed input paths are copied in (an archive
/// upload) and the output folders copied back (an archive download) when the tool succeeds — no bind mounts, so it
/// works against a remote engine and avoids Docker for Mac's slow shared file system. Secret environment variables
/// (a licence key) reach the container only. The container is removed in every outcome — success, failure, timeout,
/// cancellation — after a stop that lets the tool hand back a floating licence seat. At most
/// <see cref="DockerToolRunnerSettings.Capacity"/> containers run at once per engine address in this process. A
/// container whose tool exited by itself is removed in the background (<see cref="ContainerRemovals"/>): dispose the
/// runner to wait for those; the process waits for any left when it exits.
/// </summary>
public sealed class DockerToolRunner(DockerToolRunnerSettings settings, BuildContext? context = null) : IToolRunner, IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Slots = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _slots = Slots.GetOrAdd(settings.Engine.Address, _ => new SemaphoreSlim(Math.Max(1, settings.Capacity)));
    private readonly Lock _gate = new();
    private Task<DockerClient>? _connecting;
    private volatile bool _imageChecked;
    private readonly ContainerRemovals _removals = new();
    private readonly BuildContext _run = context ?? new BuildContext();

    /// <summary>The runner's settings.</summary>
    public DockerToolRunnerSettings Settings { get; } = settings;

    /// <inheritdoc />
    public async Task<ToolResult> RunAsync(ToolSettings tool, CancellationToken cancellationToken = default)
    {
        var run = _run;
        foreach (var secret in Settings.SecretEnvironment.Values) run.Secrets.Register(secret);
        var secrets = tool.Secrets.Concat(Settings.SecretEnvironment.Values).ToList();
        var name = Path.GetFileName(tool.Executable);
        var paths = ContainerPaths.Map(tool.Arguments, Settings.ContainerRoot);
        var client = await ClientAsync(cancellationToken);
        if (!_imageChecked)
        {
            await CheckImageAsync(client, name, cancellationToken);
            _imageChecked = true;
        }

        await _slots.WaitAsync(cancellationToken);
        // The inputs' tar (21–70 ms for 1,000 small files) is written while the engine creates the container (13–170 ms);
        // only once a seat is held, so that queued runs do not each fill the temporary folder with a copy of their inputs.
        await using var inputs = InputArchive.Write(paths, cancellationToken);
        var clock = Stopwatch.StartNew();
        string? id = null;
        var exited = false;
        try
        {
            id = await CreateAsync(client, tool, name, paths, cancellationToken);
            var created = clock.Elapsed;
            var files = await inputs.UploadAsync(client, id, cancellationToken);
            var copiedIn = clock.Elapsed;
            run.Logger.Debug("{Tool} in {Image} on {Engine}: {Arguments}", name, Settings.Image, Settings.Engine.Address, Tool.Mask(string.Join(" ", paths.Arguments), secrets));
            await client.Containers.StartContainerAsync(id, new ContainerStartParameters(), cancellationToken);
            var exitCode = await WaitAsync(client, id, tool, name, cancellationToken);
            exited = true;
            var ran = clock.Elapsed;
            // The logs and the outputs are read at once: two engine calls that do not depend on each other.
            var logs = LogsAsync(client, id, tool, name, secrets, run, cancellationToken);
            await Task.WhenAll(logs, exitCode == 0 ? CopyOutAsync(client, id, paths, name, cancellationToken) : Task.CompletedTask);
            var (output, error) = await logs;
            run.Logger.Debug("{Tool} container: created in {Created:0} ms, {Files} input files copied in {CopyIn:0} ms (their tar written in {Tar:0} ms, beside), ran {Run:0} ms, output copied back in {CopyOut:0} ms",
                name, created.TotalMilliseconds, files, (copiedIn - created).TotalMilliseconds, inputs.WriteTime.TotalMilliseconds, (ran - copiedIn).TotalMilliseconds, (clock.Elapsed - ran).TotalMilliseconds);
            return new ToolResult((int)exitCode, output, error, clock.Elapsed);
        }
        finally
        {
            if (id is not null && exited)
            {
                // The tool has exited, its seat is free: removal off the critical path took 0.3–0.75 s out of each 1,000-file run.
                var removing = Stopwatch.StartNew();
                _removals.Start(async () =>
                {
                    await ContainerRemovals.RemoveAsync(client, id, stop: false, run);
                    run.Logger.Debug("{Tool} container removed in {Remove:0} ms (in the background)", name, removing.Elapsed.TotalMilliseconds);
                });
            }
            else if (id is not null)
            {
                await ContainerRemovals.RemoveAsync(client, id, stop: true, run);   // still running (failure, timeout, cancellation): stopped and removed before the run ends
            }
            _slots.Release();
        }
    }

    /// <summary>Waits until every container this runner started is removed.</summary>
    public async ValueTask DisposeAsync() => await _removals.WaitAsync();

    /// <summary>One client per runner, connected (pinged) once for parallel runs; a failed connection is tried again by the next run.</summary>
    private Task<DockerClient> ClientAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_connecting is null || _connecting.IsFaulted || _connecting.IsCanceled)
                _connecting = DockerEngine.ConnectAsync(Settings.Engine, CancellationToken.None);
            return _connecting.WaitAsync(cancellationToken);
        }
    }

    private async Task CheckImageAsync(DockerClient client, string name, CancellationToken cancellationToken)
    {
        try
        {
            await client.Images.InspectImageAsync(Settings.Image, cancellationToken);
        }
        catch (DockerImageNotFoundException)
        {
            throw ImageMissing(name);
        }
    }

    private ToolNotFoundException ImageMissing(string name) => new(name,
        $"The image '{Settings.Image}' for {name} is not on the Docker engine at {Settings.Engine.Address}: build or pull it there first (e.g. docker pull {Settings.Image}).");

    private async Task<string> CreateAsync(DockerClient client, ToolSettings tool, string name, ContainerPaths paths, CancellationToken cancellationToken)
    {
        var environment = tool.Environment.Concat(Settings.SecretEnvironment).Select(p => $"{p.Key}={p.Value}").ToList();
        CreateContainerResponse created;
        try
        {
            created = await Create(client, name, paths, environment, cancellationToken);
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            _imageChecked = false;   // removed since it was checked
            throw ImageMissing(name);
        }
        return created.ID;
    }

    private Task<CreateContainerResponse> Create(DockerClient client, string name, ContainerPaths paths, List<string> environment, CancellationToken cancellationToken) =>
        client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = Settings.Image,
            Name = $"walle-tool-{Guid.NewGuid():N}",
            Cmd = [Settings.Executable ?? name, .. paths.Arguments],
            Env = environment,
            WorkingDir = Settings.ContainerRoot,
            Labels = new Dictionary<string, string> { ["walle.tool"] = name },
            AttachStdout = false,
            AttachStderr = false,
            HostConfig = new HostConfig { Memory = Settings.MemoryLimit ?? 0 },
        }, cancellationToken);

    private static async Task<long> WaitAsync(DockerClient client, string id, ToolSettings tool, string name, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (tool.Timeout is { } limit) timeout.CancelAfter(limit);
        try
        {
            return (await client.Containers.WaitContainerAsync(id, timeout.Token)).StatusCode;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ToolFailedException($"{name} did not finish within {tool.Timeout} and was stopped; its container was removed and nothing was copied back.");
        }
    }

    private static async Task<(string Output, string Error)> LogsAsync(DockerClient client, string id, ToolSettings tool, string name, IReadOnlyList<string> secrets, BuildContext run, CancellationToken cancellationToken)
    {
        using var stream = await client.Containers.GetContainerLogsAsync(id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, cancellationToken);
        var (output, error) = await stream.ReadOutputToEndAsync(cancellationToken);
        output = run.Secrets.Apply(Tool.Mask(output, secrets));
        error = run.Secrets.Apply(Tool.Mask(error, secrets));
        foreach (var line in (output + error).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            run.Logger.Write(tool.OutputLevel, "{Tool}: {Line}", name, line.TrimEnd('\r'));
        return (output, error);
    }

    private static async Task CopyOutAsync(DockerClient client, string id, ContainerPaths paths, string name, CancellationToken cancellationToken)
    {
        foreach (var (host, container) in paths.Outputs)
        {
            var response = await client.Containers.GetArchiveFromContainerAsync(id, new ContainerPathStatParameters { Path = container }, false, cancellationToken);
            await using var stream = response.Stream ?? throw new ToolFailedException($"The engine returned no archive of {name}'s output folder {container}.");
            // Downloaded whole before unpacking: Docker.DotNet's chunked stream fails when the tar reader skips ahead in it.
            var archive = Path.Combine(Path.GetTempPath(), $"walle-outputs-{Guid.NewGuid():N}.tar");
            try
            {
                await using (var file = new FileStream(archive, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, FileOptions.Asynchronous))
                    await stream.CopyToAsync(file, cancellationToken);
                await using var input = new FileStream(archive, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.Asynchronous);
                await ContainerArchive.ExtractOutputsAsync(input, host, cancellationToken);
            }
            finally
            {
                File.Delete(archive);
            }
        }
    }
}
