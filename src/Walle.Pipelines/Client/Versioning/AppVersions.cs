using LibGit2Sharp;
using RoutingVersion = Walle.Release.Routing.ClientVersion;

namespace Walle.Pipelines.Client.Versioning;

/// <summary>Decides a build's <see cref="AppVersion"/> from settings, then the CI build number, then git.</summary>
public static class AppVersions
{
    /// <summary>
    /// The version name (settings, else the nearest reachable tag <c>v1.6.0</c>) and code (settings, else build number
    /// + offset, else commit count + offset), and the commit when the folder is in a git repository.
    /// </summary>
    /// <exception cref="AppVersionException">No name or code can be found, or the name is not numeric.</exception>
    public static AppVersion Resolve(AppVersionSettings settings)
    {
        using var repository = Open(settings.RepositoryDirectory);
        var name = Name(settings, repository);
        var code = settings.Code
            ?? (settings.BuildNumber is { } build ? build + settings.CodeOffset : (int?)null)
            ?? (repository is null ? null : CommitCount(repository) + settings.CodeOffset)
            ?? throw new AppVersionException(AppVersionProblem.NoCode,
                $"'{settings.RepositoryDirectory}' is not in a git repository and no CI build number is set, so nothing gives the version code. Set the version code.");
        if (code <= 0)
            throw new AppVersionException(AppVersionProblem.NoCode, $"Version code {code} must be a positive number (Android refuses 0 and negative codes).");
        return new AppVersion(name, code, repository?.Head.Tip?.Sha);
    }

    /// <summary>Only the version name (what a server image is tagged with): settings, else the nearest reachable tag.</summary>
    /// <exception cref="AppVersionException">No name can be found, or it is not numeric.</exception>
    public static string ResolveName(AppVersionSettings settings)
    {
        using var repository = settings.Name is null ? Open(settings.RepositoryDirectory) : null;
        return Name(settings, repository);
    }

    private static string Name(AppVersionSettings settings, Repository? repository)
    {
        var name = settings.Name ?? NearestTag(repository, settings.TagPrefix) ?? throw new AppVersionException(AppVersionProblem.NoName,
            repository is null
                ? $"'{settings.RepositoryDirectory}' is not in a git repository, so no release tag gives the version name. Set the version name."
                : $"No tag '{settings.TagPrefix}<version>' (e.g. {settings.TagPrefix}1.6.0) is reachable from HEAD in '{repository.Info.WorkingDirectory}'. Tag the release or set the version name.");
        if (!RoutingVersion.TryParse(name, out _))
            throw new AppVersionException(AppVersionProblem.BadName,
                $"Version name '{name}' is not a numeric version like 1.6.0: 1 to 4 dot-separated numbers 0-65535 (stores and the hot-update client compare versions by their numbers).");
        return name;
    }

    private static Repository? Open(string directory)
    {
        var found = Repository.Discover(Path.GetFullPath(directory));
        return found is null ? null : new Repository(found);
    }

    /// <summary>The version of the first tag <c>prefix + version</c> met walking back from HEAD (the newest such tag on this history).</summary>
    private static string? NearestTag(Repository? repository, string prefix)
    {
        if (repository?.Head.Tip is null) return null;
        var tagsByCommit = new Dictionary<ObjectId, List<string>>();
        foreach (var tag in repository.Tags)
        {
            if (!tag.FriendlyName.StartsWith(prefix, StringComparison.Ordinal)) continue;
            var version = tag.FriendlyName[prefix.Length..];
            if (!RoutingVersion.TryParse(version, out _)) continue;
            if ((tag.PeeledTarget as Commit)?.Id is not { } id) continue;
            if (!tagsByCommit.TryGetValue(id, out var names)) tagsByCommit[id] = names = [];
            names.Add(version);
        }
        if (tagsByCommit.Count == 0) return null;
        var filter = new CommitFilter { IncludeReachableFrom = repository.Head.Tip, SortBy = CommitSortStrategies.Topological | CommitSortStrategies.Time };
        foreach (var commit in repository.Commits.QueryBy(filter))
            if (tagsByCommit.TryGetValue(commit.Id, out var names))
                return names.OrderByDescending(RoutingVersion.Parse).First();
        return null;
    }

    private static int? CommitCount(Repository repository) =>
        repository.Head.Tip is null ? null : repository.Commits.QueryBy(new CommitFilter { IncludeReachableFrom = repository.Head.Tip }).Count();
}
