using System.Diagnostics;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// An extra radosgw of its own on the Ceph cluster eng/s3-rgw.sh started (<c>S3_RGW_BASE</c>), started, crashed and
/// stopped through <c>eng/s3-rgw.sh gateway</c>. Crashing it leaves the main gateway (S3_ENDPOINT), which other test
/// assemblies use at the same time, untouched.
/// </summary>
internal sealed class S3Gateway : IAsyncDisposable
{
    private readonly string _name = "crash-" + Guid.NewGuid().ToString("N")[..8];
    private int _pid;
    private Task _fencing = Task.CompletedTask;

    private S3Gateway()
    {
    }

    /// <summary>The gateway's S3 endpoint; the same port across restarts.</summary>
    public string Endpoint { get; private set; } = "";

    public static async Task<S3Gateway> StartAsync()
    {
        var gateway = new S3Gateway();
        await gateway.RestartAsync();
        return gateway;
    }

    /// <summary>Starts the gateway again after <see cref="Crash"/> (does nothing while it runs).</summary>
    public async Task RestartAsync()
    {
        await _fencing;
        var exports = await ScriptAsync("start");
        Endpoint = Export(exports, "S3_GATEWAY_ENDPOINT");
        _pid = int.Parse(Export(exports, "S3_GATEWAY_PID"));
    }

    /// <summary>
    /// SIGKILLs the gateway and returns once it is gone, so the next request meets a dead server. The script then
    /// fences its cluster clients in the background, as an operator would after a crash.
    /// </summary>
    public void Crash()
    {
        try
        {
            using var process = Process.GetProcessById(_pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            // Already gone.
        }
        for (var i = 0; i < 500 && IsAlive(_pid); i++) Thread.Sleep(10);
        if (IsAlive(_pid)) throw new InvalidOperationException($"radosgw (pid {_pid}) survived SIGKILL for 5 s");
        _fencing = ScriptAsync("kill");
    }

    /// <summary>SIGSTOPs the gateway: connections are still accepted, nothing is answered (a hung server).</summary>
    public void Freeze()
    {
        using var kill = Process.Start("kill", ["-STOP", _pid.ToString()]);
        kill.WaitForExit();
        if (kill.ExitCode != 0) throw new InvalidOperationException($"kill -STOP {_pid} failed ({kill.ExitCode})");
    }

    public async ValueTask DisposeAsync()
    {
        await _fencing;
        await ScriptAsync("stop");
    }

    private static bool IsAlive(int pid)
    {
        try
        {
            return File.ReadLines($"/proc/{pid}/status").All(line => !(line.StartsWith("State:") && line.Contains('Z')));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static string Export(string exports, string name) =>
        exports.Split(' ', '\n').FirstOrDefault(word => word.StartsWith(name + "="))?[(name.Length + 1)..]
        ?? throw new InvalidOperationException($"eng/s3-rgw.sh gateway start printed no {name}: {exports}");

    private async Task<string> ScriptAsync(string action)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { Script, "gateway", action, Base, _name }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"eng/s3-rgw.sh gateway {action} {Base} {_name} failed ({process.ExitCode}): {await error}");
        return (await output).Trim();
    }

    private static string Base =>
        Environment.GetEnvironmentVariable("S3_RGW_BASE") is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException("S3_RGW_BASE is not set: the crash tests start and SIGKILL a gateway of their own on the Ceph cluster " +
                "that eng/s3-rgw.sh runs (eng/test.sh sets it). By hand: bash eng/s3-rgw.sh install && eval \"$(bash eng/s3-rgw.sh start /tmp/s3-rgw-patch)\" " +
                "(that also exports S3_RGW_BASE, S3_ENDPOINT and the keys).");

    private static string Script
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                var script = Path.Combine(folder.FullName, "eng", "s3-rgw.sh");
                if (File.Exists(script)) return script;
            }
            throw new InvalidOperationException($"eng/s3-rgw.sh was not found above {AppContext.BaseDirectory}: run the tests from the repository.");
        }
    }
}
