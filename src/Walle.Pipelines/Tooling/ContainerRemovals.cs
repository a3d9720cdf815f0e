using System.Collections.Concurrent;
using Docker.DotNet;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Tooling;

/// <summary>
/// How a container Walle started is removed (<see cref="RemoveAsync"/>, for tool and smoke-test containers alike), and
/// removals of tool containers whose process has exited, run off the critical path: the engine deletes the layer
/// holding the copied inputs, 0.3–0.75 s for 1,000 small files on the test engine, while the run's result is already
/// known and its seat handed back. They are awaited by the runner's <see cref="DockerToolRunner.DisposeAsync"/> and, for
/// whatever is left when the process ends (success, failure, SIGTERM — every exit runs <see cref="AppDomain.ProcessExit"/>),
/// before it exits, so no container outlives the build.
/// </summary>
internal sealed class ContainerRemovals
{
    /// <summary>The longest the process waits at exit for removals still running (each has its own 30 s deadline).</summary>
    private static readonly TimeSpan ExitWait = TimeSpan.FromSeconds(35);
    private static readonly ConcurrentDictionary<Task, byte> All = new();

    static ContainerRemovals() => AppDomain.CurrentDomain.ProcessExit += (_, _) => WaitAtExit();

    private static void WaitAtExit()
    {
        try
        {
            Task.WhenAll(All.Keys).Wait(ExitWait);
        }
        catch (AggregateException)
        {
            // A removal that failed has logged its warning; the process ends anyway.
        }
    }

    private readonly ConcurrentDictionary<Task, byte> _mine = new();

    /// <summary>Starts <paramref name="removal"/> and keeps it until it ends.</summary>
    public void Start(Func<Task> removal)
    {
        var task = Task.Run(removal);
        All[task] = 0;
        _mine[task] = 0;
        task.ContinueWith(t => { All.TryRemove(t, out _); _mine.TryRemove(t, out _); }, TaskScheduler.Default);
    }

    /// <summary>
    /// Stops a container still running (SIGTERM, then SIGKILL after 5 s, so the tool can hand back its seat) and removes
    /// it, on its own deadline; one that exited by itself is only removed.
    /// </summary>
    public static async Task RemoveAsync(DockerClient client, string id, bool stop, BuildContext run)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            if (stop) await client.Containers.StopContainerAsync(id, new ContainerStopParameters { WaitBeforeKillSeconds = 5 }, deadline.Token);
            await client.Containers.RemoveContainerAsync(id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, deadline.Token);
        }
        catch (DockerContainerNotFoundException)
        {
        }
        catch (Exception e) when (e is DockerApiException or HttpRequestException or OperationCanceledException or IOException)
        {
            run.Logger.Warning("Could not remove container {Id}: {Message}", id[..12], e.Message);
        }
    }

    /// <summary>Waits for the removals this tracker started (they never throw: a failed removal is a logged warning).</summary>
    public Task WaitAsync() => Task.WhenAll(_mine.Keys);
}
