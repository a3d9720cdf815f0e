namespace Walle.Pipelines.Storage;

/// <summary>Opens a store from a URL: <c>s3://bucket/prefix</c>, <c>file:///path</c> or a plain folder path.</summary>
public static class ObjectStores
{
    /// <summary>Opens the store named by <paramref name="url"/>; <paramref name="s3"/> supplies endpoint, region and credentials for <c>s3://</c>.</summary>
    /// <exception cref="ArgumentException">The URL is malformed or of an unknown scheme; the message says which forms are accepted.</exception>
    public static IObjectStore Open(string url, S3StoreSettings? s3 = null)
    {
        if (url.StartsWith("s3://", StringComparison.OrdinalIgnoreCase))
        {
            var rest = url["s3://".Length..];
            var slash = rest.IndexOf('/');
            var bucket = slash < 0 ? rest : rest[..slash];
            var prefix = slash < 0 ? "" : rest[(slash + 1)..];
            if (bucket.Length == 0) throw new ArgumentException($"Store URL '{url}' has no bucket; use s3://bucket/optional/prefix.");
            if (!System.Text.RegularExpressions.Regex.IsMatch(bucket, "^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$"))
                throw new ArgumentException("The store URL's bucket name is not a valid S3 bucket name (3-63 lowercase letters, digits, '.', '-'). " +
                    "Credentials never go in the URL: set S3StoreSettings.AccessKey / SecretKey.");
            if (prefix.Length > 0 && !prefix.EndsWith('/')) prefix += "/";
            return new S3ObjectStore((s3 ?? new S3StoreSettings(bucket)) with { Bucket = bucket, Prefix = prefix });
        }
        if (url.StartsWith("file://", StringComparison.OrdinalIgnoreCase))
            return new LocalObjectStore(new Uri(url).LocalPath);
        if (url.Contains("://"))
            throw new ArgumentException($"Store URL '{url}' has an unknown scheme; use s3://bucket/prefix, file:///path or a folder path.");
        return new LocalObjectStore(url);
    }
}
