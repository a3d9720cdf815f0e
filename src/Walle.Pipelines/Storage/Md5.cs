using System.Buffers;
using System.Security.Cryptography;

namespace Walle.Pipelines.Storage;

/// <summary>MD5 of raw bytes as lowercase hex: the digest Cocos manifests and single-part S3 ETags use.</summary>
public static class Md5
{
    private const int BufferSize = 128 * 1024;

    /// <summary>MD5 of a file, read sequentially through a pooled buffer.</summary>
    public static string OfFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        return OfStream(stream);
    }

    /// <summary>MD5 of the rest of a stream.</summary>
    public static string OfStream(Stream stream)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            while ((read = stream.Read(buffer, 0, BufferSize)) > 0) hash.AppendData(buffer, 0, read);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>MD5 of bytes.</summary>
    public static string OfBytes(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(MD5.HashData(bytes));

    /// <summary>An ETag without surrounding quotes (S3 servers return them quoted).</summary>
    public static string TrimETag(string? etag) => (etag ?? "").Trim().Trim('"');
}
