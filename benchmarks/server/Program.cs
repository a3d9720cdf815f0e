using System.Diagnostics;
using System.Globalization;
using Docker.DotNet.Models;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Server;
using Walle.Pipelines.Tooling;

// Commands (run.sh drives them; DOCKER_HOST and TEST_REGISTRY name the engine and registry):
//   push <work> <rounds>      build + push of the Vega gateway image: Walle vs docker build + docker push, same content, labels, tags
//   copyin <work> <files>     <files> small inputs through the container runner vs the same container with a bind mount
//   overhead <work> <runs>    <runs> runs at capacity 4: container runner vs the same program as a local process
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
var host = Environment.GetEnvironmentVariable("DOCKER_HOST") ?? throw new InvalidOperationException("DOCKER_HOST is not set: eval \"$(bash eng/docker-engine.sh start /tmp/docker-engine)\"");
var registry = Environment.GetEnvironmentVariable("TEST_REGISTRY") ?? "127.0.0.1:5000";
var engine = new DockerEngineSettings { Host = host };
var context = new BuildContext(Environment.GetEnvironmentVariable("BENCH_VERBOSE") is null
    ? new Serilog.LoggerConfiguration().CreateLogger()   // quiet: only the figures are printed
    : new Serilog.LoggerConfiguration().MinimumLevel.Debug().WriteTo.Sink(new Stderr()).CreateLogger());
using var scope = context.Enter();

switch (args[0])
{
    case "push": await Push(args[1], int.Parse(args[2])); break;
    case "copyin": await CopyIn(args[1], int.Parse(args[2])); break;
    case "overhead": await Overhead(args[1], int.Parse(args[2])); break;
    default: Console.Error.WriteLine("usage: push|copyin|overhead <work> <n>"); return 2;
}
return 0;

async Task Push(string work, int rounds)
{
    var folder = Path.Combine(work, "gateway");
    Compile(Path.Combine(repository, "samples/Vega/server/gateway.c"), Path.Combine(folder, "bin", "gateway"));
    File.Copy(Path.Combine(repository, "samples/Vega/server/Dockerfile"), Path.Combine(folder, "Dockerfile"), overwrite: true);
    File.Copy(Path.Combine(repository, "samples/Vega/server/.dockerignore"), Path.Combine(folder, ".dockerignore"), overwrite: true);
    var ours = new List<double>();
    var cli = new List<double>();
    for (var round = 0; round < rounds; round++)
    {
        // New content each round, so both sides really build and push a layer.
        await File.WriteAllTextAsync(Path.Combine(folder, "bin", "round.txt"), Guid.NewGuid().ToString());
        await File.WriteAllTextAsync(Path.Combine(folder, "Dockerfile"), File.ReadAllText(Path.Combine(repository, "samples/Vega/server/Dockerfile")) + "COPY bin/round.txt /round.txt\n");
        var version = $"1.0.{round}";
        var settings = new ServerImageSettings([new ServerImage("gateway", folder)], registry, "bench-ours", version, "8e67d23bbe111033787df7d1ba506c31d2031f8b")
        { Branch = "main", Engine = engine, RootDirectory = work };
        async Task<double> Ours()
        {
            var clock = Stopwatch.StartNew();
            await ServerImages.BuildAsync(settings, context, CancellationToken.None);
            await ServerImages.PushAsync(settings, context, CancellationToken.None);
            return clock.Elapsed.TotalSeconds;
        }
        double Cli()
        {
            var image = $"{registry}/bench-cli/gateway";
            var labels = new[] { "revision=8e67d23bbe111033787df7d1ba506c31d2031f8b", $"version={version}", $"created={DateTime.UtcNow:yyyy-MM-ddTHH:mm:ssZ}", "title=gateway" }
                .SelectMany(l => new[] { "--label", "org.opencontainers.image." + l });
            var clock = Stopwatch.StartNew();
            Docker(["build", "-q", .. labels, "-t", $"{image}:{version}", "-t", $"{image}:8e67d23bbe111033787df7d1ba506c31d2031f8b", "-t", $"{image}:main", folder]);
            foreach (var tag in new[] { version, "8e67d23bbe111033787df7d1ba506c31d2031f8b", "main" }) Docker(["push", "-q", $"{image}:{tag}"]);
            return clock.Elapsed.TotalSeconds;
        }
        // Round 0 warms .NET's JIT and the engine and is not counted; the order alternates so neither side always goes first.
        double a, b;
        if (round % 2 == 0) { a = await Ours(); b = Cli(); }
        else { b = Cli(); a = await Ours(); }
        if (round == 0) continue;
        ours.Add(a);
        cli.Add(b);
    }
    Report("build + push (3 tags, 4 labels)", "walle", ours, "docker build + docker push", cli, "goal <= 1.1x");
}

async Task CopyIn(string work, int count)
{
    var image = await FakeToolImage(work);
    var inputs = Path.Combine(work, "inputs");
    if (Directory.Exists(inputs)) Directory.Delete(inputs, true);
    for (var i = 0; i < count; i++)
    {
        var file = Path.Combine(inputs, $"dir{i % 20:00}", $"sprite{i:0000}.png");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        await File.WriteAllBytesAsync(file, new byte[1024 + i % 512]);
    }
    using var client = DockerEngine.Open(engine);
    var copied = new List<double>();
    var removed = new List<double>();
    var mounted = new List<double>();
    for (var round = 0; round < 5; round++)
    {
        var output = Path.Combine(work, "out-copy", "list.txt");
        var runner = new DockerToolRunner(Runner(image, 1), context);
        var clock = Stopwatch.StartNew();
        await Tool.RunAsync(new ToolSettings { Executable = "fake-tool", Arguments = [ToolArgument.Output(output), ToolArgument.Input(inputs)], Runner = runner }, new BuildContext());
        copied.Add(clock.Elapsed.TotalSeconds);
        // The container is removed in the background; it is waited for here, so the bind-mount round does not share the engine with it.
        await runner.DisposeAsync();
        removed.Add(clock.Elapsed.TotalSeconds);
        Check(output, count);

        var mountOut = Path.Combine(work, "out-mount");
        Directory.CreateDirectory(mountOut);
        clock.Restart();
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters
        {
            Image = image,
            Cmd = ["fake-tool", "/walle/out/0/list.txt", "/walle/in/0/inputs"],
            Env = ["FAKE_TOOL_LICENSE=bench"],
            HostConfig = new HostConfig { Binds = [$"{inputs}:/walle/in/0/inputs:ro", $"{mountOut}:/walle/out/0"] },
        });
        await client.Containers.StartContainerAsync(created.ID, new ContainerStartParameters());
        await client.Containers.WaitContainerAsync(created.ID);
        await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
        mounted.Add(clock.Elapsed.TotalSeconds);
        Check(Path.Combine(mountOut, "list.txt"), count);
    }
    Report($"{count} small input files, one run", "copy-in (container runner, until the result)", copied, "bind mount (same container, same program)", mounted, "goal <= 1.2x");
    Console.WriteLine($"copy-in until its container is also removed: median {Median(removed):0.000} s [{string.Join(", ", removed.Select(s => s.ToString("0.000")))}], " +
                      $"{Median(removed) / Median(mounted):0.00}x the bind mount");
}

async Task Overhead(string work, int runs)
{
    var image = await FakeToolImage(work);
    var local = Path.Combine(work, "fake-tool-local");
    Compile(Path.Combine(repository, "tests/Walle.Pipelines.Server.Tests/Programs/fake-tool.c"), local);
    var input = Path.Combine(work, "small-input");
    Directory.CreateDirectory(input);
    await File.WriteAllTextAsync(Path.Combine(input, "a.png"), "a");
    var runner = new DockerToolRunner(Runner(image, 4) with { Engine = new DockerEngineSettings { Host = host.Replace("unix:///", "unix:////") } }, context);
    async Task<(double Wall, List<double> Each)> Batch(IToolRunner on, string executable, string name)
    {
        var each = new double[runs];
        using var gate = new SemaphoreSlim(4);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, runs).Select(async i =>
        {
            await gate.WaitAsync();
            try
            {
                var one = Stopwatch.StartNew();
                Directory.CreateDirectory(Path.Combine(work, name, $"run{i}"));
                await Tool.RunAsync(new ToolSettings
                {
                    Executable = executable,
                    Arguments = [ToolArgument.Output(Path.Combine(work, name, $"run{i}", "list.txt")), ToolArgument.Input(input)],
                    Environment = new Dictionary<string, string> { ["FAKE_TOOL_LICENSE"] = "bench" },
                    Runner = on,
                }, new BuildContext());
                each[i] = one.Elapsed.TotalSeconds;
            }
            finally { gate.Release(); }
        }));
        return (clock.Elapsed.TotalSeconds, each.ToList());
    }
    var container = await Batch(runner, "fake-tool", "overhead-container");
    var removing = Stopwatch.StartNew();
    await runner.DisposeAsync();   // the last containers' background removals, before the local batch
    Console.WriteLine($"{runs} runs at capacity 4: the last background removals ended {removing.Elapsed.TotalSeconds:0.00} s after the last result");
    var process = await Batch(new LocalToolRunner(), local, "overhead-local");
    Console.WriteLine($"{runs} runs at capacity 4: container runner {container.Wall:0.00} s wall ({Median(container.Each):0.000} s median per run), " +
                      $"local process {process.Wall:0.00} s wall ({Median(process.Each):0.000} s median per run)");
    Console.WriteLine($"per-run overhead of the container: {Median(container.Each) - Median(process.Each):0.000} s (median run, container minus local)");
}

async Task<string> FakeToolImage(string work)
{
    var folder = Path.Combine(work, "fake-tool-image");
    Compile(Path.Combine(repository, "tests/Walle.Pipelines.Server.Tests/Programs/fake-tool.c"), Path.Combine(folder, "fake-tool"));
    await File.WriteAllTextAsync(Path.Combine(folder, "Dockerfile"), "FROM scratch\nCOPY fake-tool /usr/local/bin/fake-tool\n");
    var settings = new ServerImageSettings([new ServerImage("fake-tool", folder)], registry, "bench-tools", "1.0.0", "bench") { Engine = engine };
    await ServerImages.BuildAsync(settings, context, CancellationToken.None);
    return $"{registry}/bench-tools/fake-tool:1.0.0";
}

DockerToolRunnerSettings Runner(string image, int capacity) => new(image)
{
    Engine = engine,
    Capacity = capacity,
    SecretEnvironment = new Dictionary<string, string> { ["FAKE_TOOL_LICENSE"] = "bench" },
};

static void Check(string list, int count)
{
    var lines = File.ReadAllLines(list).Length;
    if (lines != count) throw new InvalidOperationException($"{list} lists {lines} files, expected {count}");
}

static void Compile(string source, string output)
{
    Directory.CreateDirectory(Path.GetDirectoryName(output)!);
    using var gcc = Process.Start("gcc", ["-static", "-O2", "-o", output, source]);
    gcc.WaitForExit();
    if (gcc.ExitCode != 0) throw new InvalidOperationException($"gcc failed on {source}");
}

static void Docker(string[] arguments)
{
    var start = new ProcessStartInfo("docker") { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var a in arguments) start.ArgumentList.Add(a);
    start.Environment["DOCKER_BUILDKIT"] = "0";
    using var process = Process.Start(start)!;
    var error = process.StandardError.ReadToEndAsync();
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
    if (process.ExitCode != 0) throw new InvalidOperationException($"docker {string.Join(' ', arguments)}: {error.Result}");
}

static double Median(List<double> values)
{
    var sorted = values.Order().ToList();
    return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
}

static void Report(string what, string oursName, List<double> ours, string anchorName, List<double> anchor, string goal)
{
    Console.WriteLine($"{what}: {oursName} median {Median(ours):0.000} s [{string.Join(", ", ours.Select(s => s.ToString("0.000")))}]");
    Console.WriteLine($"{what}: {anchorName} median {Median(anchor):0.000} s [{string.Join(", ", anchor.Select(s => s.ToString("0.000")))}]");
    Console.WriteLine($"ratio (walle / anchor): {Median(ours) / Median(anchor):0.00}x  ({goal})");
}

sealed class Stderr : Serilog.Core.ILogEventSink
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    public void Emit(Serilog.Events.LogEvent e) => Console.Error.WriteLine($"{_clock.ElapsedMilliseconds,7} ms  {e.RenderMessage()}");
}
