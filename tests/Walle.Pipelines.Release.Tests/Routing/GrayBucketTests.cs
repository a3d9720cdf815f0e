using System.Text;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

public class GrayBucketTests
{
    // The published test vectors (README, "The bucket hash"): any server implementation must produce these.
    [Theory]
    [InlineData("", "", 0xaf63b74c8601adadUL, 8189)]
    [InlineData("vega-1.6.0", "10001", 0x9727d127d5afbedaUL, 8314)]
    [InlineData("vega-1.6.0", "10002", 0x9727d027d5afbd27UL, 103)]
    [InlineData("vega-1.6.0", "acct-42", 0x89235a1909bdb1aaUL, 9162)]
    [InlineData("spring-event", "玩家001", 0x16d3325fd5c1fdb1UL, 5329)]
    public void Bucket_matches_the_published_vectors(string salt, string key, ulong hash, int bucket)
    {
        Assert.Equal(hash, GrayBucket.Hash(salt, key));
        Assert.Equal(bucket, GrayBucket.Of(salt, key));
    }

    [Theory]
    [InlineData("vega", "10001")]
    [InlineData("spring-event", "玩家001")]
    [InlineData("emoji", "😀-account\uD800")]
    public void Hash_is_FNV1a_64_over_the_UTF8_bytes(string salt, string key)
    {
        ulong expected = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(salt + ":" + key)) expected = (expected ^ b) * 1099511628211UL;
        Assert.Equal(expected, GrayBucket.Hash(salt, key));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(10)]
    [InlineData(50)]
    public void Gray_share_over_a_million_accounts_is_within_0_2_points(int percentage)
    {
        foreach (var (salt, format) in new[] { ("vega-1.6.0", "{0}"), ("spring-event", "acct-{0:D8}"), ("s", "{0}@vega") })
        {
            int threshold = GrayBucket.Threshold(percentage);
            int inGray = 0;
            for (int i = 0; i < 1_000_000; i++)
                if (GrayBucket.Of(salt, string.Format(format, i + 100_000)) < threshold) inGray++;
            double share = inGray / 10_000.0;
            Assert.True(Math.Abs(share - percentage) <= 0.2, $"salt {salt}, ids {format}: {share:F3}% in gray for {percentage}%");
        }
    }

    [Fact]
    public void Raising_the_percentage_never_moves_an_account_out_of_gray()
    {
        var document = Samples.Document();
        var steps = new decimal[] { 0, 0.5m, 1, 5, 10, 25, 50, 99.99m, 100 };
        var resolvers = steps.Select(p => new RoutingResolver(document.WithGray(Samples.Gray(p)))).ToArray();
        for (int i = 0; i < 200_000; i++)
        {
            var account = "acct-" + i;
            bool wasGray = false;
            for (int s = 0; s < steps.Length; s++)
            {
                bool gray = resolvers[s].Resolve("ios", "appstore", "1.5.0", account).IsGray;
                Assert.False(wasGray && !gray, $"{account} left gray when the percentage rose to {steps[s]}%");
                wasGray = gray;
            }
            Assert.True(wasGray, $"{account} is not in gray at 100%");
        }
    }

    [Fact]
    public void Threshold_is_hundredths_of_a_percent()
    {
        Assert.Equal(0, GrayBucket.Threshold(0));
        Assert.Equal(1, GrayBucket.Threshold(0.01m));
        Assert.Equal(1250, GrayBucket.Threshold(12.5m));
        Assert.Equal(10000, GrayBucket.Threshold(100));
    }
}
