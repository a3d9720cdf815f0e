using LibGit2Sharp;

namespace Walle.Pipelines.Server;

/// <summary>The git commit and branch of a working copy (LibGit2Sharp), for image tags and labels.</summary>
/// <param name="Sha">The commit's full sha.</param>
/// <param name="Branch">The checked-out branch; null when HEAD is detached (as on many CI checkouts).</param>
public sealed record SourceRevision(string Sha, string? Branch)
{
    /// <summary>The revision of the repository holding <paramref name="folder"/>, or null when it is not in one or has no commit.</summary>
    public static SourceRevision? TryRead(string folder)
    {
        var found = Repository.Discover(folder);
        if (found is null) return null;
        using var repository = new Repository(found);
        if (repository.Head.Tip is not { } tip) return null;
        return new SourceRevision(tip.Sha, repository.Info.IsHeadDetached ? null : repository.Head.FriendlyName);
    }
}
