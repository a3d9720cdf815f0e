namespace Walle.Pipelines.Client.Versioning;

/// <summary>Where a build's client version comes from. Each value left null falls back as described.</summary>
/// <param name="RepositoryDirectory">A folder inside the game's git repository (tags, commit count, HEAD).</param>
public sealed record AppVersionSettings(string RepositoryDirectory)
{
    /// <summary>The version name; null: the nearest tag matching <see cref="TagPrefix"/> + a numeric version (<c>v1.6.0</c>).</summary>
    public string? Name { get; init; }

    /// <summary>The version code; null: <see cref="BuildNumber"/> + <see cref="CodeOffset"/>, else the commit count + offset.</summary>
    public int? Code { get; init; }

    /// <summary>The CI build number (Jenkins' <c>BUILD_NUMBER</c>).</summary>
    public int? BuildNumber { get; init; }

    /// <summary>Added to the build number or commit count, e.g. to move past codes an older packaging system used.</summary>
    public int CodeOffset { get; init; }

    /// <summary>What starts a release tag's name before its version.</summary>
    public string TagPrefix { get; init; } = "v";
}
