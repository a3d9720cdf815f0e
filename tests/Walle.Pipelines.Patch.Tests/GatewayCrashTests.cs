using Walle.Pipelines.Engine;
using System.Diagnostics;
using Walle.Pipelines.Storage;
using Xunit.Abstractions;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>Crash tests SIGKILL a gateway and time how long a publish takes to give up: nothing else may run meanwhile.</summary>
[CollectionDefinition(nameof(GatewayCrashesRunAlone), DisableParallelization = true)]
public sealed class GatewayCrashesRunAlone;

/// <summary>
/// The S3 server really dies: a radosgw of the test's own (eng/s3-rgw.sh gateway) is SIGKILLed while a publish goes
/// through it. What players see is read through the main gateway, which stays up, as a CDN would.
/// </summary>
[Collection(nameof(GatewayCrashesRunAlone))]
public sealed class GatewayCrashTests(ITestOutputHelper output)
{
    private const string Cdn = "https://cdn.example.com/vega/";

    private static PatchPublishSettings Settings(TempFolder content, string version) => new(content.Path, version, Cdn);

    /// <summary>The store as a game's build opens it: production retry and timeout defaults.</summary>
    private static S3ObjectStore Store(string bucket, string endpoint) =>
        new(new S3StoreSettings(bucket, "vega/") { Endpoint = endpoint, AccessKey = S3Server.AccessKey, SecretKey = S3Server.SecretKey });

    [Fact]
    public async Task A_gateway_killed_mid_upload_leaves_the_live_version_whole_and_a_rerun_uploads_only_what_is_missing()
    {
        const int files = 1500;
        await using var gateway = await S3Gateway.StartAsync();
        var bucket = S3Server.UniqueBucket();
        using var main = await LiveStoreAsync(bucket, files: 90, seed: 1);
        using var content = GameContent.Create(files, seed: 2);

        using var dying = Store(bucket, gateway.Endpoint);
        var first = new WatchedStore(dying);
        var killedAt = 0L;
        first.AfterPut = (_, puts) =>
        {
            if (puts != files / 2) return;
            gateway.Crash();
            killedAt = Stopwatch.GetTimestamp();
        };
        var started = Stopwatch.GetTimestamp();
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => GameStatic.PublishAsync(first, Settings(content, "1.1.0"), new BuildContext()));
        var gaveUpAfter = Stopwatch.GetElapsedTime(killedAt);
        var storedBeforeCrash = first.ContentKeys();
        output.WriteLine($"killed after {Stopwatch.GetElapsedTime(started, killedAt).TotalSeconds:0.0} s with {storedBeforeCrash.Count} of {files} files stored; " +
            $"the publish gave up {gaveUpAfter.TotalSeconds:0.0} s later with {error.GetType().Name}: {error.Message}");

        Assert.True(killedAt != 0, "the gateway was never killed: the publish ended before half its files were uploaded");
        Assert.InRange(storedBeforeCrash.Count, files / 3, files - 1);
        Assert.True(gaveUpAfter < TimeSpan.FromSeconds(60), $"the publish took {gaveUpAfter.TotalSeconds:0} s to give up on a dead server; retries must not hang");
        Assert.Contains($"{gateway.Endpoint} did not answer", error.Message);
        Assert.Contains("re-run", error.Message);
        Assert.DoesNotContain(S3Server.SecretKey, error.ToString());
        await AssertLiveAsync(main, "1.0.0");
        var creating = Stopwatch.GetTimestamp();
        using (var neighbour = Store(S3Server.UniqueBucket(), S3Server.Endpoint)) await neighbour.EnsureBucketAsync();
        var created = Stopwatch.GetElapsedTime(creating);
        Assert.True(created < TimeSpan.FromSeconds(15), $"creating a bucket on the main gateway took {created.TotalSeconds:0} s after the crash: " +
            "the dead gateway's cluster watches were not fenced (eng/s3-rgw.sh gateway kill), so other test assemblies would stall too");

        var (result, uploadedAgain) = await RerunAsync(gateway, bucket, content);

        output.WriteLine($"re-run: {result.Uploaded} uploaded, {result.Copied} copied, {result.AlreadyThere} already there");
        Assert.Equal(files, result.Uploaded + result.Copied + result.AlreadyThere);
        Assert.Equal(result.Uploaded, uploadedAgain.Count);
        Assert.Empty(uploadedAgain.Intersect(storedBeforeCrash));
        // Uploads in flight when the server died may have been stored without an answer: at most one per upload slot.
        Assert.InRange(result.Uploaded, files - storedBeforeCrash.Count - Settings(content, "1.1.0").Parallelism, files - storedBeforeCrash.Count);
        await AssertLiveAsync(main, "1.1.0", "1.0.0");
    }

    [Fact]
    public async Task A_gateway_killed_between_the_two_entry_points_never_sends_players_to_a_missing_file()
    {
        const int files = 200;
        await using var gateway = await S3Gateway.StartAsync();
        var bucket = S3Server.UniqueBucket();
        using var main = await LiveStoreAsync(bucket, files: 60, seed: 3);
        using var content = GameContent.Create(files, seed: 4);

        using var dying = Store(bucket, gateway.Endpoint);
        var first = new WatchedStore(dying)
        {
            // version.manifest is written, project.manifest is next: the server dies in between.
            AfterPut = (key, _) => { if (key == GameStaticLayout.VersionManifest) gateway.Crash(); },
        };
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => GameStatic.PublishAsync(first, Settings(content, "1.1.0"), new BuildContext()));
        output.WriteLine(error.Message);

        Assert.True(first.Acknowledged.ContainsKey(GameStaticLayout.VersionManifest), "the gateway must die after version.manifest was written");
        Assert.False(first.Acknowledged.ContainsKey(GameStaticLayout.ProjectManifest));
        // Players read version.manifest (1.1.0), then project.manifest (still 1.0.0, whole): PatchVerify reports the mismatch only.
        Assert.Equal("1.0.0", (await GameStatic.ReadLiveAsync(main))!.Value.Manifest.Version);
        Assert.Single((await GameStatic.VerifyAsync(main, new BuildContext())).Problems, problem => problem.Contains(GameStaticLayout.VersionManifest) && problem.Contains("1.1.0"));

        var (result, uploadedAgain) = await RerunAsync(gateway, bucket, content);

        Assert.Equal(0, result.Uploaded);
        Assert.Empty(uploadedAgain);
        await AssertLiveAsync(main, "1.1.0", "1.0.0");
    }

    [Fact]
    public async Task A_frozen_gateway_fails_the_publish_after_the_request_timeout_with_the_same_clear_error()
    {
        await using var gateway = await S3Gateway.StartAsync();
        var bucket = S3Server.UniqueBucket();
        using var main = await LiveStoreAsync(bucket, files: 20, seed: 5);
        using var content = GameContent.Create(300, seed: 6);
        var timeout = TimeSpan.FromSeconds(2);
        using var frozen = new S3ObjectStore(S3Server.Settings(bucket, "vega/") with { Endpoint = gateway.Endpoint, Timeout = timeout, MaxAttempts = 2 });
        var frozenAt = 0L;
        var first = new WatchedStore(frozen)
        {
            AfterPut = (_, puts) =>
            {
                if (puts != 100) return;
                gateway.Freeze();
                frozenAt = Stopwatch.GetTimestamp();
            },
        };

        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => GameStatic.PublishAsync(first, Settings(content, "1.1.0"), new BuildContext()));

        var gaveUpAfter = Stopwatch.GetElapsedTime(frozenAt);
        gateway.Crash(); // a frozen gateway's cluster watches stall bucket creation on the other gateways until it is fenced
        output.WriteLine($"gave up {gaveUpAfter.TotalSeconds:0.0} s after the freeze: {error.Message}");
        Assert.True(frozenAt != 0, "the gateway was never frozen");
        Assert.Contains($"{gateway.Endpoint} did not answer", error.Message);
        Assert.Contains("no answer within the 2 s request timeout", error.Message);
        // Each upload slot waits out its attempts (2 x 2 s) plus backoff; nothing waits for minutes.
        Assert.True(gaveUpAfter < TimeSpan.FromSeconds(30), $"took {gaveUpAfter.TotalSeconds:0} s to give up");
        await AssertLiveAsync(main, "1.0.0");

        var (result, _) = await RerunAsync(gateway, bucket, content);
        Assert.True(result.AlreadyThere >= 90, $"{result.AlreadyThere} files already there; about 100 were stored before the freeze");
        await AssertLiveAsync(main, "1.1.0", "1.0.0");
    }

    /// <summary>A new bucket, through the main gateway, whose live version 1.0.0 has <paramref name="files"/> files.</summary>
    private static async Task<S3ObjectStore> LiveStoreAsync(string bucket, int files, int seed)
    {
        var main = Store(bucket, S3Server.Endpoint);
        await main.EnsureBucketAsync();
        using var previous = GameContent.Create(files, seed);
        await GameStatic.PublishAsync(main, Settings(previous, "1.0.0"), new BuildContext());
        return main;
    }

    /// <summary>Restarts the gateway and publishes 1.1.0 through it again, as re-running the failed pipeline does.</summary>
    private static async Task<(PatchPublishResult Result, HashSet<string> Uploaded)> RerunAsync(S3Gateway gateway, string bucket, TempFolder content)
    {
        await gateway.RestartAsync();
        using var revived = Store(bucket, gateway.Endpoint);
        var rerun = new WatchedStore(revived);
        var result = await GameStatic.PublishAsync(rerun, Settings(content, "1.1.0"), new BuildContext());
        return (result, rerun.ContentKeys());
    }

    /// <summary>
    /// Through the main gateway: the live version is <paramref name="version"/>, PatchVerify finds every file players may
    /// download where the live manifest says, and players on <paramref name="installed"/> can update to it.
    /// </summary>
    private static async Task AssertLiveAsync(IObjectStore main, string version, params string[] installed)
    {
        Assert.Equal(version, (await GameStatic.ReadLiveAsync(main))!.Value.Manifest.Version);
        var verify = await GameStatic.VerifyAsync(main, new BuildContext());
        Assert.True(verify.Ok, string.Join("\n", verify.Problems));
        List<PatchManifest> players = [];
        foreach (var old in installed) players.Add((await GameStatic.ReadVersionAsync(main, old))!);
        await Players.AssertEachCanUpdateAsync(main, Cdn, [.. players]);
    }
}
