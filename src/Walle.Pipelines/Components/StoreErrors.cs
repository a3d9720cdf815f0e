using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>Turns the stores' typed failures into messages naming <see cref="IObjectStorage"/>'s parameters.</summary>
internal static class StoreErrors
{
    /// <summary><paramref name="e"/> again with the parameter to fix named, or <paramref name="e"/> itself when no parameter fixes it.</summary>
    public static ObjectStoreException Explain(ObjectStoreException e) => Advice(e.Problem) is { } advice
        ? new ObjectStoreException(e.Message + " " + advice, e, e.Problem)
        : e;

    private static string? Advice(ObjectStoreProblem problem) => problem switch
    {
        ObjectStoreProblem.Unreachable => "The endpoint is --s3-endpoint (S3_ENDPOINT); the store is --store-url.",
        ObjectStoreProblem.NoSuchBucket => "The bucket is the one named by --store-url s3://bucket/prefix.",
        ObjectStoreProblem.AccessDenied => "The credentials are --s3-access-key / --s3-secret-key (S3_ACCESS_KEY / S3_SECRET_KEY); leave both unset for the AWS credential chain.",
        _ => null,
    };
}
