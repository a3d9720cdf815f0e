using System.Diagnostics;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

/// <summary>
/// The real Docker engine and registry the tests use: <c>DOCKER_HOST</c> and <c>TEST_REGISTRY</c> as exported by
/// <c>eng/test.sh</c> (or <c>eval "$(bash eng/docker-engine.sh start)"</c>). Missing ones fail the test, saying how to start them.
/// </summary>
internal static class TestEngine
{
    public static string Host => Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } host ? host
        : throw new InvalidOperationException("DOCKER_HOST is not set: start the test engine with eval \"$(bash eng/docker-engine.sh start /tmp/docker-engine)\" (eng/test.sh does this), then run the tests in that shell.");

    public static string Registry => Environment.GetEnvironmentVariable("TEST_REGISTRY") is { Length: > 0 } registry ? registry
        : throw new InvalidOperationException("TEST_REGISTRY is not set: start the test registry with eval \"$(bash eng/docker-engine.sh start /tmp/docker-engine)\" (eng/test.sh does this).");

    public static DockerEngineSettings Engine => new() { Host = Host };

    /// <summary>The same engine's <c>--tlsverify</c> listener, <c>tcp://127.0.0.1:2376</c> (<c>TEST_DOCKER_TLS_HOST</c>).</summary>
    public static string TlsHost => Environment.GetEnvironmentVariable("TEST_DOCKER_TLS_HOST") is { Length: > 0 } host ? host
        : throw new InvalidOperationException("TEST_DOCKER_TLS_HOST is not set: start the test engine with eval \"$(bash eng/docker-engine.sh start /tmp/docker-engine)\" (eng/test.sh does this); it also listens on tcp://127.0.0.1:2376 with TLS.");

    /// <summary>The client certificate folder for <see cref="TlsHost"/>: ca.pem, cert.pem, key.pem (<c>TEST_DOCKER_CERT_PATH</c>).</summary>
    public static string TlsCertPath => Environment.GetEnvironmentVariable("TEST_DOCKER_CERT_PATH") is { Length: > 0 } path ? path
        : throw new InvalidOperationException("TEST_DOCKER_CERT_PATH is not set: start the test engine with eval \"$(bash eng/docker-engine.sh start /tmp/docker-engine)\" (eng/test.sh does this); it makes the TLS client certificates.");

    /// <summary>The engine reached over TLS with the test client certificate.</summary>
    public static DockerEngineSettings TlsEngine => new() { Host = TlsHost, TlsCertificates = TlsCertPath };

    /// <summary>A run context whose log lines are kept in <paramref name="log"/>.</summary>
    public static BuildContext Context(out LogCapture log)
    {
        log = new LogCapture();
        var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(log).CreateLogger();
        return new BuildContext(logger);
    }

    /// <summary>Compiles a C file with <c>gcc -static</c>.</summary>
    public static void CompileStatic(string source, string output)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var result = Run("gcc", "-static", "-O2", "-o", output, source);
        if (result.ExitCode != 0) throw new InvalidOperationException($"gcc -static failed for {source}: {result.Output}");
    }

    /// <summary>Runs a command line tool (gcc, docker) and returns its exit code and output; a missing tool fails saying what to install.</summary>
    public static (int ExitCode, string Output) Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        start.Environment["DOCKER_HOST"] = Host;
        start.Environment["DOCKER_BUILDKIT"] = "0";
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new InvalidOperationException($"'{tool}' is not installed: apt-get install gcc docker.io (eng/test-tools.sh and eng/docker-engine.sh install do).");
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result + error.Result);
        }
    }

    /// <summary>A fresh folder under the temp folder, deleted with the returned scope.</summary>
    public static TempFolder Folder() => new();
}

internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateDirectory(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "walle-server-" + Guid.NewGuid().ToString("N")[..8])).FullName;

    public string Write(string relative, string text)
    {
        var file = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        File.WriteAllText(file, text);
        return file;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

/// <summary>Log lines of a run, rendered, for assertions (e.g. that a secret never appears).</summary>
internal sealed class LogCapture : ILogEventSink
{
    private readonly List<string> _lines = [];
    public event Action<string>? Line;

    public void Emit(LogEvent logEvent)
    {
        var text = logEvent.RenderMessage().Replace("\"", "");
        lock (_lines) _lines.Add(text);
        Line?.Invoke(text);
    }

    public string Text
    {
        get { lock (_lines) return string.Join('\n', _lines); }
    }
}
