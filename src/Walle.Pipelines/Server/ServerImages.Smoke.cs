using System.Diagnostics;
using Docker.DotNet;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server;

public static partial class ServerImages
{
    /// <summary>
    /// For each pushed image: pulls it back by digest, runs it with its health port published on loopback only, waits
    /// for the health check to answer 2xx (or, without a health port, for the container to stay up), and removes the
    /// container whatever happened.
    /// </summary>
    public static async Task SmokeAsync(ServerImageSettings settings, IReadOnlyList<PushedImage> images, BuildContext context, CancellationToken cancellationToken)
    {
        context.Secrets.Register(settings.Credentials?.Password);
        using var client = await DockerEngine.ConnectAsync(settings.Engine, cancellationToken);
        foreach (var pushed in images)
        {
            var image = settings.Images.FirstOrDefault(i => i.Service == pushed.Service)
                ?? throw new ServerImageException(pushed.Service, ServerImageFailure.Smoke, $"Service '{pushed.Service}' is listed in {settings.ImagesFile} but not declared in the build.");
            await PullAsync(client, settings, pushed, context, cancellationToken);
            await RunHealthCheckAsync(client, settings, image, pushed, context, cancellationToken);
        }
    }

    private static async Task PullAsync(DockerClient client, ServerImageSettings settings, PushedImage pushed, BuildContext context, CancellationToken cancellationToken)
    {
        var messages = new EngineMessages(pushed.Service, "pull", context);
        try
        {
            await client.Images.CreateImageAsync(new ImagesCreateParameters { FromImage = pushed.Repository, Tag = pushed.Digest }, Auth(settings), messages, cancellationToken);
        }
        catch (DockerApiException e)
        {
            throw new ServerImageException(pushed.Service, ServerImageFailure.Smoke, $"Pulling {pushed.PinnedReference} failed; the engine said: {EngineMessages.Said(e, context)}", e);
        }
        messages.ThrowIfFailed(ServerImageFailure.Smoke, $"Pulling {pushed.PinnedReference}");
    }

    private static async Task RunHealthCheckAsync(DockerClient client, ServerImageSettings settings, ServerImage image, PushedImage pushed, BuildContext context, CancellationToken cancellationToken)
    {
        var port = image.HealthPort is { } p ? $"{p}/tcp" : null;
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = pushed.PinnedReference,
            Name = $"walle-smoke-{pushed.Service}-{Guid.NewGuid():N}"[..40],
            Labels = new Dictionary<string, string> { ["walle.smoke"] = pushed.Service },
            ExposedPorts = port is null ? new Dictionary<string, EmptyStruct>() : new Dictionary<string, EmptyStruct> { [port] = default },
            HostConfig = new HostConfig
            {
                PortBindings = port is null ? new Dictionary<string, IList<PortBinding>>() : new Dictionary<string, IList<PortBinding>> { [port] = [new PortBinding { HostIP = "127.0.0.1", HostPort = "" }] },
            },
        }, cancellationToken);
        try
        {
            try
            {
                await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters(), cancellationToken);
            }
            catch (DockerApiException e)
            {
                throw new ServerImageException(pushed.Service, ServerImageFailure.Smoke, $"{pushed.PinnedReference} (service '{pushed.Service}') did not start; the engine said: {EngineMessages.Said(e, context)}", e);
            }
            var watch = Stopwatch.StartNew();
            var problem = port is null
                ? await StaysUpAsync(client, created.ID, cancellationToken)
                : await WaitHealthyAsync(client, created.ID, port, image.HealthPath, settings.HealthTimeout, cancellationToken);
            if (problem is not null)
            {
                var logs = await LogsAsync(client, created.ID);
                throw new ServerImageException(pushed.Service, ServerImageFailure.Smoke, $"Smoke test of {pushed.PinnedReference} (service '{pushed.Service}') failed: {problem}. Its output: {context.Secrets.Apply(logs)}");
            }
            context.Logger.Information("{Service}: {Reference} answered its health check in {Elapsed:0.0} s", pushed.Service, pushed.PinnedReference, watch.Elapsed.TotalSeconds);
        }
        finally
        {
            await ContainerRemovals.RemoveAsync(client, created.ID, stop: false, context);
        }
    }

    private static async Task<string?> WaitHealthyAsync(DockerClient client, string id, string port, string path, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var inspected = await client.Containers.InspectContainerAsync(id, cancellationToken);
        if (inspected.State is { Running: false } stopped) return $"the container exited with code {stopped.ExitCode} before its health check answered";
        IList<PortBinding>? bindings = null;
        inspected.NetworkSettings?.Ports?.TryGetValue(port, out bindings);
        if (bindings?.FirstOrDefault()?.HostPort is not { Length: > 0 } hostPort)
            return $"the engine published no host port for {port}";
        var url = $"http://127.0.0.1:{hostPort}{(path.StartsWith('/') ? path : "/" + path)}";
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.StartNew();
        var last = "no answer";
        while (deadline.Elapsed < timeout)
        {
            var state = (await client.Containers.InspectContainerAsync(id, cancellationToken)).State;
            if (state is { Running: false }) return $"the container exited with code {state.ExitCode} before its health check answered";
            try
            {
                using var response = await http.GetAsync(url, cancellationToken);
                if (response.IsSuccessStatusCode) return null;
                last = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e) { last = e.Message; }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested) { last = "no answer within 2 s"; }
            await Task.Delay(200, cancellationToken);
        }
        return $"{url} did not answer 2xx within {timeout.TotalSeconds:0} s (last: {last})";
    }

    private static async Task<string?> StaysUpAsync(DockerClient client, string id, CancellationToken cancellationToken)
    {
        await Task.Delay(TimeSpan.FromSeconds(2), cancellationToken);
        var state = (await client.Containers.InspectContainerAsync(id, cancellationToken)).State;
        return state is { Running: true } ? null : $"the container exited with code {state?.ExitCode}";
    }

    private static async Task<string> LogsAsync(DockerClient client, string id)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            using var stream = await client.Containers.GetContainerLogsAsync(id, new ContainerLogsParameters { ShowStdout = true, ShowStderr = true, Tail = "20" }, timeout.Token);
            var (output, error) = await stream.ReadOutputToEndAsync(timeout.Token);
            var text = (error + output).Trim();
            return text.Length == 0 ? "(no output)" : text;
        }
        catch (Exception e) when (e is DockerApiException or IOException or OperationCanceledException)
        {
            return $"(logs unavailable: {e.Message})";
        }
    }
}
