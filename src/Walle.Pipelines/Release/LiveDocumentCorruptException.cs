namespace Walle.Pipelines.Release;

/// <summary>
/// The live routing document cannot be trusted (it does not read, or it is missing while revisions exist), so no
/// change is based on it; nothing was written. The repair is a rollback to a known-good revision, which a component
/// names with its own parameter (<see cref="RepairWith"/>).
/// </summary>
/// <param name="problem">What is wrong, naming the live document's address.</param>
/// <param name="latestRevision">The newest revision kept; null when there is none to roll back to.</param>
/// <param name="inner">Why the document did not read, if it did not.</param>
public sealed class LiveDocumentCorruptException(string problem, int? latestRevision, Exception? inner = null)
    : ReleaseException(Explain(problem, latestRevision, "roll back to revision N with RoutingRevisions.RollbackAsync"), inner)
{
    /// <summary>What is wrong, without the repair.</summary>
    public string Problem { get; } = problem;

    /// <summary>The newest revision kept; null when there is none.</summary>
    public int? LatestRevision { get; } = latestRevision;

    /// <summary>The problem and the repair, where <paramref name="rollback"/> says how to roll back, e.g. the component's rollback target with its revision parameter.</summary>
    public string RepairWith(string rollback) => Explain(Problem, LatestRevision, rollback);

    private static string Explain(string problem, int? latest, string rollback) =>
        $"{problem}{Environment.NewLine}To repair: " + (latest == null
            ? "no revisions exist to roll back to: fix the file by hand (validate it with the Walle.Release.Routing package) or delete it to start again from the seed."
            : $"{rollback} (the latest revision kept is {latest}; the history lists them) to replace it with a known-good revision, or fix the file by hand.");
}
