using System.Net;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

public class IpRangeTests
{
    [Theory]
    [InlineData("10.8.0.0/16", "10.8.255.1", true)]
    [InlineData("10.8.0.0/16", "10.9.0.1", false)]
    [InlineData("0.0.0.0/0", "203.0.113.7", true)]
    [InlineData("203.0.113.7", "203.0.113.7", true)]
    [InlineData("203.0.113.7", "203.0.113.8", false)]
    [InlineData("2001:db8::/33", "2001:db8:7fff::1", true)]
    [InlineData("2001:db8::/33", "2001:db8:8000::1", false)]
    [InlineData("10.0.0.0/8", "::ffff:10.1.2.3", true)]
    [InlineData("10.0.0.0/8", "2001:db8::1", false)]
    public void Contains(string range, string address, bool expected) =>
        Assert.Equal(expected, IpRange.Parse(range).Contains(IPAddress.Parse(address)));

    [Theory]
    [InlineData("10.0.0.0/33")]
    [InlineData("10.0.0/8")]
    [InlineData("2001:db8::/129")]
    [InlineData("office")]
    [InlineData("10.0.0.0/-1")]
    public void Bad_ranges_are_refused(string text)
    {
        Assert.False(IpRange.TryParse(text, out _));
        Assert.Contains("expected e.g. 10.8.0.0/16", Assert.Throws<FormatException>(() => IpRange.Parse(text)).Message);
    }

    [Theory]
    [InlineData("10.1.2.3", true)]
    [InlineData("256.1.2.3", false)]
    [InlineData("1.2.3", false)]
    [InlineData("1.2.3.4.5", false)]
    [InlineData("01.2.3.4", true)]
    [InlineData("1..3.4", false)]
    public void Fast_IPv4_parsing(string text, bool valid) => Assert.Equal(valid, IpRange.TryParseV4(text, out _));
}
