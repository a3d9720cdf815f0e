namespace Walle.Pipelines.Patch;

/// <summary>Which earlier version's content to put live again.</summary>
/// <param name="To">The version whose content players get back.</param>
public sealed record PatchRollbackSettings(string To)
{
    /// <summary>
    /// The version number the rollback goes live as. It must be greater than the live version, or players who
    /// already took the bad version would not update; default: the live version with its fourth number bumped.
    /// </summary>
    public string? Version { get; init; }

    /// <summary>Cache-Control for the live manifests.</summary>
    public string MutableCacheControl { get; init; } = PatchCacheControl.Mutable;
}
