using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Amazon.S3.Transfer;

namespace Walle.Pipelines.Storage;

/// <summary>
/// An S3-compatible bucket through AWSSDK.S3: AWS, Tencent COS, Ceph RGW, MinIO. Requests are retried with
/// exponential backoff, uploads carry Content-MD5 so the server verifies them, large objects go in parts,
/// conditional writes use If-Match / If-None-Match. Checksums are computed only when required (RGW and
/// older servers reject the newer flexible checksums), addressing is path style, ETags are compared unquoted.
/// With an endpoint, path-style addressing and explicit keys, uploads whose MD5 is known skip the SDK pipeline and
/// go as one signed PUT through <see cref="S3Uploader"/> (same verification, conditions, retries and errors).
/// </summary>
public sealed class S3ObjectStore : IObjectStore, IDisposable
{
    private readonly S3StoreSettings _settings;
    private readonly Lazy<AmazonS3Client> _client;
    private readonly string _prefix;
    private readonly bool _https;
    private readonly S3Uploader? _uploader;

    /// <summary>Creates a store for <paramref name="settings"/>; nothing is contacted until the first request.</summary>
    public S3ObjectStore(S3StoreSettings settings)
    {
        _settings = settings;
        _prefix = ObjectKey.ValidatePrefix(settings.Prefix.Length == 0 || settings.Prefix.EndsWith('/') ? settings.Prefix : settings.Prefix + "/");
        var config = new AmazonS3Config
        {
            ForcePathStyle = settings.ForcePathStyle,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = Math.Max(0, settings.MaxAttempts - 1),
            MaxConnectionsPerServer = settings.MaxConnections,
            Timeout = settings.Timeout,
            CacheHttpClient = false,
        };
        _https = settings.Endpoint is null || settings.Endpoint.StartsWith("https://", StringComparison.OrdinalIgnoreCase);
        if (settings.Endpoint is { } endpoint)
        {
            config.ServiceURL = endpoint;
            config.AuthenticationRegion = settings.Region;
            if (settings.ForcePathStyle && settings.AccessKey is { } accessKey && settings.SecretKey is { } secretKey)
                _uploader = new S3Uploader(settings, endpoint, accessKey, secretKey);
        }
        else
        {
            config.RegionEndpoint = Amazon.RegionEndpoint.GetBySystemName(settings.Region);
        }
        // Building the SDK client takes a few hundred milliseconds: it happens on the first request, which a publish
        // makes while it hashes the content.
        _client = new(() => settings.AccessKey is not null && settings.SecretKey is not null
            ? new AmazonS3Client(new BasicAWSCredentials(settings.AccessKey, settings.SecretKey), config)
            : new AmazonS3Client(config));
    }

    /// <inheritdoc />
    public string Location => $"s3://{_settings.Bucket}/{_prefix}";

    /// <summary>The SDK client, for operations outside <see cref="IObjectStore"/> (e.g. creating a bucket in tests).</summary>
    public IAmazonS3 Client => _client.Value;

    /// <summary>Creates the bucket when it does not exist yet.</summary>
    public async Task EnsureBucketAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.Value.PutBucketAsync(new PutBucketRequest { BucketName = _settings.Bucket }, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.ErrorCode is "BucketAlreadyOwnedByYou")
        {
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, "");
        }
    }

    /// <inheritdoc />
    public async Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _client.Value.GetObjectAsync(_settings.Bucket, FullKey(key), cancellationToken);
            var info = new ObjectInfo(key, response.ContentLength, Md5.TrimETag(response.ETag), response.LastModified ?? DateTime.UtcNow);
            return new StoredObject(info, new OwningStream(response.ResponseStream, response));
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, key);
        }
    }

    /// <inheritdoc />
    public async Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await _client.Value.GetObjectMetadataAsync(_settings.Bucket, FullKey(key), cancellationToken);
            return new ObjectInfo(key, response.ContentLength, Md5.TrimETag(response.ETag), response.LastModified ?? DateTime.UtcNow);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
            return null;
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, key);
        }
    }

    /// <inheritdoc />
    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var fullKey = FullKey(key);
        var conditional = options?.IfMatch is not null || options?.IfNoneMatch is not null;
        try
        {
            if (!conditional && content.CanSeek && content.Length - content.Position > _settings.MultipartThreshold)
                return await PutInPartsAsync(fullKey, content, options, cancellationToken);
            if (_uploader is not null && options?.ContentMd5 is { } knownMd5 && content.CanSeek)
                return await _uploader.PutAsync(fullKey, content, options, knownMd5, cancellationToken);
            var request = new PutObjectRequest
            {
                BucketName = _settings.Bucket,
                Key = fullKey,
                InputStream = content,
                AutoCloseStream = false,
                AutoResetStreamPosition = false,
                ContentType = options?.ContentType,
                IfMatch = options?.IfMatch is { } ifMatch ? Md5.TrimETag(ifMatch) : null,
                IfNoneMatch = options?.IfNoneMatch,
                // One SHA-256 over the body instead of an HMAC-signed 80 KB chunk stream. Over HTTPS the body is not
                // signed at all when its Content-MD5 is known (TLS protects it, the server verifies the MD5);
                // the SDK refuses unsigned payloads over plain http.
                UseChunkEncoding = false,
                DisablePayloadSigning = _https && options?.ContentMd5 is not null,
            };
            if (options?.ContentMd5 is { } md5) request.MD5Digest = Convert.ToBase64String(Convert.FromHexString(md5));
            if (options?.CacheControl is { } cacheControl) request.Headers.CacheControl = cacheControl;
            var response = await _client.Value.PutObjectAsync(request, cancellationToken);
            return Md5.TrimETag(response.ETag);
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, key);
        }
    }

    /// <inheritdoc />
    public async Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        var request = new CopyObjectRequest
        {
            SourceBucket = _settings.Bucket,
            SourceKey = FullKey(sourceKey),
            DestinationBucket = _settings.Bucket,
            DestinationKey = FullKey(destinationKey),
            ETagToMatch = options?.ContentMd5 is { } md5 ? $"\"{md5}\"" : null,
        };
        if (options?.CacheControl is not null || options?.ContentType is not null)
        {
            request.MetadataDirective = S3MetadataDirective.REPLACE;
            request.ContentType = options.ContentType;
            if (options.CacheControl is { } cacheControl) request.Headers.CacheControl = cacheControl;
        }
        try
        {
            var copied = await _client.Value.CopyObjectAsync(request, cancellationToken);
            // Not every server honours x-amz-copy-source-if-match (RGW here copied anyway): the new object's ETag tells.
            if (options?.ContentMd5 is { } expected && copied.ETag?.Trim('"') is { } etag && !etag.Equals(expected, StringComparison.OrdinalIgnoreCase) && !etag.Contains('-'))
            {
                await _client.Value.DeleteObjectAsync(_settings.Bucket, FullKey(destinationKey), cancellationToken);
                throw new FileNotFoundException($"Cannot copy '{sourceKey}' in {Location}: it no longer holds the bytes with MD5 {expected}.", sourceKey);
            }
        }
        catch (AmazonS3Exception e) when (e.ErrorCode == "NoSuchKey")
        {
            throw new FileNotFoundException($"Cannot copy '{sourceKey}' in {Location}: it does not exist.", sourceKey, e);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.PreconditionFailed)
        {
            throw new FileNotFoundException($"Cannot copy '{sourceKey}' in {Location}: it no longer holds the bytes with MD5 {options!.ContentMd5}.", sourceKey, e);
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, destinationKey);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ObjectKey.ValidatePrefix(prefix);
        var request = new ListObjectsV2Request { BucketName = _settings.Bucket, Prefix = _prefix + prefix, MaxKeys = 1000 };
        while (true)
        {
            ListObjectsV2Response response;
            try
            {
                response = await _client.Value.ListObjectsV2Async(request, cancellationToken);
            }
            catch (Exception e) when (Explains(e))
            {
                throw Translate(e, prefix);
            }
            foreach (var item in response.S3Objects ?? [])
                yield return new ObjectInfo(item.Key[_prefix.Length..], item.Size ?? 0, Md5.TrimETag(item.ETag), item.LastModified ?? DateTime.UtcNow);
            if (response.IsTruncated != true) yield break;
            request.ContinuationToken = response.NextContinuationToken;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            await _client.Value.DeleteObjectAsync(_settings.Bucket, FullKey(key), cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode != "NoSuchBucket")
        {
        }
        catch (Exception e) when (Explains(e))
        {
            throw Translate(e, key);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_client.IsValueCreated) _client.Value.Dispose();
        _uploader?.Dispose();
    }

    private async Task<string> PutInPartsAsync(string fullKey, Stream content, PutOptions? options, CancellationToken cancellationToken)
    {
        using var transfer = new TransferUtility(_client.Value, new TransferUtilityConfig { ConcurrentServiceRequests = 4 });
        var request = new TransferUtilityUploadRequest
        {
            BucketName = _settings.Bucket,
            Key = fullKey,
            InputStream = content,
            AutoCloseStream = false,
            PartSize = _settings.PartSize,
            ContentType = options?.ContentType,
        };
        if (options?.CacheControl is { } cacheControl) request.Headers.CacheControl = cacheControl;
        await transfer.UploadAsync(request, cancellationToken);
        var head = await _client.Value.GetObjectMetadataAsync(_settings.Bucket, fullKey, cancellationToken);
        if (head.ContentLength != content.Length)
            throw new ObjectStoreException($"Upload of '{fullKey}' to s3://{_settings.Bucket} is incomplete: {head.ContentLength} of {content.Length} bytes stored.", problem: ObjectStoreProblem.Corrupted);
        return Md5.TrimETag(head.ETag);
    }

    private string FullKey(string key) => _prefix + ObjectKey.Validate(key);

    /// <summary>Failures the store explains: the server's error answers, and no answer at all (refused, reset, timed out).</summary>
    private static bool Explains(Exception e) =>
        e is AmazonS3Exception or HttpRequestException or SocketException or TimeoutException || e is TaskCanceledException { InnerException: TimeoutException };

    private Exception Translate(Exception e, string key) => e is AmazonS3Exception answer ? Translate(answer, key) : new ObjectStoreException(
        $"{EndpointName} did not answer for '{key}' in {Location} after {_settings.MaxAttempts} attempts " +
        $"({(e is HttpRequestException or SocketException ? e.Message : $"no answer within the {_settings.Timeout.TotalSeconds:0} s request timeout")}). " +
        "Check that the server is up and reachable at S3StoreSettings.Endpoint, then re-run (a publish resumes: files already stored are not sent again).", e, ObjectStoreProblem.Unreachable);

    private Exception Translate(AmazonS3Exception e, string key) => e.ErrorCode switch
    {
        "PreconditionFailed" or "ConditionalRequestConflict" => new ObjectConflictException(key,
            $"'{key}' in {Location} changed since it was read; another writer got there first."),
        "NoSuchBucket" => new ObjectStoreException(
            $"Bucket '{_settings.Bucket}' does not exist on {EndpointName}. Create it, or fix the store's bucket (S3StoreSettings.Bucket, the bucket of s3://bucket/prefix).", e, ObjectStoreProblem.NoSuchBucket),
        "InvalidAccessKeyId" or "SignatureDoesNotMatch" or "AccessDenied" or "InvalidToken" or "ExpiredToken" => new ObjectStoreException(
            $"{EndpointName} refused access to {Location} ({e.ErrorCode}) for '{key}'. Check the credentials (S3StoreSettings.AccessKey / SecretKey, or the AWS credential chain) and the bucket policy.", e, ObjectStoreProblem.AccessDenied),
        "BadDigest" or "InvalidDigest" => new ObjectStoreException(
            $"{EndpointName} rejected '{key}': the bytes received do not match their MD5 (corrupted in transit). Re-run the upload.", e, ObjectStoreProblem.Corrupted),
        _ => new ObjectStoreException($"{EndpointName} failed on '{key}' in {Location}: {e.ErrorCode ?? e.StatusCode.ToString()} {e.Message}", e),
    };

    private string EndpointName => _settings.Endpoint ?? $"AWS S3 ({_settings.Region})";

    private sealed class OwningStream(Stream inner, IDisposable owner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => inner.ReadAsync(buffer, cancellationToken);
        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => inner.ReadAsync(buffer, offset, count, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        protected override void Dispose(bool disposing)
        {
            if (disposing) { inner.Dispose(); owner.Dispose(); }
            base.Dispose(disposing);
        }
    }
}
