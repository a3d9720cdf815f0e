namespace Walle.Pipelines.Caching;

/// <summary>A cache entry that was restored.</summary>
/// <param name="Source">Where it was found.</param>
/// <param name="Files">The restored files, relative to the output folder ('/' separated).</param>
public sealed record CacheHit(CacheSource Source, IReadOnlyList<string> Files);
