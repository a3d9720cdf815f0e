namespace Walle.Pipelines.Caching;

/// <summary>A cache entry read into memory (<see cref="BuildCache.TryReadAsync"/>).</summary>
/// <param name="Source">Where it was found.</param>
/// <param name="Files">Each file's bytes by its path in the entry ('/' separated).</param>
public sealed record CacheEntry(CacheSource Source, IReadOnlyDictionary<string, byte[]> Files);
