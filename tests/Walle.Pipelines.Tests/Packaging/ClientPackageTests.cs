using System.Text.Json;
using Walle.Pipelines.Client.Channels;

namespace Walle.Pipelines.Tests.Packaging;

/// <summary>
/// The sample's <c>Package</c> as a game team runs it, from the repository root: real aapt, zipalign, apksigner and
/// keytool; every channel package verified by apksigner; the build record lets <c>ReviewSubmit</c> through unforced.
/// The copy is not a git repository, so the version code is given (on CI it is the build number).
/// </summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class ClientPackageTests(RepositoryCopy copy)
{
    private string Artifacts => Path.Combine(copy.Sample, "artifacts", "client", "android");

    [Fact]
    public async Task Package_makes_a_verified_apk_per_channel_and_review_accepts_the_version()
    {
        var (exit, output) = await ProcessRunner.ShellAsync("samples/Vega/build.sh Package --client-version-code 7", copy.Root);
        Assert.True(exit == 0, output);

        var channels = ChannelsFile.Parse(Path.Combine(copy.Sample, "android", "channels.txt"));
        Assert.True(channels.Count >= 5);
        foreach (var channel in channels)
        {
            var apk = Path.Combine(Artifacts, $"vega-1.1.0-{channel.Channel}.apk");
            var (verify, verified) = await ProcessRunner.RunAsync("apksigner", ["verify", "-v", apk], copy.Root);
            Assert.True(verify == 0, verified);
            Assert.Contains("Verified using v2 scheme (APK Signature Scheme v2): true", verified);
            var read = ApkChannel.Read(apk);
            Assert.Equal(channel.Channel, read?.Channel);
            Assert.Equal(channel.Extras, read?.Extras);
        }
        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Artifacts, "client-manifest.json")));
        Assert.Equal(7, manifest.RootElement.GetProperty("versionCode").GetInt32());
        Assert.Equal(channels.Count + 1, manifest.RootElement.GetProperty("packages").GetArrayLength());
        Assert.True(File.Exists(Path.Combine(copy.Sample, ".nuke", "store", "builds", "android", "1.1.0", "client-manifest.json")));

        var (review, reviewed) = await ProcessRunner.ShellAsync(
            "samples/Vega/build.sh ReviewSubmit --platform android --review-version 1.1.0 --review-manifest https://cdn.vega.example.com/review/1.1.0/project.manifest", copy.Root);
        Assert.True(review == 0, reviewed);
        Assert.DoesNotContain("forced", reviewed);

        // A version code that goes backwards is refused before anything is built, naming the parameter.
        var before = File.GetLastWriteTimeUtc(Path.Combine(Artifacts, "vega-1.1.0.apk"));
        var (back, backwards) = await ProcessRunner.ShellAsync("samples/Vega/build.sh Package --client-version-name 1.1.1 --client-version-code 6", copy.Root);
        Assert.Equal(1, back);
        Assert.Contains("goes backwards", backwards);
        Assert.Contains("--client-version-code", backwards);
        Assert.Equal(before, File.GetLastWriteTimeUtc(Path.Combine(Artifacts, "vega-1.1.0.apk")));
    }

    [Fact]
    public async Task A_wrong_keystore_password_is_named_and_never_printed()
    {
        var keystore = Path.Combine(copy.Root, "other-release.p12");
        var (made, makeOutput) = await ProcessRunner.RunAsync("keytool", ["-genkeypair", "-keystore", keystore, "-storetype", "PKCS12", "-alias", "release",
            "-keyalg", "RSA", "-keysize", "2048", "-validity", "1000", "-dname", "CN=Vega", "-storepass", "right-Pa55word"], copy.Root);
        Assert.True(made == 0, makeOutput);

        var (exit, output) = await ProcessRunner.ShellAsync(
            $"samples/Vega/build.sh ClientSign --client-version-code 9 --android-keystore {keystore} --android-key-alias release --android-keystore-password Wr0ng-Pa55word", copy.Root);

        Assert.Equal(1, exit);
        Assert.Contains("keystore password is wrong", output);
        Assert.Contains("--android-keystore-password", output);
        Assert.DoesNotContain("Wr0ng-Pa55word", output);

        var (alias, aliasOutput) = await ProcessRunner.ShellAsync(
            $"samples/Vega/build.sh ClientSign --skip --client-version-code 9 --android-keystore {keystore} --android-key-alias nope --android-keystore-password right-Pa55word", copy.Root);
        Assert.Equal(1, alias);
        Assert.Contains("--android-key-alias", aliasOutput);
    }

    [Fact]
    public async Task A_bad_channels_file_names_the_file_and_line_and_leaves_no_client_manifest()
    {
        var channels = Path.Combine(copy.Root, "bad-channels.txt");
        File.WriteAllText(channels, "huawei\nxiaomi\nHuawei store=x\n");

        var (exit, output) = await ProcessRunner.ShellAsync($"samples/Vega/build.sh Package --client-version-code 8 --android-channels {channels}", copy.Root);

        Assert.Equal(1, exit);
        Assert.Contains($"{channels}:3", output);
        Assert.Contains("--android-channels", output);
        Assert.False(File.Exists(Path.Combine(Artifacts, "client-manifest.json")), output);
    }
}
