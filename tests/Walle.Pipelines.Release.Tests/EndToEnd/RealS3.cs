using Amazon.Runtime;
using Amazon.S3;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Release.Tests.EndToEnd;

/// <summary>The real S3 server named by S3_ENDPOINT / S3_ACCESS_KEY / S3_SECRET_KEY; fails clearly when they are unset.</summary>
internal static class RealS3
{
    public static S3StoreSettings Settings(string bucket)
    {
        var endpoint = Environment.GetEnvironmentVariable("S3_ENDPOINT");
        var accessKey = Environment.GetEnvironmentVariable("S3_ACCESS_KEY");
        var secretKey = Environment.GetEnvironmentVariable("S3_SECRET_KEY");
        if (string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(accessKey) || string.IsNullOrEmpty(secretKey))
            Assert.Fail("The S3 end-to-end tests need a real S3 server: set S3_ENDPOINT, S3_ACCESS_KEY and S3_SECRET_KEY " +
                "(eng/test.sh starts Ceph RGW and sets them; by hand: eval \"$(bash eng/s3-rgw.sh start /tmp/s3-rgw)\").");
        return new S3StoreSettings(bucket) { Endpoint = endpoint, AccessKey = accessKey, SecretKey = secretKey };
    }

    /// <summary>A shipped S3 store on <paramref name="bucket"/> with its own client, as on an engineer's own machine.</summary>
    public static IObjectStore Store(string bucket) => ObjectStores.Open($"s3://{bucket}", Settings(bucket));

    /// <summary>An SDK client for creating and removing the test bucket.</summary>
    public static AmazonS3Client Admin(string bucket)
    {
        var s = Settings(bucket);
        return new AmazonS3Client(new BasicAWSCredentials(s.AccessKey, s.SecretKey), new AmazonS3Config
        {
            ServiceURL = s.Endpoint,
            ForcePathStyle = true,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        });
    }
}
