using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>What must hold after every step: the store is sound, holds the model's live content, and every player gets it.</summary>
internal sealed class ModelChecks(IObjectStore store, ModelPlayers players, string liveSourceFolder)
{
    /// <summary>Every check: VerifyAsync, VerifySourceAsync against the model's live content, the live version and history, every player.</summary>
    public async Task<List<string>> AllAsync(PublishModel model)
    {
        var problems = await PlayersAsync(model);
        var verify = await GameStatic.VerifyAsync(store, new BuildContext());
        if (!verify.Ok) problems.Add($"VerifyAsync is not Ok for {verify.Version}: {Summary(verify.Problems)}");
        var history = (await GameStatic.HistoryAsync(store)).Select(r => r.Version).ToList();
        var kept = model.Kept.Select(v => v.Version).ToList();
        if (!history.SequenceEqual(kept)) problems.Add($"history.json lists [{string.Join(", ", history)}], the model keeps [{string.Join(", ", kept)}]");
        return problems;
    }

    /// <summary>
    /// What holds even right after a killed publish: the live project.manifest is the model's live version with its
    /// content, and every player updates to it. (VerifyAsync may then report the entry points disagreeing, until the re-run.)
    /// </summary>
    public async Task<List<string>> PlayersAsync(PublishModel model)
    {
        List<string> problems = [];
        var live = model.Live!;
        var stored = (await GameStatic.ReadLiveAsync(store))?.Manifest.Version;
        if (stored != live.Version) problems.Add($"project.manifest says {stored ?? "nothing"}, the model says {live.Version}");
        live.Content.WriteTo(liveSourceFolder);
        var source = await GameStatic.VerifySourceAsync(store, liveSourceFolder, new BuildContext());
        if (!source.Ok) problems.Add($"VerifySourceAsync against the model's content of {live.Version} is not Ok: {Summary(source.Problems)}");
        await players.CheckAsync(model, problems);
        return problems;
    }

    private static string Summary(IReadOnlyList<string> problems) =>
        $"{problems.Count} problem(s): " + string.Join("; ", problems.Take(4)) + (problems.Count > 4 ? "; …" : "");
}
