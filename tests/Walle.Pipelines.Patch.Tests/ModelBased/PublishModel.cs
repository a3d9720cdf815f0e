namespace Walle.Pipelines.Patch.Tests;

/// <summary>A version the model knows: its content and the manifest its players have (published with it, or shipped in its app).</summary>
/// <param name="Epoch">How many rebases happened before it went live: players only update within their epoch.</param>
internal sealed record ModelVersion(string Version, ModelContent Content, PatchManifest Manifest, int Epoch);

/// <summary>
/// What the store must look like to players: the live version, the kept versions (history order) and the current
/// epoch (players on versions before the last rebase need a new app, see <see cref="PatchPublishSettings.Rebase"/>).
/// </summary>
internal sealed class PublishModel
{
    private readonly List<ModelVersion> _kept = [];

    public ModelVersion? Live => _kept.LastOrDefault();

    public IReadOnlyList<ModelVersion> Kept => _kept;

    public int Epoch { get; private set; }

    /// <summary>Kept versions whose players must update to the live one: those since the last rebase.</summary>
    public IEnumerable<ModelVersion> Updatable => _kept.Where(v => v.Epoch == Epoch);

    /// <summary>Records that <paramref name="version"/> went live (a publish, a rollback, a race winner).</summary>
    public ModelVersion WentLive(string version, ModelContent content, PatchManifest manifest, bool rebase)
    {
        if (rebase) Epoch++;
        var live = new ModelVersion(version, content, manifest, Epoch);
        _kept.RemoveAll(v => v.Version == version);
        _kept.Add(live);
        return live;
    }

    /// <summary>Retention: the newest <paramref name="keep"/> versions stay (the live one always).</summary>
    public void Retain(int keep)
    {
        if (keep > 0 && _kept.Count > keep) _kept.RemoveRange(0, _kept.Count - keep);
    }
}
