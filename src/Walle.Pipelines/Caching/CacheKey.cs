using System.IO.Hashing;
using System.Text;

namespace Walle.Pipelines.Caching;

/// <summary>
/// Builds a content-addressed cache key: the hash of the tool and its version, the settings, and each input's
/// path and content hash. Every part is length-prefixed, so no two different sequences of parts give the same key.
/// </summary>
public sealed class CacheKey
{
    private readonly XxHash128 _hasher = new();

    /// <summary>Starts a key for a tool at a version (e.g. <c>walle-packer</c>, <c>1</c>).</summary>
    public CacheKey(string tool, string toolVersion)
    {
        Add("tool", tool);
        Add("version", toolVersion);
    }

    /// <summary>Adds a named value (a serialised settings record, a flag...).</summary>
    public CacheKey Add(string name, string value)
    {
        Append(name);
        Append(value);
        return this;
    }

    /// <summary>Adds an input file by its path relative to some root (use '/' separators) and its content hash.</summary>
    public CacheKey AddFile(string relativePath, string contentHash) => Add("file:" + relativePath, contentHash);

    /// <summary>The key as 32 lowercase hex characters.</summary>
    public override string ToString() => Convert.ToHexStringLower(_hasher.GetCurrentHash());

    private void Append(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        _hasher.Append(BitConverter.GetBytes(bytes.Length));
        _hasher.Append(bytes);
    }
}
