namespace Walle.Pipelines.Storage;

/// <summary>
/// An object store: a local folder (the embedded default) or an S3-compatible bucket.
/// Keys are '/'-separated relative paths. Mutable objects are written with conditions
/// (<see cref="PutOptions.IfMatch"/> / <see cref="PutOptions.IfNoneMatch"/>) so concurrent writers never overwrite each other.
/// </summary>
public interface IObjectStore
{
    /// <summary>A human-readable location, e.g. <c>s3://bucket/prefix</c> or <c>file:///path</c>; never contains credentials.</summary>
    string Location { get; }

    /// <summary>Reads an object; null when it does not exist.</summary>
    Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Metadata only; null when it does not exist.</summary>
    Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Writes an object. Throws <see cref="ObjectConflictException"/> when a condition fails.</summary>
    /// <returns>The new object's ETag.</returns>
    Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Server-side copy (no bytes through the client). With <see cref="PutOptions.ContentMd5"/>, copies only when the
    /// source holds exactly those bytes (S3's <c>x-amz-copy-source-if-match</c>); otherwise, like a missing source,
    /// throws <see cref="FileNotFoundException"/> and writes nothing.
    /// </summary>
    Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default);

    /// <summary>Lists objects whose key starts with <paramref name="prefix"/>, in key order.</summary>
    IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default);

    /// <summary>Deletes an object; no error when it does not exist.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}

/// <summary>Options for a write.</summary>
public sealed record PutOptions
{
    /// <summary>Write only when the current object's ETag equals this value.</summary>
    public string? IfMatch { get; init; }

    /// <summary>Write only when no object exists (<c>"*"</c>).</summary>
    public string? IfNoneMatch { get; init; }

    /// <summary>Cache-Control header served to clients (long for immutable objects, short for entry points).</summary>
    public string? CacheControl { get; init; }

    /// <summary>Content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>MD5 of the content as lowercase hex, verified by the server when given.</summary>
    public string? ContentMd5 { get; init; }
}

/// <summary>Metadata of a stored object.</summary>
/// <param name="Key">The object key.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="ETag">Entity tag without quotes.</param>
/// <param name="LastModified">Last modification time.</param>
public sealed record ObjectInfo(string Key, long Size, string ETag, DateTimeOffset LastModified);

/// <summary>An object's content and metadata. Dispose to release the stream.</summary>
/// <param name="Info">Metadata.</param>
/// <param name="Content">The content stream.</param>
public sealed record StoredObject(ObjectInfo Info, Stream Content) : IAsyncDisposable
{
    /// <inheritdoc />
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}

/// <summary>A conditional write failed: someone else changed the object first.</summary>
public sealed class ObjectConflictException(string key, string message) : Exception(message)
{
    /// <summary>The key whose condition failed.</summary>
    public string Key { get; } = key;
}
