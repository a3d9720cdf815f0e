using Docker.DotNet.Models;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

public sealed class ServerSmokeTests
{
    [Fact]
    public async Task SmokeRunsThePushedImageByDigestAndRemovesIt()
    {
        using var folder = TestEngine.Folder();
        ServerImageTests.GatewayContext(folder);
        var settings = Settings(folder, new ServerImage("gateway", "gateway") { HealthPort = 8080 });
        var context = TestEngine.Context(out var log);
        await ServerImages.BuildAsync(settings, context, CancellationToken.None);
        var pushed = await ServerImages.PushAsync(settings, context, CancellationToken.None);

        await ServerImages.SmokeAsync(settings, pushed, context, CancellationToken.None);

        Assert.Contains($"{pushed[0].PinnedReference} answered its health check", log.Text);
        Assert.Empty(await SmokeContainersAsync(settings));
    }

    [Fact]
    public async Task ServerThatDiesFailsTheSmokeWithItsOutputAndIsRemoved()
    {
        using var folder = TestEngine.Folder();
        ServerImageTests.GatewayContext(folder);
        // A port that cannot be bound makes the gateway exit 1 before it listens.
        folder.Write("gateway/Dockerfile", "FROM scratch\nCOPY bin/gateway /gateway\nENV PORT=99999\nENTRYPOINT [\"/gateway\"]\n");
        var settings = Settings(folder, new ServerImage("gateway", "gateway") { HealthPort = 8080 });
        var context = TestEngine.Context(out _);
        await ServerImages.BuildAsync(settings, context, CancellationToken.None);
        var pushed = await ServerImages.PushAsync(settings, context, CancellationToken.None);

        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.SmokeAsync(settings, pushed, context, CancellationToken.None));

        Assert.Equal(ServerImageFailure.Smoke, error.Failure);
        Assert.Contains("'gateway'", error.Message);
        Assert.Contains("exited with code 1", error.Message);
        Assert.Empty(await SmokeContainersAsync(settings));
    }

    private static ServerImageSettings Settings(TempFolder folder, ServerImage image) =>
        new([image], TestEngine.Registry, "smoke-" + Guid.NewGuid().ToString("N")[..6], "2.0.0", "feedface")
        {
            RootDirectory = folder.Path,
            Engine = TestEngine.Engine,
            HealthTimeout = TimeSpan.FromSeconds(15),
        };

    /// <summary>This test's smoke containers: the sample's ServerSmoke (VegaServerTests, run in parallel) smokes a "gateway" too.</summary>
    private static async Task<List<ContainerListResponse>> SmokeContainersAsync(ServerImageSettings settings)
    {
        using var client = DockerEngine.Open(TestEngine.Engine);
        var all = await client.Containers.ListContainersAsync(new ContainersListParameters
        {
            All = true,
            Filters = new Dictionary<string, IDictionary<string, bool>> { ["label"] = new Dictionary<string, bool> { ["walle.smoke"] = true } },
        });
        return all.Where(c => c.Image.Contains($"/{settings.Project}/", StringComparison.Ordinal)).ToList();
    }
}
