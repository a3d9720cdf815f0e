using Walle.Pipelines.Engine;
using Docker.DotNet.Models;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

public sealed class DockerToolRunnerTests
{
    private const string License = "TP-SEAT-7f3a91c2";

    private static ToolSettings Settings(string output, IEnumerable<ToolArgument> inputs, params string[] options) => new()
    {
        Executable = "/opt/fake/bin/fake-tool",
        Arguments = [.. options.Select(o => (ToolArgument)o), ToolArgument.Output(output), .. inputs],
        Timeout = TimeSpan.FromMinutes(1),
    };

    private static TempFolder Sprites(out string sprites)
    {
        var folder = TestEngine.Folder();
        folder.Write("art/ui/button.png", "button");
        folder.Write("art/ui/deep/icon.png", "icon!");
        folder.Write("art/odd name ü.png", "odd");
        sprites = Path.Combine(folder.Path, "art");
        return folder;
    }

    [Fact]
    public async Task CopiesInputsInAndOutputsOutAndMasksTheLicence()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var single = folder.Write("single.txt", "12345678");
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var context = TestEngine.Context(out var log);
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), context);

        var result = await Tool.RunAsync(Settings(output, [ToolArgument.Input(sprites), ToolArgument.Input(single)]) with { Runner = runner }, new BuildContext());

        Assert.Equal(0, result.ExitCode);
        var lines = (await File.ReadAllLinesAsync(output)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["/walle/in/0/art/odd name ü.png 3", "/walle/in/0/art/ui/button.png 6", "/walle/in/0/art/ui/deep/icon.png 5", "/walle/in/1/single.txt 8"], lines);
        Assert.Equal("extra\n", await File.ReadAllTextAsync(output + ".extra"));   // everything the tool wrote beside its named output
        Assert.Contains("licensed to key ****", result.StandardOutput);
        Assert.DoesNotContain(License, result.StandardOutput + result.StandardError + log.Text);
        Assert.Empty(Directory.GetDirectories(Path.Combine(folder.Path, "out")));   // no staging folder left behind
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task MissingLicenceIsTheToolsRefusalAndPublishesNothing()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image, license: null), TestEngine.Context(out _));

        var error = await Assert.ThrowsAsync<ToolFailedException>(() => Tool.RunAsync(Settings(output, [ToolArgument.Input(sprites)]) with { Runner = runner }, new BuildContext()));

        Assert.Contains("exited with code 3", error.Message);
        Assert.Contains("no licence", error.Message);
        Assert.False(File.Exists(output));
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task FailedToolPublishesNoOutput()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), TestEngine.Context(out _));

        var result = await Tool.TryRunAsync(Settings(output, [ToolArgument.Input(sprites)], "--fail") with { Runner = runner }, new BuildContext());

        Assert.Equal(1, result.ExitCode);
        Assert.False(File.Exists(output));   // the tool wrote it inside the container, but failed: nothing comes back
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task HungToolIsStoppedAtItsTimeoutAndItsContainerRemoved()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), TestEngine.Context(out _));

        var error = await Assert.ThrowsAsync<ToolFailedException>(() =>
            Tool.RunAsync(Settings(output, [ToolArgument.Input(sprites)], "--hang") with { Runner = runner, Timeout = TimeSpan.FromSeconds(2) }, new BuildContext()));

        Assert.Contains("did not finish within", error.Message);
        Assert.False(File.Exists(output));
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task CancellationRemovesTheContainer()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), TestEngine.Context(out _));
        using var cancel = new CancellationTokenSource();
        var run = Tool.RunAsync(Settings(output, [ToolArgument.Input(sprites)], "--hang") with { Runner = runner }, new BuildContext(), cancel.Token);
        await WaitForAsync(async () => (await ToolContainersAsync()).Any(c => c.State == "running"));

        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        Assert.False(File.Exists(output));
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task KilledContainerFailsTheRunAndPublishesNothing()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), TestEngine.Context(out _));
        var run = Tool.TryRunAsync(Settings(output, [ToolArgument.Input(sprites)], "--hang") with { Runner = runner }, new BuildContext());
        await WaitForAsync(async () => (await ToolContainersAsync()).Any(c => c.State == "running"));

        using var client = DockerEngine.Open(TestEngine.Engine);
        foreach (var container in await ToolContainersAsync())
            await client.Containers.KillContainerAsync(container.ID, new ContainerKillParameters { Signal = "KILL" });

        var result = await run;
        Assert.Equal(137, result.ExitCode);
        Assert.False(File.Exists(output));
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task MissingImageSaysWhichImageAndEngine()
    {
        using var folder = Sprites(out var sprites);
        var runner = new DockerToolRunner(FakeToolImage.Runner("walle-tests/no-such-tool:9.9.9"), TestEngine.Context(out _));
        var error = await Assert.ThrowsAsync<ToolNotFoundException>(() =>
            Tool.RunAsync(Settings(Path.Combine(folder.Path, "out.txt"), [ToolArgument.Input(sprites)]) with { Runner = runner }, new BuildContext()));
        Assert.Contains("walle-tests/no-such-tool:9.9.9", error.Message);
        Assert.Contains(TestEngine.Host, error.Message);
    }

    [Fact]
    public async Task LinksWrittenByTheToolAreRefused()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        var output = Path.Combine(folder.Path, "out", "sheet.txt");
        var runner = new DockerToolRunner(FakeToolImage.Runner(image), TestEngine.Context(out _));
        var error = await Assert.ThrowsAsync<ToolFailedException>(() => Tool.RunAsync(Settings(output, [ToolArgument.Input(sprites)], "--symlink") with { Runner = runner }, new BuildContext()));
        Assert.Contains("SymbolicLink", error.Message);
        Assert.False(File.Exists(output));
        Assert.False(File.Exists(output + ".link"));
        await runner.DisposeAsync();   // removals of exited containers run in the background until then
        Assert.Empty(await ToolContainersAsync());
    }

    [Fact]
    public async Task ContainersPerEngineAreBoundedByTheCapacity()
    {
        var image = await FakeToolImage.TagAsync();
        using var folder = Sprites(out var sprites);
        // Its own engine address (same socket, another spelling) so that other tests' runners do not share the slots.
        var settings = FakeToolImage.Runner(image, capacity: 2) with { Engine = new DockerEngineSettings { Host = TestEngine.Host.Replace("unix:///", "unix:////") } };
        var runner = new DockerToolRunner(settings, TestEngine.Context(out _));
        var most = 0;
        using var watching = new CancellationTokenSource();
        var watch = Task.Run(async () =>
        {
            while (!watching.IsCancellationRequested)
            {
                most = Math.Max(most, (await ToolContainersAsync()).Count(c => c.State == "running"));
                await Task.Delay(100);
            }
        });
        var runs = Enumerable.Range(0, 5).Select(i =>
            Tool.RunAsync(Settings(Path.Combine(folder.Path, $"out{i}", "sheet.txt"), [ToolArgument.Input(sprites)], "--sleep", "1") with { Runner = runner }, new BuildContext()));
        await Task.WhenAll(runs);
        watching.Cancel();
        await watch;
        Assert.InRange(most, 1, 2);
        Assert.All(Enumerable.Range(0, 5), i => Assert.True(File.Exists(Path.Combine(folder.Path, $"out{i}", "sheet.txt"))));
    }

    /// <summary>The tool's containers on the engine; with <paramref name="image"/>, only that image's (test classes run in parallel on one engine).</summary>
    internal static async Task<List<ContainerListResponse>> ToolContainersAsync(string tool = "fake-tool", string? image = null)
    {
        using var client = DockerEngine.Open(TestEngine.Engine);
        var all = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { [$"walle.tool={tool}"] = true } },
        });
        return all.Where(c => image is null || c.Image == image).ToList();
    }

    private static async Task WaitForAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 100; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The tool's container did not start within 10 s.");
    }
}
