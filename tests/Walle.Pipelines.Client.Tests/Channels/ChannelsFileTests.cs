using Walle.Pipelines.Client.Channels;

namespace Walle.Pipelines.Client.Tests.Channels;

public sealed class ChannelsFileTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Channels_extras_comments_and_blank_lines_are_read_in_order()
    {
        var file = _folder["channels.txt"];
        File.WriteAllText(file, "\uFEFF# Vega channels\r\n\r\nhuawei  store=hw ad=1   # Huawei AppGallery\r\nxiaomi\r\n\t oppo\tregion=cn-south url=https://x.example/a#b \r\n华为渠道\n");
        var channels = ChannelsFile.Parse(file);

        Assert.Equal(["huawei", "xiaomi", "oppo", "华为渠道"], channels.Select(c => c.Channel));
        Assert.Equal([new("store", "hw"), new("ad", "1")], channels[0].Extras.ToArray());
        Assert.Empty(channels[1].Extras);
        Assert.Equal([new("region", "cn-south"), new("url", "https://x.example/a#b")], channels[2].Extras.ToArray());
    }

    [Theory]
    [InlineData("huawei\n  store=hw\n", 2, "no channel comes before it")]
    [InlineData("huawei\nxiaomi\nHuawei\n", 3, "listed twice (first on line 1")]
    [InlineData("a/b\n", 1, "path separator")]
    [InlineData("a\\b\n", 1, "path separator")]
    [InlineData("ok\n..\n", 2, "'..'")]
    [InlineData(".huawei\n", 1, "starts with a dot")]
    [InlineData("huawei.\n", 1, "ends with a dot")]
    [InlineData("COM1\n", 1, "reserved device name")]
    [InlineData("aux.store\n", 1, "reserved device name")]
    [InlineData("hua\u0001wei\n", 1, "U+0001")]
    [InlineData("hua\u202Ewei\n", 1, "U+202E")]
    [InlineData("a:b\n", 1, "not allowed in Windows")]
    [InlineData("huawei ad\n", 1, "is not key=value")]
    [InlineData("huawei ad=\n", 1, "is not key=value")]
    [InlineData("huawei =1\n", 1, "is not key=value")]
    [InlineData("huawei 1ad=1\n", 1, "is not key=value")]
    [InlineData("huawei channel=x\n", 1, "uses the key 'channel'")]
    [InlineData("huawei ad=1 ad=2\n", 1, "given twice")]
    [InlineData("# nothing\n\n", 0, "lists no channels")]
    public void Bad_lines_are_errors_naming_the_file_and_line(string text, int line, string reason)
    {
        var file = _folder["channels.txt"];
        File.WriteAllText(file, text);
        var error = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse(file));

        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.StartsWith(line > 0 ? $"{file}:{line}: " : $"{file}: ", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.DoesNotContain('\u0001', error.Message);
    }

    [Fact]
    public void A_missing_file_names_it()
    {
        var file = _folder["missing.txt"];
        var error = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse(file));
        Assert.Contains(file, error.Message);
        Assert.Contains("one channel per line", error.Message);
    }

    [Fact]
    public void An_over_long_name_is_refused()
    {
        var error = Assert.Throws<ChannelsFileException>(() => ChannelsFile.Parse([new string('a', ChannelName.MaxLength + 1)], "c.txt"));
        Assert.Contains("longer than", error.Message);
        Assert.Single(ChannelsFile.Parse([new string('a', ChannelName.MaxLength)], "c.txt"));
    }

    public void Dispose() => _folder.Dispose();
}
