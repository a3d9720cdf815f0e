using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// One seeded run: a base publish, then <c>steps</c> random operations (<see cref="ModelOperation"/>) on the real
/// GameStatic tasks, each followed by <see cref="ModelChecks"/> against the <see cref="PublishModel"/>. A failure names
/// the seed, how to replay it and the operation log.
/// </summary>
internal sealed class ModelRun
{
    public const string Cdn = "https://cdn.example.com/vega/";
    private const int Keep = 5;
    private const int InitialFiles = 50;

    private readonly IObjectStore _store;
    private readonly string _work;
    private readonly string _source;
    private readonly Random _random;
    private readonly string _replayFilter;
    private readonly PublishModel _model = new();
    private readonly ModelPlayers _players;
    private readonly ModelChecks _checks;
    private readonly List<ModelStep> _log = [];
    private readonly List<ModelContent> _earlier = [];
    private readonly int _zipWindow;
    private int _names;
    private int _versions;
    private int _folders;

    public ModelRun(IObjectStore store, string work, int seed, string replayFilter)
    {
        (_store, _work, Seed, _replayFilter) = (store, work, seed, replayFilter);
        _random = new Random(seed);
        _source = Path.Combine(work, "source");
        _players = new ModelPlayers(Path.Combine(work, "devices"), store, Cdn);
        _checks = new ModelChecks(store, _players, Path.Combine(work, "live"));
        _zipWindow = _random.Next(3) == 0 ? _random.Next(1, 4) : 0;
    }

    public int Seed { get; }

    public IReadOnlyList<ModelStep> Log => _log;

    public async Task RunAsync(int steps)
    {
        try
        {
            var first = ModelContent.Create(_random, InitialFiles, ref _names);
            await PublishAsync(0, ModelOperation.Publish, first, NextVersion(), rebase: false, $"base of {first.Count} files, zip window {_zipWindow}");
            for (var step = 1; step <= steps; step++) await StepAsync(step);
        }
        catch (Exception e) when (e is not Xunit.Sdk.FailException)
        {
            Fail(_log.Count, [$"{e.GetType().Name}: {e.Message}", e.StackTrace ?? ""]);
        }
    }

    /// <summary>Runs every check now (e.g. after breaking the store on purpose).</summary>
    public async Task CheckAsync() => Report(_log[^1].Number, await _checks.AllAsync(_model));

    private Task StepAsync(int step)
    {
        var roll = _random.Next(100);
        return roll switch
        {
            < 30 => PublishAsync(step, ModelOperation.Publish, Changed(out var what), NextVersion(), rebase: false, what),
            < 40 => ClashAsync(step),
            < 45 => PublishAsync(step, ModelOperation.Rebase, Changed(out var what), NextVersion(), rebase: true, what),
            < 57 => RollbackAsync(step),
            < 65 => RetentionAsync(step),
            < 82 => KilledPublishAsync(step),
            _ when Races => RaceAsync(step),
            _ => PublishAsync(step, ModelOperation.Publish, Changed(out var what), NextVersion(), rebase: false, what),
        };
    }

    /// <summary>
    /// Racing publishers, in every run (CI included); WALLE_MODEL_RACES=0 draws a publish instead, to tell whether a
    /// failing seed needs the race. The racers meet before their live switch, so every race has two contenders; which
    /// uploads interleave depends on thread timing, so a replay of a seed with races may take another path.
    /// </summary>
    private static readonly bool Races = Environment.GetEnvironmentVariable("WALLE_MODEL_RACES") != "0";

    private async Task PublishAsync(int step, ModelOperation operation, ModelContent content, string version, bool rebase, string what)
    {
        var previous = _model.Live;
        var result = await GameStatic.PublishAsync(_store, Settings(_source, content, version) with { Rebase = rebase }, new BuildContext());
        WentLive(version, content, result.Manifest, rebase, Keep);
        await CheckedAsync(new ModelStep(step, operation, version, $"{what} → folder {result.Folder}, base {result.Base}, {result.Held} held"), previous);
    }

    /// <summary>Changes a file the live folder holds (on the changed list), so a share of that folder must be refused; first puts one there if none.</summary>
    private async Task ClashAsync(int step)
    {
        var live = _model.Live!.Content;
        var listed = ((await PatchChanges.ReadAsync(_store))?.Paths ?? []).Where(live.Files.ContainsKey).ToArray();
        if (listed.Length == 0)
        {
            var path = live.Files.Keys.ElementAt(_random.Next(live.Count));
            await PublishAsync(step, ModelOperation.Clash, live.With(path, ModelContent.NewBytes(_random)), NextVersion(), rebase: false, $"*{path} (to clash with next)");
            listed = [path];
        }
        var clash = listed[_random.Next(listed.Length)];
        var older = _earlier.Select(c => c.Files.GetValueOrDefault(clash)).OfType<byte[]>().Where(b => !b.AsSpan().SequenceEqual(_model.Live!.Content.Files[clash])).ToArray();
        var back = older.Length > 0 ? older[_random.Next(older.Length)] : ModelContent.NewBytes(_random);
        await PublishAsync(step, ModelOperation.Clash, _model.Live!.Content.With(clash, back), NextVersion(), rebase: false, $"{(older.Length > 0 ? "~" : "*")}{clash} (held by the live folder)");
    }

    private async Task RollbackAsync(int step)
    {
        var targets = _model.Kept.Where(v => v != _model.Live).ToArray();
        if (targets.Length == 0)
        {
            await PublishAsync(step, ModelOperation.Publish, Changed(out var what), NextVersion(), rebase: false, what + " (nothing to roll back to)");
            return;
        }
        var target = targets[_random.Next(targets.Length)];
        var previous = _model.Live;
        var manifest = await GameStatic.RollbackAsync(_store, new PatchRollbackSettings(target.Version), new BuildContext());
        WentLive(manifest.Version, target.Content, manifest, rebase: false, keep: 0);
        await CheckedAsync(new ModelStep(step, ModelOperation.Rollback, manifest.Version, $"to {target.Version} → folder {GameStaticLayout.ContentVersionOf(manifest)}"), previous);
    }

    private async Task RetentionAsync(int step)
    {
        var keep = _random.Next(1, 4);
        var removed = await GameStatic.ApplyRetentionAsync(_store, keep, new BuildContext());
        _model.Retain(keep);
        await CheckedAsync(new ModelStep(step, ModelOperation.Retention, _model.Live!.Version, $"keep {keep}: deleted [{string.Join(", ", removed)}]"), _model.Live);
    }

    /// <summary>A publish whose store dies after a random number of writes; players must not notice, and the re-run must finish it.</summary>
    private async Task KilledPublishAsync(int step)
    {
        var content = Changed(out var what);
        var (version, rebase, writes) = (NextVersion(), _random.Next(4) == 0, _random.Next(0, 14));
        var previous = _model.Live;
        var dying = new FaultyStore(_store) { FailAfterPuts = writes };
        var settings = Settings(_source, content, version) with { Rebase = rebase };   // the re-run's too: the same pipeline again
        try
        {
            var result = await GameStatic.PublishAsync(dying, settings, new BuildContext());
            WentLive(version, content, result.Manifest, rebase, Keep);
            await CheckedAsync(new ModelStep(step, ModelOperation.KilledPublish, version, $"{what}{(rebase ? " rebase" : "")}: not killed (needs ≤ {writes} writes)"), previous);
            return;
        }
        catch (IOException e) when (e.Message.Contains("injected", StringComparison.Ordinal))
        {
        }
        var wentLive = (await GameStatic.ReadLiveAsync(_store))?.Manifest is { } live && live.Version == version;
        if (wentLive) WentLive(version, content, (await GameStatic.ReadLiveAsync(_store))!.Value.Manifest, rebase, keep: 0);
        _log.Add(new ModelStep(step, ModelOperation.KilledPublish, version, $"{what}{(rebase ? " rebase" : "")}: killed after {writes} writes, {(wentLive ? "after" : "before")} the switch"));
        await _players.FollowAsync(_model, previous, []);
        Report(step, await _checks.PlayersAsync(_model));

        var rerun = await GameStatic.PublishAsync(_store, settings, new BuildContext());
        WentLive(version, content, rerun.Manifest, rebase && !wentLive, Keep);
        await CheckedAsync(new ModelStep(step, ModelOperation.KilledPublish, version, $"re-run → folder {rerun.Folder}, base {rerun.Base}, {rerun.AlreadyThere} already there"), wentLive ? _model.Live : previous);
    }

    /// <summary>Two publishes of different changes held just before their live switch until both got there; exactly one may win.</summary>
    private async Task RaceAsync(int step)
    {
        var live = _model.Live!;
        var a = Changed(out var whatA);
        var b = Changed(out var whatB);
        if (_random.Next(2) == 0)
        {
            var shared = live.Content.Files.Keys.ElementAt(_random.Next(live.Content.Count));
            (a, b) = (a.With(shared, ModelContent.NewBytes(_random)), b.With(shared, ModelContent.NewBytes(_random)));
            (whatA, whatB) = (whatA + $" *{shared}", whatB + $" *{shared}");
        }
        var (versionA, versionB) = (NextVersion(), NextVersion());
        if (_random.Next(2) == 0) (versionA, versionB) = (versionB, versionA);
        var bothReady = new Rendezvous(2);
        var racing = new[] { (versionA, a, whatA), (versionB, b, whatB) }.Select(async racer =>
        {
            var folder = NewFolder();
            var store = new FaultyStore(_store) { BeforeLiveSwitch = bothReady };
            try
            {
                return (racer, Result: await GameStatic.PublishAsync(store, Settings(folder, racer.Item2, racer.Item1), new BuildContext()), Error: (Exception?)null);
            }
            catch (Exception e)
            {
                if (store.BeforeLiveSwitch is not null) bothReady.Leave(); // failed before the switch (e.g. a clash in a shared folder)
                return (racer, Result: (PatchPublishResult?)null, Error: e);
            }
        }).ToArray();
        var outcomes = await Task.WhenAll(racing);
        var winners = outcomes.Where(o => o.Error is null).ToArray();
        var losers = outcomes.Where(o => o.Error is ObjectConflictException).ToArray();
        var detail = $"{versionA} [{whatA}] vs {versionB} [{whatB}]";
        if (winners.Length == 0 && losers.Length == 2)
        {
            // Both gave way (each found the other's bytes in the folder they shared): nothing went live, which is safe.
            await CheckedAsync(new ModelStep(step, ModelOperation.Race, live.Version, $"{detail}: both conflicted, {live.Version} stays live"), live);
            return;
        }
        if (winners.Length != 1 || losers.Length != 1)
        {
            _log.Add(new ModelStep(step, ModelOperation.Race, "-", detail));
            Report(step, [$"a race needs one winner and one conflict, or two conflicts; got: {string.Join("; ", outcomes.Select(o => $"{o.racer.Item1}: {o.Error?.GetType().Name ?? "won"} {o.Error?.Message}"))}"]);
        }
        var winner = winners[0];
        WentLive(winner.racer.Item1, winner.racer.Item2, winner.Result!.Manifest, rebase: false, Keep);
        await CheckedAsync(new ModelStep(step, ModelOperation.Race, winner.racer.Item1, $"{detail}: {winner.racer.Item1} won → folder {winner.Result.Folder}"), live);
    }

    private void WentLive(string version, ModelContent content, PatchManifest manifest, bool rebase, int keep)
    {
        _model.WentLive(version, content, manifest, rebase);
        _model.Retain(keep);
        _earlier.Add(content);
        if (_earlier.Count > 8) _earlier.RemoveAt(0);
    }

    private async Task CheckedAsync(ModelStep step, ModelVersion? previous)
    {
        _log.Add(step);
        List<string> problems = [];
        await _players.FollowAsync(_model, previous, problems);
        problems.AddRange(await _checks.AllAsync(_model));
        Report(step.Number, problems);
    }

    private void Report(int step, List<string> problems)
    {
        if (problems.Count > 0) Fail(step, problems);
    }

    private void Fail(int step, IEnumerable<string> problems) => Assert.Fail(
        $"Model-based publish run failed at step {step} (seed {Seed}, ZipWindow {_zipWindow}, store {_store.Location}).\n" +
        $"Replay: WALLE_MODEL_SEED={Seed} WALLE_MODEL_STEPS={Math.Max(step, 1)} dotnet test tests/Walle.Pipelines.Patch.Tests --filter FullyQualifiedName~{_replayFilter}\n" +
        "Operations:\n  " + string.Join("\n  ", _log) + "\nProblems:\n  " + string.Join("\n  ", problems));

    /// <summary>A 0–5 % change of the live content (0–3 changes of 40–60 files).</summary>
    private ModelContent Changed(out string what)
    {
        List<string> log = [];
        var changed = _model.Live!.Content.Change(_random, _random.Next(4), _earlier, ref _names, log);
        what = log.Count == 0 ? "no change" : string.Join(" ", log);
        return changed;
    }

    private string NextVersion() => $"1.0.{++_versions}";

    private string NewFolder() => Path.Combine(_work, $"racer{_folders++}");

    private PatchPublishSettings Settings(string folder, ModelContent content, string version)
    {
        content.WriteTo(folder);
        return new PatchPublishSettings(folder, version, Cdn) { Parallelism = 4, CopyParallelism = 4, ZipWindow = _zipWindow, Keep = Keep, ShareLiveFolder = _random.Next(6) != 0 };
    }
}
