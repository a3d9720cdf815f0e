using System.Xml;
using Walle.Pipelines.Client.Ios;

namespace Walle.Pipelines.Client.Tests.Ios;

/// <summary>xcodebuild and altool exist only on macOS: arguments and the ExportOptions.plist are checked here.</summary>
public class IosTests
{
    [Fact]
    public void Export_options_plist_matches_the_golden_file()
    {
        var plist = ExportOptionsPlist.Render(new ExportOptions("A1B2C3D4E5")
        {
            ProvisioningProfiles = new Dictionary<string, string> { ["com.studio.vega.widget"] = "Vega Widget AppStore", ["com.studio.vega"] = "Vega AppStore" },
            SigningCertificate = "Apple Distribution",
        });

        Assert.Equal("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
            <plist version="1.0">
            	<dict>
            		<key>manageAppVersionAndBuildNumber</key>
            		<false />
            		<key>method</key>
            		<string>app-store-connect</string>
            		<key>provisioningProfiles</key>
            		<dict>
            			<key>com.studio.vega</key>
            			<string>Vega AppStore</string>
            			<key>com.studio.vega.widget</key>
            			<string>Vega Widget AppStore</string>
            		</dict>
            		<key>signingCertificate</key>
            		<string>Apple Distribution</string>
            		<key>signingStyle</key>
            		<string>manual</string>
            		<key>teamID</key>
            		<string>A1B2C3D4E5</string>
            		<key>uploadSymbols</key>
            		<true />
            	</dict>
            </plist>

            """, plist);
        var document = new XmlDocument { XmlResolver = null };
        document.Load(XmlReader.Create(new StringReader(plist), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore }));
        Assert.Equal("plist", document.DocumentElement!.Name);
    }

    [Theory]
    [InlineData("SHORT", "manual", "not an Apple team id")]
    [InlineData("A1B2C3D4E5", "sometimes", "neither 'manual' nor 'automatic'")]
    [InlineData("A1B2C3D4E5", "manual", "needs a provisioning profile")]
    public void Export_options_that_xcode_would_refuse_are_refused_first(string team, string style, string message)
    {
        var e = Assert.Throws<ArgumentException>(() => ExportOptionsPlist.Render(new ExportOptions(team) { SigningStyle = style }));
        Assert.Contains(message, e.Message);
    }

    [Fact]
    public void Archive_and_export_arguments()
    {
        var archive = Xcode.ArchiveArguments(new XcodeArchiveSettings("/src/vega/ios/Vega.xcworkspace", "Vega-Release", "/tmp/Vega.xcarchive")
        {
            BuildSettings = new Dictionary<string, string> { ["CURRENT_PROJECT_VERSION"] = "160", ["MARKETING_VERSION"] = "1.6.0" },
            AllowProvisioningUpdates = true,
        });
        Assert.Equal(["archive", "-workspace", "/src/vega/ios/Vega.xcworkspace", "-scheme", "Vega-Release", "-configuration", "Release", "-destination", "generic/platform=iOS",
            "-archivePath", "/tmp/Vega.xcarchive", "-allowProvisioningUpdates", "CURRENT_PROJECT_VERSION=160", "MARKETING_VERSION=1.6.0"], archive.Select(a => a.Value));
        Assert.Equal(Walle.Pipelines.Tooling.ToolArgumentKind.Output, archive[10].Kind);
        Assert.Equal("-project", Xcode.ArchiveArguments(new XcodeArchiveSettings("Vega.xcodeproj", "Vega", "a.xcarchive"))[1].Value);
        Assert.Throws<ArgumentException>(() => Xcode.ArchiveArguments(new XcodeArchiveSettings("Vega.sln", "Vega", "a.xcarchive")));

        var export = Xcode.ExportArguments(new XcodeExportSettings("/tmp/Vega.xcarchive", "/tmp/export", new ExportOptions("A1B2C3D4E5")), "/tmp/export/ExportOptions.plist");
        Assert.Equal(["-exportArchive", "-archivePath", "/tmp/Vega.xcarchive", "-exportPath", "/tmp/export", "-exportOptionsPlist", "/tmp/export/ExportOptions.plist"], export.Select(a => a.Value));
    }

    [Fact]
    public async Task Upload_uses_an_api_key_found_by_id_never_a_password_on_the_command_line()
    {
        const string key = "-----BEGIN PRIVATE KEY-----\nMIGTAgEAMBMGByqGSM49\n-----END PRIVATE KEY-----";
        var settings = new AppStoreUploadSettings("/tmp/vega.ipa", "2X9R4HXF34", "57246542-96fe-1a63-e053-0824d011072a", key);

        var arguments = AppStoreUpload.Arguments(settings).Select(a => a.Value).ToList();

        Assert.Equal(["altool", "--upload-app", "--file", "/tmp/vega.ipa", "--type", "ios", "--apiKey", "2X9R4HXF34", "--apiIssuer", "57246542-96fe-1a63-e053-0824d011072a"], arguments);
        Assert.DoesNotContain(arguments, a => a.Contains("PRIVATE", StringComparison.Ordinal));
        using var temp = new TempFolder();
        var ipa = temp.File("vega.ipa", "ipa");
        await Assert.ThrowsAsync<ArgumentException>(() => AppStoreUpload.UploadAsync(settings with { Ipa = ipa, PrivateKey = "hunter2" }, new Engine.BuildContext()));
    }
}
