namespace Walle.Pipelines.Storage;

/// <summary>Why a store operation failed; a component names its own parameters for each.</summary>
public enum ObjectStoreProblem
{
    /// <summary>Any other failure the store reported.</summary>
    Failed,

    /// <summary>The server did not answer (refused, reset, timed out): <see cref="S3StoreSettings.Endpoint"/> is wrong or the server is down.</summary>
    Unreachable,

    /// <summary>The bucket does not exist: <see cref="S3StoreSettings.Bucket"/> (the store address) is wrong or the bucket was not created.</summary>
    NoSuchBucket,

    /// <summary>The server refused the credentials (<see cref="S3StoreSettings.AccessKey"/> / <see cref="S3StoreSettings.SecretKey"/>) or the bucket policy.</summary>
    AccessDenied,

    /// <summary>The bytes stored are not the bytes sent (corrupted in transit, or an incomplete upload).</summary>
    Corrupted,
}

/// <summary>
/// The store refused or failed an operation for a reason the user must fix (wrong credentials, missing bucket,
/// unreachable server). The message names the store location, the settings property to fix and never contains
/// credentials; <see cref="Problem"/> lets a component add its parameter's name.
/// </summary>
public sealed class ObjectStoreException(string message, Exception? inner = null, ObjectStoreProblem problem = ObjectStoreProblem.Failed) : Exception(message, inner)
{
    /// <summary>Why it failed.</summary>
    public ObjectStoreProblem Problem { get; } = problem;
}
