using System.Net.Http.Headers;
using System.Text.Json;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

public sealed class ServerImageTests
{
    private static ServerImageSettings Settings(string root, string project, params ServerImage[] images) =>
        new(images, TestEngine.Registry, project, "1.2.0", "0123456789abcdef0123456789abcdef01234567")
        {
            RootDirectory = root,
            Branch = "feature/pvp",
            Source = "https://git.vega.example.com/vega/server",
            Engine = TestEngine.Engine,
            ImagesFile = "artifacts/images.json",
        };

    /// <summary>A context with a static server binary and a Dockerfile FROM scratch.</summary>
    internal static void GatewayContext(TempFolder folder, string name = "gateway")
    {
        TestEngine.CompileStatic(Path.Combine(AppContext.BaseDirectory, "../../../../../samples/Vega/server/gateway.c"), Path.Combine(folder.Path, name, "bin", "gateway"));
        folder.Write($"{name}/Dockerfile", "FROM scratch\nCOPY bin/gateway /gateway\nENTRYPOINT [\"/gateway\"]\n");
    }

    [Fact]
    public async Task PushedDigestsEqualTheRegistrysManifests()
    {
        using var folder = TestEngine.Folder();
        GatewayContext(folder, "gateway");
        GatewayContext(folder, "battle");
        var project = "push-" + Guid.NewGuid().ToString("N")[..6];
        var settings = Settings(folder.Path, project, new ServerImage("gateway", "gateway"), new ServerImage("battle", "battle") { ExtraTags = ["stable"] });
        var context = TestEngine.Context(out var log);

        var built = await ServerImages.BuildAsync(settings, context, CancellationToken.None);
        var pushed = await ServerImages.PushAsync(settings, context, CancellationToken.None);

        Assert.Equal(2, built.Count);
        var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Path, "artifacts/images.json")));
        var listed = json.RootElement.GetProperty("images").EnumerateArray().ToList();
        Assert.Equal(2, listed.Count);
        using var http = new HttpClient();
        foreach (var image in listed)
        {
            var service = image.GetProperty("service").GetString()!;
            var digest = image.GetProperty("digest").GetString()!;
            var tags = image.GetProperty("tags").EnumerateArray().Select(t => t.GetString()!).ToList();
            Assert.Equal("1.2.0", tags[0]);
            Assert.Contains("0123456789abcdef0123456789abcdef01234567", tags);
            Assert.Equal("feature-pvp", tags[^1]);
            foreach (var tag in tags)
                Assert.Equal(digest, await RegistryDigestAsync(http, $"{project}/{service}", tag));
        }
        Assert.Contains(pushed, p => p.Service == "battle" && p.Tags.Contains("stable"));
        // The version goes out first: the moving branch tag only after it.
        var text = log.Text;
        Assert.True(text.IndexOf("gateway: pushed", StringComparison.Ordinal) >= 0, text);
        Assert.True(text.IndexOf(":1.2.0 (", StringComparison.Ordinal) < text.IndexOf(":feature-pvp (", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImagesCarryOciLabels()
    {
        using var folder = TestEngine.Folder();
        GatewayContext(folder);
        var settings = Settings(folder.Path, "labels", new ServerImage("gateway", "gateway") { Labels = new Dictionary<string, string> { ["team"] = "vega" } });
        await ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None);

        using var client = DockerEngine.Open(TestEngine.Engine);
        var image = await client.Images.InspectImageAsync($"{TestEngine.Registry}/labels/gateway:1.2.0");
        var labels = image.Config!.Labels!;
        Assert.Equal("0123456789abcdef0123456789abcdef01234567", labels[ServerImages.Labels.Revision]);
        Assert.Equal("1.2.0", labels[ServerImages.Labels.Version]);
        Assert.Equal("https://git.vega.example.com/vega/server", labels[ServerImages.Labels.Source]);
        Assert.True(DateTimeOffset.TryParse(labels[ServerImages.Labels.Created], out var created) && DateTimeOffset.UtcNow - created < TimeSpan.FromMinutes(5));
        Assert.Equal("vega", labels["team"]);
        var tags = image.RepoTags!.Order(StringComparer.Ordinal).ToList();
        Assert.Contains($"{TestEngine.Registry}/labels/gateway:feature-pvp", tags);
        Assert.Contains($"{TestEngine.Registry}/labels/gateway:0123456789abcdef0123456789abcdef01234567", tags);
    }

    [Fact]
    public async Task BrokenDockerfileFailsWithTheEnginesMessageAndTheService()
    {
        using var folder = TestEngine.Folder();
        folder.Write("battle/Dockerfile", "FROM scratch\nCOPY no-such-file /x\n");
        var settings = Settings(folder.Path, "broken", new ServerImage("battle", "battle"));
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None));
        Assert.Equal("battle", error.Service);
        Assert.Equal(ServerImageFailure.Build, error.Failure);
        Assert.Contains("no-such-file", error.Message);
        Assert.Contains("'battle'", error.Message);
    }

    [Fact]
    public async Task UnknownInstructionFailsWithTheEnginesMessage()
    {
        using var folder = TestEngine.Folder();
        folder.Write("battle/Dockerfile", "FROM scratch\nFROBNICATE now\n");
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.BuildAsync(Settings(folder.Path, "broken", new ServerImage("battle", "battle")), TestEngine.Context(out _), CancellationToken.None));
        Assert.Contains("frobnicate", error.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task MissingDockerfileNamesThePath()
    {
        using var folder = TestEngine.Folder();
        folder.Write("game/readme.txt", "no Dockerfile here");
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.BuildAsync(Settings(folder.Path, "missing", new ServerImage("game", "game")), TestEngine.Context(out _), CancellationToken.None));
        Assert.Contains(Path.Combine(folder.Path, "game", "Dockerfile"), error.Message);
        Assert.Equal("game", error.Service);
    }

    [Theory]
    [InlineData("Game", null, null)]
    [InlineData("game server", null, null)]
    [InlineData("game", "-bad", null)]
    [InlineData("game", null, "http://registry:5000")]
    public async Task InvalidNamesAreRefusedBeforeTheEngineIsAsked(string service, string? version, string? registry)
    {
        var settings = new ServerImageSettings([new ServerImage(service, ".")], registry ?? "registry.example.com", "vega", version ?? "1.0.0", "abc")
        {
            Engine = new DockerEngineSettings { Host = "unix:///nonexistent/docker.sock" },
        };
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None));
        Assert.Equal(ServerImageFailure.InvalidName, error.Failure);
    }

    [Fact]
    public async Task NoEngineSaysWhereItLooked()
    {
        using var folder = TestEngine.Folder();
        var settings = Settings(folder.Path, "none", new ServerImage("game", ".")) with { Engine = new DockerEngineSettings { Host = "unix:///nonexistent/docker.sock" } };
        var error = await Assert.ThrowsAsync<DockerEngineUnreachableException>(() => ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None));
        Assert.Contains("unix:///nonexistent/docker.sock", error.Message);
        var tcp = settings with { Engine = new DockerEngineSettings { Host = "tcp://127.0.0.1:1" } };
        var refused = await Assert.ThrowsAsync<DockerEngineUnreachableException>(() => ServerImages.BuildAsync(tcp, TestEngine.Context(out _), CancellationToken.None));
        Assert.Contains("tcp://127.0.0.1:1", refused.Message);
    }

    [Fact]
    public async Task UnreachableRegistryFailsThePushNamingTheService()
    {
        using var folder = TestEngine.Folder();
        GatewayContext(folder);
        var settings = Settings(folder.Path, "unreachable", new ServerImage("gateway", "gateway")) with { Registry = "127.0.0.1:5999" };
        await ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None);
        var error = await Assert.ThrowsAsync<ServerImageException>(() => ServerImages.PushAsync(settings, TestEngine.Context(out _), CancellationToken.None));
        Assert.Equal(ServerImageFailure.Push, error.Failure);
        Assert.Contains("127.0.0.1:5999", error.Message);
        Assert.Contains("'gateway'", error.Message);
        Assert.False(File.Exists(Path.Combine(folder.Path, "artifacts/images.json")));
    }

    [Fact]
    public async Task InterruptedPushIsCompletedByARerun()
    {
        using var folder = TestEngine.Folder();
        GatewayContext(folder);
        // Three layers, one large, so that the push is cut while layers are still going up.
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "gateway", "bin", "assets.bin"), RandomBytes(24 << 20));
        folder.Write("gateway/Dockerfile", "FROM scratch\nCOPY bin/gateway /gateway\nCOPY bin/assets.bin /assets.bin\nCOPY Dockerfile /Dockerfile\n");
        var project = "interrupted-" + Guid.NewGuid().ToString("N")[..6];
        var settings = Settings(folder.Path, project, new ServerImage("gateway", "gateway"));
        await ServerImages.BuildAsync(settings, TestEngine.Context(out _), CancellationToken.None);

        using var cut = new CancellationTokenSource();
        var first = TestEngine.Context(out var firstLog);
        firstLog.Line += line => { if (line.Contains("Pushed", StringComparison.Ordinal)) cut.Cancel(); };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => ServerImages.PushAsync(settings, first, cut.Token));
        Assert.False(File.Exists(Path.Combine(folder.Path, "artifacts/images.json")));

        var second = TestEngine.Context(out var secondLog);
        var pushed = await ServerImages.PushAsync(settings, second, CancellationToken.None);
        Assert.Contains("Layer already exists", secondLog.Text);
        using var http = new HttpClient();
        Assert.Equal(pushed[0].Digest, await RegistryDigestAsync(http, $"{project}/gateway", "1.2.0"));
    }

    internal static async Task<string?> RegistryDigestAsync(HttpClient http, string repository, string tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Head, $"http://{TestEngine.Registry}/v2/{repository}/manifests/{tag}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.docker.distribution.manifest.v2+json"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/vnd.oci.image.manifest.v1+json"));
        using var response = await http.SendAsync(request);
        return response.IsSuccessStatusCode && response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.First() : null;
    }

    private static byte[] RandomBytes(int count)
    {
        var bytes = new byte[count];
        Random.Shared.NextBytes(bytes);
        return bytes;
    }
}
