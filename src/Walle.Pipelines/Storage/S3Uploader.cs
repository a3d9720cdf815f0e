using System.Net;
using System.Xml;
using Amazon.Runtime;
using Amazon.S3;

namespace Walle.Pipelines.Storage;

/// <summary>
/// Single-request uploads whose MD5 is known, straight over HttpClient: one signed PUT with <c>Content-MD5</c> (the
/// server rejects bytes that do not match it) and an unsigned payload, so the body is read once and not hashed again.
/// It skips the SDK's request pipeline, which costs more CPU per small object than the upload itself on a busy
/// build agent. Retries throttling, 5xx and network errors with exponential backoff, like the SDK's standard mode.
/// Server errors come back as <see cref="AmazonS3Exception"/> with the server's error code, network errors as they are,
/// for the store to translate.
/// </summary>
internal sealed class S3Uploader : IDisposable
{
    private readonly HttpClient _http;
    private readonly S3Signer _signer;
    private readonly Uri _endpoint;
    private readonly string _host;
    private readonly string _bucket;
    private readonly int _maxAttempts;

    public S3Uploader(S3StoreSettings settings, string endpoint, string accessKey, string secretKey)
    {
        _endpoint = new Uri(endpoint.TrimEnd('/') + "/");
        _host = _endpoint.IsDefaultPort ? _endpoint.IdnHost : $"{_endpoint.IdnHost}:{_endpoint.Port}";
        _bucket = settings.Bucket;
        _maxAttempts = Math.Max(1, settings.MaxAttempts);
        _signer = new S3Signer(accessKey, secretKey, settings.Region);
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = settings.MaxConnections,
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.None,
        })
        {
            Timeout = settings.Timeout,
        };
    }

    /// <summary>Uploads the rest of <paramref name="content"/> (seekable) to <paramref name="fullKey"/>; returns the ETag.</summary>
    public async Task<string> PutAsync(string fullKey, Stream content, PutOptions options, string contentMd5, CancellationToken cancellationToken)
    {
        var start = content.Position;
        var path = S3Signer.EncodePath($"{_endpoint.AbsolutePath}{_bucket}/{fullKey}");
        var uri = new Uri(_endpoint, new Uri(path, UriKind.Relative));
        var md5 = Convert.ToBase64String(Convert.FromHexString(contentMd5));
        for (var attempt = 1; ; attempt++)
        {
            content.Position = start;
            try
            {
                using var request = Request(uri, path, content, start, md5, options);
                using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
                if (response.IsSuccessStatusCode)
                    return Md5.TrimETag(response.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null);
                var error = await ErrorAsync(response, cancellationToken);
                if (attempt >= _maxAttempts || !IsRetryable(response.StatusCode, error.ErrorCode)) throw error;
            }
            catch (Exception e) when (attempt < _maxAttempts && !cancellationToken.IsCancellationRequested && e is HttpRequestException or IOException or TaskCanceledException)
            {
                // Network error or request timeout: retried below; after the last attempt the store explains it.
            }
            await Task.Delay(Backoff(attempt), cancellationToken);
        }
    }

    public void Dispose() => _http.Dispose();

    private HttpRequestMessage Request(Uri uri, string path, Stream content, long start, string md5, PutOptions options)
    {
        var now = DateTime.UtcNow;
        var signed = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-md5"] = md5,
            ["host"] = _host,
            ["x-amz-content-sha256"] = S3Signer.UnsignedPayload,
            ["x-amz-date"] = S3Signer.AmzDate(now),
        };
        var body = new BodyContent(content, content.Length - start);
        body.Headers.TryAddWithoutValidation("Content-MD5", md5);
        if (options.ContentType is { } contentType) body.Headers.TryAddWithoutValidation("Content-Type", contentType);
        var request = new HttpRequestMessage(HttpMethod.Put, uri) { Content = body };
        request.Headers.TryAddWithoutValidation("x-amz-date", signed["x-amz-date"]);
        request.Headers.TryAddWithoutValidation("x-amz-content-sha256", S3Signer.UnsignedPayload);
        if (options.CacheControl is { } cacheControl) request.Headers.TryAddWithoutValidation("Cache-Control", cacheControl);
        if (options.IfMatch is { } ifMatch) request.Headers.TryAddWithoutValidation("If-Match", Md5.TrimETag(ifMatch));
        if (options.IfNoneMatch is { } ifNoneMatch) request.Headers.TryAddWithoutValidation("If-None-Match", ifNoneMatch);
        request.Headers.TryAddWithoutValidation("Authorization", _signer.Authorization("PUT", path, signed, now));
        return request;
    }

    private static bool IsRetryable(HttpStatusCode status, string? code) =>
        (int)status >= 500 || status == HttpStatusCode.TooManyRequests || code is "SlowDown" or "RequestTimeout" or "Throttling";

    private static TimeSpan Backoff(int attempt) =>
        TimeSpan.FromMilliseconds(Random.Shared.NextDouble() * Math.Min(20_000, 100 * Math.Pow(2, attempt)));

    /// <summary>The server's error as the SDK would report it: code, message and request id from the XML body.</summary>
    private static async Task<AmazonS3Exception> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        string? code = null, message = null, requestId = null;
        try
        {
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (text.Length > 0)
            {
                var document = new XmlDocument { XmlResolver = null };
                document.LoadXml(text);
                code = document.DocumentElement?["Code"]?.InnerText;
                message = document.DocumentElement?["Message"]?.InnerText;
                requestId = document.DocumentElement?["RequestId"]?.InnerText;
            }
        }
        catch (XmlException)
        {
        }
        code ??= response.StatusCode switch
        {
            HttpStatusCode.PreconditionFailed => "PreconditionFailed",
            HttpStatusCode.Forbidden => "AccessDenied",
            HttpStatusCode.NotFound => "NoSuchBucket",
            _ => response.StatusCode.ToString(),
        };
        return new AmazonS3Exception(message ?? $"{(int)response.StatusCode} {response.ReasonPhrase}", ErrorType.Sender, code, requestId, response.StatusCode);
    }

    /// <summary>The request body: the caller's stream from its current position, left open (the caller owns it).</summary>
    private sealed class BodyContent(Stream stream, long length) : HttpContent
    {
        protected override Task SerializeToStreamAsync(Stream target, TransportContext? context) => SerializeToStreamAsync(target, context, CancellationToken.None);

        protected override Task SerializeToStreamAsync(Stream target, TransportContext? context, CancellationToken cancellationToken) =>
            stream.CopyToAsync(target, 64 * 1024, cancellationToken);

        protected override bool TryComputeLength(out long result)
        {
            result = length;
            return true;
        }
    }
}
