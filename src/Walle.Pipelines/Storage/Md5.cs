using System.Buffers;
using System.Security.Cryptography;

namespace Walle.Pipelines.Storage;

/// <summary>MD5 of raw bytes as lowercase hex: the digest Cocos manifests and single-part S3 ETags use.</summary>
public static class Md5
{
    private const int BufferSize = 128 * 1024;

    /// <summary>MD5 of a file, read sequentially through a pooled buffer (small files hashed in one call).</summary>
    public static string OfFile(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        try
        {
            int read;
            if (RandomAccess.GetLength(handle) < BufferSize)
            {
                var total = 0;
                while (total < BufferSize && (read = RandomAccess.Read(handle, buffer.AsSpan(total, BufferSize - total), total)) > 0) total += read;
                if (total < BufferSize) return OfBytes(buffer.AsSpan(0, total));
            }
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.MD5);
            long offset = 0;
            while ((read = RandomAccess.Read(handle, buffer.AsSpan(0, BufferSize), offset)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                offset += read;
            }
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
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
