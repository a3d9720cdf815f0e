namespace Walle.Pipelines.Caching;

/// <summary>Where a cache entry was found.</summary>
public enum CacheSource
{
    /// <summary>The machine's own cache folder (<c>.nuke/cache</c>).</summary>
    Local,

    /// <summary>The shared remote cache on the object store.</summary>
    Remote,
}
