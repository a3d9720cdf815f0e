using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Walle.Pipelines.Storage;

/// <summary>
/// AWS Signature Version 4 for single S3 requests (the header form). Used by <see cref="S3Uploader"/>; the payload is
/// sent as <c>UNSIGNED-PAYLOAD</c>, its integrity carried by the signed <c>Content-MD5</c> header.
/// </summary>
internal sealed class S3Signer(string accessKey, string secretKey, string region)
{
    /// <summary>The payload hash value that leaves the body out of the signature.</summary>
    public const string UnsignedPayload = "UNSIGNED-PAYLOAD";

    /// <summary>
    /// The <c>Authorization</c> header for a request. <paramref name="headers"/> are the headers to sign, with
    /// lowercase names (<c>host</c>, <c>x-amz-date</c> and <c>x-amz-content-sha256</c> included).
    /// </summary>
    public string Authorization(string method, string canonicalPath, SortedDictionary<string, string> headers, DateTime utcNow)
    {
        var date = utcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{region}/s3/aws4_request";
        var signedHeaders = string.Join(';', headers.Keys);
        var canonical = new StringBuilder(512)
            .Append(method).Append('\n')
            .Append(canonicalPath).Append('\n')
            .Append('\n'); // no query string
        foreach (var (name, value) in headers) canonical.Append(name).Append(':').Append(value.Trim()).Append('\n');
        canonical.Append('\n').Append(signedHeaders).Append('\n').Append(headers["x-amz-content-sha256"]);

        var stringToSign = $"AWS4-HMAC-SHA256\n{headers["x-amz-date"]}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))}";
        var key = HMACSHA256.HashData(Encoding.UTF8.GetBytes("AWS4" + secretKey), Encoding.UTF8.GetBytes(date));
        key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(region));
        key = HMACSHA256.HashData(key, "s3"u8);
        key = HMACSHA256.HashData(key, "aws4_request"u8);
        var signature = Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
        return $"AWS4-HMAC-SHA256 Credential={accessKey}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    /// <summary>The <c>x-amz-date</c> value for <paramref name="utcNow"/>.</summary>
    public static string AmzDate(DateTime utcNow) => utcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>A path with every segment percent-encoded as SigV4 and S3 expect (unreserved characters and '/' kept).</summary>
    public static string EncodePath(string path)
    {
        var builder = new StringBuilder(path.Length + 16);
        foreach (var b in Encoding.UTF8.GetBytes(path))
        {
            var c = (char)b;
            if (c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' or '_' or '.' or '~' or '/') builder.Append(c);
            else builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
