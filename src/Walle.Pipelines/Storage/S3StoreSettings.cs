namespace Walle.Pipelines.Storage;

/// <summary>Where and how to reach an S3-compatible bucket (AWS, Tencent COS, Ceph RGW, MinIO).</summary>
/// <param name="Bucket">Bucket name.</param>
/// <param name="Prefix">Key prefix inside the bucket ("" or ending with '/'); every key is relative to it.</param>
public sealed record S3StoreSettings(string Bucket, string Prefix = "")
{
    /// <summary>Service URL for non-AWS servers, e.g. <c>http://127.0.0.1:7480</c>; null for AWS.</summary>
    public string? Endpoint { get; init; }

    /// <summary>Signing region (default <c>us-east-1</c>).</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>Access key id; null to use the SDK's default credential chain.</summary>
    public string? AccessKey { get; init; }

    /// <summary>Secret key; never printed.</summary>
    public string? SecretKey { get; init; }

    /// <summary>Path-style addressing (<c>endpoint/bucket/key</c>); RGW and MinIO need it.</summary>
    public bool ForcePathStyle { get; init; } = true;

    /// <summary>Attempts per request, retried with exponential backoff on throttling, 5xx and network errors.</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Objects larger than this are uploaded in parts.</summary>
    public long MultipartThreshold { get; init; } = 16 * 1024 * 1024;

    /// <summary>Part size for multipart uploads.</summary>
    public long PartSize { get; init; } = 8 * 1024 * 1024;

    /// <summary>HTTP connections to the server (bounds parallel transfers).</summary>
    public int MaxConnections { get; init; } = 32;

    /// <summary>Per-request timeout.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(5);
}
