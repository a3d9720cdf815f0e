using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>
/// Opens the build's object store from parameters: a folder (the default, <c>.nuke/store</c> under the root)
/// or an S3-compatible bucket (<c>s3://bucket/prefix</c> with an endpoint for Ceph RGW, MinIO or Tencent COS).
/// Components that keep things in storage (patches, release documents, caches) extend this one.
/// </summary>
public interface IObjectStorage : IWalleBuild
{
    /// <summary>Where objects go: <c>s3://bucket/prefix</c>, <c>file:///path</c> or a folder path.</summary>
    [Parameter("Object store: s3://bucket/prefix, file:///path or a folder (default .nuke/store)")]
    string StoreUrl => TryGetValue<string>(nameof(StoreUrl)) ?? Path.Combine(RootDirectory, ".nuke", "store");

    /// <summary>S3 service URL for servers other than AWS.</summary>
    [Parameter("S3 endpoint URL for Ceph RGW, MinIO, Tencent COS (empty for AWS)")]
    string? S3Endpoint => TryGetValue<string>(nameof(S3Endpoint));

    /// <summary>S3 signing region.</summary>
    [Parameter("S3 region (default us-east-1)")]
    string S3Region => TryGetValue<string>(nameof(S3Region)) ?? "us-east-1";

    /// <summary>S3 access key id.</summary>
    [Parameter("S3 access key id (empty: the AWS credential chain)"), Secret]
    string? S3AccessKey => TryGetValue<string>(nameof(S3AccessKey));

    /// <summary>S3 secret key.</summary>
    [Parameter("S3 secret key"), Secret]
    string? S3SecretKey => TryGetValue<string>(nameof(S3SecretKey));

    /// <summary>Customises the S3 settings (retries, part sizes, connections).</summary>
    S3StoreSettings ConfigureS3Store(S3StoreSettings settings) => settings;

    /// <summary>Opens the configured store; a malformed <see cref="StoreUrl"/> is a usage error naming <c>--store-url</c>.</summary>
    IObjectStore OpenStore()
    {
        var s3 = ConfigureS3Store(new S3StoreSettings("")
        {
            Endpoint = string.IsNullOrEmpty(S3Endpoint) ? null : S3Endpoint,
            Region = S3Region,
            AccessKey = S3AccessKey,
            SecretKey = S3SecretKey,
        });
        try
        {
            return ObjectStores.Open(StoreUrl, s3);
        }
        catch (ArgumentException e)
        {
            throw new UsageException($"{e.Message} The store is --store-url (STORE_URL); S3 credentials are --s3-access-key / --s3-secret-key.");
        }
    }
}
