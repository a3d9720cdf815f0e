namespace Walle.Pipelines.Patch.Tests;

public class CocosVersionTests
{
    [Theory]
    [InlineData("1.0.1", "1.0.0", 1)]
    [InlineData("1.0.10", "1.0.9", 1)]
    [InlineData("1.2", "1.2.0", 0)]
    [InlineData("1.2.0.1", "1.2.0", 1)]
    [InlineData("2.0.0", "10.0.0", -1)]
    [InlineData("1.2.3.4.5", "1.2.3.4", 0)]
    [InlineData("1.2.0-beta", "1.2.0", 0)]
    [InlineData("beta", "alpha", 1)]
    [InlineData("1.0.0", "abc", -1)]
    public void Compares_like_the_cocos2d_x_client(string a, string b, int expected)
    {
        Assert.Equal(expected, CocosVersion.Compare(a, b));
        Assert.Equal(-expected, CocosVersion.Compare(b, a));
    }

    [Theory]
    [InlineData("1.2.0", "1.2.0.1")]
    [InlineData("1.2.0.1", "1.2.0.2")]
    [InlineData("3", "3.0.0.1")]
    public void Rollback_versions_are_just_above_the_live_one(string live, string expected)
    {
        Assert.Equal(expected, CocosVersion.NextRollback(live));
        Assert.True(CocosVersion.IsNewer(expected, live));
    }

    [Theory]
    [InlineData(null, "is not set")]
    [InlineData("", "is not set")]
    [InlineData("../1.0", "may only contain")]
    [InlineData("1.0/2", "may only contain")]
    [InlineData("..", "may only contain")]
    public void Versions_that_cannot_name_a_folder_are_refused(string? version, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => CocosVersion.Validate(version));
        Assert.Contains(message, error.Message);
        Assert.Contains("PatchVersion", error.Message);
    }
}
