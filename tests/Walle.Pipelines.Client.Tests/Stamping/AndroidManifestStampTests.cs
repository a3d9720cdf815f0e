using System.Text;
using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Tests.Stamping;

public class AndroidManifestStampTests
{
    private static readonly AppVersion Version = new("1.6.0", 160, null);

    // A realistic manifest: comments that mention the attributes, CRLF line ends, a UTF-8 BOM, attributes in an odd order.
    private const string Manifest =
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n" +
        "<!-- versionCode is written by the build: android:versionCode=\"999\" here is only a comment -->\r\n" +
        "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\"\r\n" +
        "    android:versionName = '1.5.2'\r\n" +
        "    package=\"com.studio.vega\"\r\n" +
        "    android:versionCode=\"152\"\r\n" +
        "    android:installLocation=\"auto\">\r\n" +
        "    <uses-sdk android:minSdkVersion=\"21\" android:targetSdkVersion=\"33\"/>\r\n" +
        "    <application android:label=\"维加\" android:versionCode=\"7\"/>\r\n" +
        "</manifest>\r\n";

    [Fact]
    public void Changes_only_the_two_values_keeping_comments_order_crlf_and_bom()
    {
        using var temp = new TempFolder();
        var path = temp.File("AndroidManifest.xml");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Manifest)]);

        Assert.True(AndroidManifestStamp.Apply(path, Version));

        var expected = Manifest.Replace("android:versionName = '1.5.2'", "android:versionName = '1.6.0'").Replace("android:versionCode=\"152\"", "android:versionCode=\"160\"");
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(expected)], File.ReadAllBytes(path));
        Assert.False(AndroidManifestStamp.Apply(path, Version));   // the same version again changes nothing
    }

    [Fact]
    public void Adds_missing_attributes_to_the_manifest_element_with_its_prefix()
    {
        using var temp = new TempFolder();
        var path = temp.File("AndroidManifest.xml", "<manifest xmlns:a=\"http://schemas.android.com/apk/res/android\" package=\"x.y\">\n</manifest>\n");

        AndroidManifestStamp.Apply(path, Version);

        Assert.Equal("<manifest a:versionCode=\"160\" a:versionName=\"1.6.0\" xmlns:a=\"http://schemas.android.com/apk/res/android\" package=\"x.y\">\n</manifest>\n", File.ReadAllText(path));
    }

    [Fact]
    public void Malformed_xml_names_the_file_and_line_and_changes_nothing()
    {
        using var temp = new TempFolder();
        var text = "<manifest xmlns:android=\"http://schemas.android.com/apk/res/android\" android:versionCode=\"1\">\n  <application>\n</manifest>\n";
        var path = temp.File("AndroidManifest.xml", text);

        var e = Assert.Throws<StampException>(() => AndroidManifestStamp.Apply(path, Version));

        Assert.Contains(path, e.Message);
        Assert.Contains("line 3", e.Message);
        Assert.Equal(text, File.ReadAllText(path));
    }

    [Theory]
    [InlineData("<resources/>", "root element is <resources>")]
    [InlineData("<manifest package=\"x\"/>", "does not declare the android namespace")]
    public void Refuses_a_file_that_is_not_an_android_manifest(string text, string message)
    {
        using var temp = new TempFolder();
        var path = temp.File("AndroidManifest.xml", text);
        Assert.Contains(message, Assert.Throws<StampException>(() => AndroidManifestStamp.Apply(path, Version)).Message);
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        using var temp = new TempFolder();
        var path = Path.Combine(temp.Path, "nope.xml");
        Assert.Contains(path, Assert.Throws<StampException>(() => AndroidManifestStamp.Apply(path, Version)).Message);
    }
}
