using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>The real S3 server the integration tests use (Ceph RGW started by eng/s3-rgw.sh).</summary>
internal static class S3Server
{
    public static string Endpoint => Variable("S3_ENDPOINT");
    public static string AccessKey => Variable("S3_ACCESS_KEY");
    public static string SecretKey => Variable("S3_SECRET_KEY");

    public static S3StoreSettings Settings(string bucket, string prefix = "") => new(bucket, prefix)
    {
        Endpoint = Endpoint,
        AccessKey = AccessKey,
        SecretKey = SecretKey,
        MultipartThreshold = 6 * 1024 * 1024,
        PartSize = 5 * 1024 * 1024,
        MaxAttempts = 3,
    };

    /// <summary>A store on a new bucket of its own, so tests run in parallel without seeing each other.</summary>
    public static async Task<S3ObjectStore> NewStoreAsync(string prefix = "")
    {
        var store = new S3ObjectStore(Settings(UniqueBucket(), prefix));
        await store.EnsureBucketAsync();
        return store;
    }

    public static string UniqueBucket() => "walle-" + Guid.NewGuid().ToString("N")[..20];

    private static string Variable(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is not set: these tests need a real S3 server. Start one with: bash eng/s3-rgw.sh install && eval \"$(bash eng/s3-rgw.sh start /tmp/s3-rgw-patch)\"");
}
