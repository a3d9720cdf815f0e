namespace Walle.Pipelines.Client.Versioning;

/// <summary>What is wrong with a version; the component names the parameter that fixes it.</summary>
public enum AppVersionProblem
{
    /// <summary>No version name was given and no release tag is reachable.</summary>
    NoName,

    /// <summary>The name is not a numeric version.</summary>
    BadName,

    /// <summary>No code was given, no build number, and the folder is not a git repository.</summary>
    NoCode,

    /// <summary>The code is not greater than the last one recorded in the store.</summary>
    CodeNotNewer,
}

/// <summary>A version that cannot be used, with what to do about it.</summary>
public sealed class AppVersionException(AppVersionProblem problem, string message) : Exception(message)
{
    /// <summary>Which rule refused the version.</summary>
    public AppVersionProblem Problem { get; } = problem;
}
