using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>The IPatchPublish targets run through the real engine, on the folder store and on real S3.</summary>
public sealed class PatchComponentTests : IDisposable
{
    private sealed class Game : WalleBuild, IPatchPublish;

    private readonly TempFolder _repository = new();
    private readonly TempFolder _content = GameContent.Create(12);

    public PatchComponentTests() => Directory.CreateDirectory(Path.Combine(_repository.Path, ".nuke"));

    private (int ExitCode, string Output) Run(Dictionary<string, string>? environment, params string[] args) =>
        InProcessBuild.Run(new Game(), _repository.Path, environment, args);

    [Fact]
    public async Task Publish_diff_rollback_and_verify_work_from_the_command_line_on_the_default_folder_store()
    {
        var publish = Run(null, "PatchPublish", "--patch-source", _content.Path, "--patch-version", "1.0.0");
        Assert.True(publish.ExitCode == 0, publish.Output);
        var store = new LocalObjectStore(Path.Combine(_repository.Path, ".nuke", "store"));
        Assert.Equal("1.0.0", (await GameStatic.ReadLiveAsync(store))!.Value.Manifest.Version);

        GameContent.Modify(_content, "src/app/view0.lua");
        var diff = Run(null, "PatchDiff", "--patch-source", _content.Path);
        Assert.True(diff.ExitCode == 0, diff.Output);
        Assert.Contains("modified  src/app/view0.lua", diff.Output);
        Assert.Contains("Players on 1.0.0 would download 1 files", diff.Output);

        var refused = Run(null, "PatchPublish", "--patch-source", _content.Path, "--patch-version", "1.0.0");
        Assert.NotEqual(0, refused.ExitCode);
        Assert.Contains("Version 1.0.0 is already live on", refused.Output);
        Assert.Contains("with other content (0 added, 1 modified, 0 deleted files)", refused.Output);
        Assert.Contains("Give --patch-version a greater version", refused.Output);
        Assert.Equal(0, Run(null, "PatchPublish", "--patch-source", _content.Path, "--patch-version", "1.0.1").ExitCode);

        var rollback = Run(null, "PatchRollback", "--patch-rollback-to", "1.0.0");
        Assert.True(rollback.ExitCode == 0, rollback.Output);
        var live = (await GameStatic.ReadLiveAsync(store))!.Value.Manifest;
        Assert.Equal("1.0.1.1", live.Version);
        Assert.EndsWith("versions/1.0.0/", live.PackageUrl);

        var verify = Run(null, "PatchVerify");
        Assert.True(verify.ExitCode == 0, verify.Output);
        Assert.Contains("all 12 assets present", verify.Output);
        await store.DeleteAsync("versions/1.0.0/src/app/view0.lua");
        var broken = Run(null, "PatchVerify");
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("versions/1.0.0/src/app/view0.lua is missing", broken.Output);
    }

    [Fact]
    public void PatchManifest_writes_the_manifests_to_bundle_in_the_client()
    {
        var output = Path.Combine(_repository.Path, "out");
        var result = Run(null, "PatchManifest", "--patch-source", _content.Path, "--patch-version", "2.0.0", "--patch-output", output, "--patch-cdn-url", "https://cdn.example.com/vega/");
        Assert.True(result.ExitCode == 0, result.Output);
        var manifest = PatchManifest.Parse(File.ReadAllBytes(Path.Combine(output, "project.manifest")), "test");
        Assert.Equal("https://cdn.example.com/vega/versions/2.0.0/", manifest.PackageUrl);
        Assert.Equal(12, manifest.Assets.Count);
        Assert.True(File.Exists(Path.Combine(output, "version.manifest")));
    }

    [Fact]
    public void A_store_that_does_not_answer_names_the_endpoint_parameter()
    {
        // Nothing listens on port 1 of this machine: the connection is refused at once (a real socket, no S3 server needed).
        var result = Run(null, "PatchVerify", "--store-url", "s3://vega-bucket/vega/", "--s3-endpoint", "http://127.0.0.1:1",
            "--s3-access-key", "nobody", "--s3-secret-key", "not-a-secret-" + Guid.NewGuid().ToString("N"));
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("http://127.0.0.1:1 did not answer", result.Output);
        Assert.Contains("reachable at S3StoreSettings.Endpoint", result.Output);
        Assert.Contains("The endpoint is --s3-endpoint (S3_ENDPOINT)", result.Output);
    }

    [Fact]
    public void A_malformed_store_url_names_the_parameter()
    {
        var result = Run(null, "PatchVerify", "--store-url", "ftp://host/vega");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Store URL 'ftp://host/vega' has an unknown scheme", result.Output);
        Assert.Contains("The store is --store-url", result.Output);
    }

    [Fact]
    public void Missing_version_and_missing_source_are_reported_before_anything_is_written()
    {
        var noVersion = Run(null, "PatchPublish", "--patch-source", _content.Path);
        Assert.NotEqual(0, noVersion.ExitCode);
        Assert.Contains("PatchVersion", noVersion.Output);
        var noSource = Run(null, "PatchPublish", "--patch-source", "/no/such/vega/client", "--patch-version", "1.0.0");
        Assert.NotEqual(0, noSource.ExitCode);
        Assert.Contains("'/no/such/vega/client' does not exist", noSource.Output);
        Assert.Contains("--patch-source", noSource.Output);
        Assert.False(Directory.Exists(Path.Combine(_repository.Path, ".nuke", "store", "versions")));
    }

    [Fact]
    public async Task Publishes_to_s3_with_credentials_from_the_environment_and_never_prints_the_secret()
    {
        var bucket = (await S3Server.NewStoreAsync()).Location.Split('/')[2];
        var environment = new Dictionary<string, string>
        {
            ["STORE_URL"] = $"s3://{bucket}/vega/",
            ["S3_ENDPOINT"] = S3Server.Endpoint,
            ["S3_ACCESS_KEY"] = S3Server.AccessKey,
            ["S3_SECRET_KEY"] = S3Server.SecretKey,
        };
        var result = Run(environment, "PatchPublish", "PatchVerify", "--patch-source", _content.Path, "--patch-version", "3.1.0", "--patch-cdn-url", "https://cdn.example.com/vega/");
        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains($"s3://{bucket}/vega/", result.Output);
        Assert.DoesNotContain(S3Server.SecretKey, result.Output);

        environment["S3_SECRET_KEY"] = "not-the-secret-" + Guid.NewGuid().ToString("N");
        var denied = Run(environment, "PatchVerify");
        Assert.NotEqual(0, denied.ExitCode);
        Assert.Contains("refused access", denied.Output);
        Assert.Contains("--s3-access-key / --s3-secret-key", denied.Output);
        Assert.DoesNotContain(environment["S3_SECRET_KEY"], denied.Output);
    }

    public void Dispose()
    {
        _content.Dispose();
        _repository.Dispose();
    }
}
