using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Tests.Stamping;

public class InfoPlistStampTests
{
    private static readonly AppVersion Version = new("1.6.0", 160, null);

    private const string Plist = """
        <?xml version="1.0" encoding="UTF-8"?>
        <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
        <plist version="1.0">
        <dict>
        	<key>CFBundleDisplayName</key>
        	<string>维加</string>
        	<!-- CFBundleVersion is set by the build -->
        	<key>CFBundleShortVersionString</key>
        	<string>1.5.2</string>
        	<key>NSAppTransportSecurity</key>
        	<dict>
        		<key>CFBundleVersion</key>
        		<string>nested, not the app's</string>
        	</dict>
        	<key>CFBundleVersion</key>
        	<string>152</string>
        </dict>
        </plist>
        """;

    [Fact]
    public void Changes_only_the_top_level_version_strings()
    {
        using var temp = new TempFolder();
        var path = temp.File("Info.plist", Plist);

        Assert.True(InfoPlistStamp.Apply(path, Version));

        Assert.Equal(Plist.Replace("<string>1.5.2</string>", "<string>1.6.0</string>").Replace("<string>152</string>", "<string>160</string>"), File.ReadAllText(path));
    }

    [Fact]
    public void Adds_missing_keys_before_the_dictionary_end()
    {
        using var temp = new TempFolder();
        var text = "<plist version=\"1.0\">\r\n<dict>\r\n\t<key>CFBundleName</key>\r\n\t<string>Vega</string>\r\n\t<key>CFBundleVersion</key>\r\n\t<string/>\r\n</dict>\r\n</plist>\r\n";
        var path = temp.File("Info.plist", text);

        InfoPlistStamp.Apply(path, Version);

        Assert.Equal("<plist version=\"1.0\">\r\n<dict>\r\n\t<key>CFBundleName</key>\r\n\t<string>Vega</string>\r\n\t<key>CFBundleVersion</key>\r\n\t<string>160</string>\r\n" +
                     "\t<key>CFBundleShortVersionString</key>\r\n\t<string>1.6.0</string>\r\n</dict>\r\n</plist>\r\n", File.ReadAllText(path));
    }

    [Theory]
    [InlineData("<plist><dict><key>CFBundleVersion</key><string>1</dict></plist>", "line 1")]
    [InlineData("bplist00\u0001", "binary plist")]
    [InlineData("<plist><array/></plist>", "not a <dict>")]
    [InlineData("<plist><dict><key>CFBundleVersion</key><integer>1</integer></dict></plist>", "is a <integer>")]
    public void A_plist_walle_cannot_stamp_is_refused_unchanged(string text, string message)
    {
        using var temp = new TempFolder();
        var path = temp.File("Info.plist", text);

        var e = Assert.Throws<StampException>(() => InfoPlistStamp.Apply(path, Version));

        Assert.Contains(message, e.Message);
        Assert.Equal(text, File.ReadAllText(path));
    }
}
