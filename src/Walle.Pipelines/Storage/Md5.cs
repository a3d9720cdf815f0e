using System.Buffers;
using System.Security.Cryptography;

namespace Walle.Pipelines.Storage;

/// <summary>MD5 of raw bytes as lowercase hex: the digest Cocos manifests and single-part S3 ETags use.</summary>
public static class Md5
{
    private const int BufferSize = 256 * 1024;

    // One digest context per thread, reset after each file: creating a context costs as much as hashing a small file.
    [ThreadStatic] private static IncrementalHash? t_hash;

    private static IncrementalHash Hash => t_hash ??= IncrementalHash.CreateHash(HashAlgorithmName.MD5);

    /// <summary>MD5 of a file, read through a pooled buffer (most game files in one read).</summary>
    public static string OfFile(string path) => OfFile(path, out _);

    /// <summary>MD5 of a file and the number of bytes hashed, from one open of the file (no separate stat).</summary>
    public static string OfFile(string path, out long size)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        var length = RandomAccess.GetLength(handle);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        var hash = Hash;
        try
        {
            long offset = 0;
            int read;
            // Reads the length fstat reported (most files in one read); a file that shrank meanwhile ends early.
            while (offset < length && (read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(BufferSize, length - offset)), offset)) > 0)
            {
                hash.AppendData(buffer, 0, read);
                offset += read;
            }
            size = offset;
            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        catch
        {
            hash.GetHashAndReset();
            throw;
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
