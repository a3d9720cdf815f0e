using System.Net;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Release.Tests.EndToEnd;

/// <summary>
/// A small test-side adapter from <see cref="IObjectStore"/> to the AWS SDK, used for the end-to-end test
/// against the real S3 server until the shipped S3 store is on main. Conditional writes are the server's.
/// </summary>
internal sealed class S3TestStore(IAmazonS3 client, string bucket) : IObjectStore
{
    public string Location => $"s3://{bucket}";

    /// <summary>A client for the S3 server named by S3_ENDPOINT / S3_ACCESS_KEY / S3_SECRET_KEY; fails clearly when unset.</summary>
    public static AmazonS3Client Client()
    {
        var endpoint = Environment.GetEnvironmentVariable("S3_ENDPOINT");
        var accessKey = Environment.GetEnvironmentVariable("S3_ACCESS_KEY");
        var secretKey = Environment.GetEnvironmentVariable("S3_SECRET_KEY");
        if (string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            Assert.Fail("The S3 end-to-end tests need a real S3 server: set S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY " +
                "(eng/test.sh starts Ceph RGW and sets them; by hand: eval \"$(bash eng/s3-rgw.sh start /tmp/s3-rgw)\").");
        return new AmazonS3Client(new BasicAWSCredentials(accessKey, secretKey), new AmazonS3Config
        {
            ServiceURL = endpoint,
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
    }

    public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            using var response = await client.GetObjectAsync(bucket, key, cancellationToken);
            var buffer = new MemoryStream();
            await response.ResponseStream.CopyToAsync(buffer, cancellationToken);
            buffer.Position = 0;
            return new StoredObject(new ObjectInfo(key, buffer.Length, Trim(response.ETag), response.LastModified ?? DateTime.UtcNow), buffer);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var head = await client.GetObjectMetadataAsync(bucket, key, cancellationToken);
            return new ObjectInfo(key, head.ContentLength, Trim(head.ETag), head.LastModified ?? DateTime.UtcNow);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new PutObjectRequest
        {
            BucketName = bucket,
            Key = key,
            InputStream = content,
            AutoCloseStream = false,
            ContentType = options?.ContentType,
            IfMatch = options?.IfMatch,
            IfNoneMatch = options?.IfNoneMatch,
        };
        if (options?.CacheControl is { } cacheControl) request.Headers.CacheControl = cacheControl;
        try
        {
            return Trim((await client.PutObjectAsync(request, cancellationToken)).ETag);
        }
        catch (AmazonS3Exception e) when (e.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.Conflict)
        {
            throw new ObjectConflictException(key, $"{key}: {e.ErrorCode}");
        }
    }

    public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default) =>
        client.CopyObjectAsync(bucket, sourceKey, bucket, destinationKey, cancellationToken);

    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var request = new ListObjectsV2Request { BucketName = bucket, Prefix = prefix };
        ListObjectsV2Response response;
        do
        {
            response = await client.ListObjectsV2Async(request, cancellationToken);
            foreach (var o in response.S3Objects ?? []) yield return new ObjectInfo(o.Key, o.Size ?? 0, Trim(o.ETag), o.LastModified ?? DateTime.UtcNow);
            request.ContinuationToken = response.NextContinuationToken;
        }
        while (response.IsTruncated == true);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => client.DeleteObjectAsync(bucket, key, cancellationToken);

    private static string Trim(string etag) => etag.Trim('"');
}
