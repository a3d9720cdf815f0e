using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Storage;

/// <summary>Full addresses of keys for messages, e.g. <c>s3://bucket/release/routing.json</c>.</summary>
internal static class StoreAddress
{
    public static string Of(this IObjectStore store, string key) => store.Location.TrimEnd('/') + "/" + key;
}
