using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// Random, seeded sequences of publishes, clashes, rebases, rollbacks, retention, killed publishes and races on the real
/// tasks; after every step the store verifies, holds the model's live content, and every player on a kept version
/// (updated, or from its app package) updates to exactly that content. Replay one seed with WALLE_MODEL_SEED (and
/// WALLE_MODEL_STEPS); benchmarks/patch/soak.sh runs many.
/// </summary>
public abstract class ModelBasedPublishTests : IDisposable
{
    private readonly TempFolder _work = new();

    protected abstract Task<IObjectStore> NewStoreAsync(string folder);

    /// <summary>The seeds one CI run covers.</summary>
    protected abstract int[] Seeds { get; }

    /// <summary>Random operations per seed, after the base publish.</summary>
    protected abstract int Steps { get; }

    private protected string WorkPath => _work.Path;

    public void Dispose() => _work.Dispose();

    [Fact]
    public async Task Every_player_gets_the_live_content_after_every_step_of_random_publish_rollback_retention_kill_and_race_sequences()
    {
        var seeds = Environment.GetEnvironmentVariable("WALLE_MODEL_SEED") is { Length: > 0 } one ? [int.Parse(one)] : Seeds;
        var steps = Environment.GetEnvironmentVariable("WALLE_MODEL_STEPS") is { Length: > 0 } count ? int.Parse(count) : Steps;
        foreach (var seed in seeds)
        {
            var run = await NewRunAsync(seed);
            await run.RunAsync(steps);
            Assert.Equal(steps + 1, run.Log.Select(s => s.Number).Distinct().Count());
        }
    }

    private protected async Task<ModelRun> NewRunAsync(int seed)
    {
        var work = Path.Combine(_work.Path, $"seed{seed}");
        return new ModelRun(await NewStoreAsync(Path.Combine(work, "store")), work, seed, GetType().Name);
    }
}

public sealed class LocalModelBasedPublishTests : ModelBasedPublishTests
{
    protected override Task<IObjectStore> NewStoreAsync(string folder) => Task.FromResult<IObjectStore>(new LocalObjectStore(folder));

    protected override int[] Seeds => [1, 2, 3, 6];

    protected override int Steps => 30;

    [Fact]
    public async Task The_checks_fail_with_the_seed_and_the_log_when_the_live_folder_holds_wrong_bytes()
    {
        var run = await NewRunAsync(3);
        await run.RunAsync(3);
        var store = new LocalObjectStore(StoreFolder(3));
        var live = (await GameStatic.ReadLiveAsync(store))!.Value.Manifest;
        foreach (var folder in new[] { GameStaticLayout.ContentVersionOf(live)!, (await PatchChanges.ReadAsync(store))!.Base })
            foreach (var path in await Players.FilesInAsync(store, folder))
                await store.PutAsync(GameStaticLayout.Root(folder) + path, new MemoryStream("broken"u8.ToArray()));

        var failure = await Assert.ThrowsAsync<Xunit.Sdk.FailException>(run.CheckAsync);

        Assert.Contains("WALLE_MODEL_SEED=3 WALLE_MODEL_STEPS=3 dotnet test tests/Walle.Pipelines.Patch.Tests --filter FullyQualifiedName~LocalModelBasedPublishTests", failure.Message);
        Assert.Contains("#0   Publish", failure.Message);
        Assert.Contains("VerifyAsync is not Ok", failure.Message);
        Assert.Contains("cannot update to", failure.Message);
    }

    private string StoreFolder(int seed) => Path.Combine(WorkPath, $"seed{seed}", "store");
}

public sealed class S3ModelBasedPublishTests : ModelBasedPublishTests
{
    protected override async Task<IObjectStore> NewStoreAsync(string folder) => await S3Server.NewStoreAsync("vega/");

    protected override int[] Seeds => [11, 12];

    protected override int Steps => 15;
}
