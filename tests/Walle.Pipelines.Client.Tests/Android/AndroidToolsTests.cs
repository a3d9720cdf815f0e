using System.IO.Compression;
using CliWrap;
using CliWrap.Buffered;
using Walle.Pipelines.Client.Android;

namespace Walle.Pipelines.Client.Tests.Android;

public class AndroidToolsTests
{
    [Fact]
    public async Task Packages_aligns_signs_and_verifies_a_real_apk()
    {
        using var app = new AndroidApp();
        var aligned = await app.AlignedAsync();
        using (var zip = ZipFile.OpenRead(aligned))
        {
            var names = zip.Entries.Select(e => e.FullName).ToHashSet();
            Assert.Contains("AndroidManifest.xml", names);
            Assert.Contains("resources.arsc", names);
            Assert.Contains("assets/src/main.lua", names);
            Assert.Contains("lib/arm64-v8a/libvega.so", names);
            var png = zip.GetEntry("assets/res/ui/logo.png")!;
            Assert.Equal(png.Length, png.CompressedLength);   // stored: NoCompress lists png
        }

        var sign = await app.SigningAsync(aligned, "signed.apk");
        await ApkSigner.SignAsync(sign with { Schemes = ApkSigningSchemes.V1 | ApkSigningSchemes.V2 | ApkSigningSchemes.V3 }, app.Context);
        var verified = await ApkSigner.VerifyAsync(sign.Output, app.Context);

        Assert.Equal(ApkSigningSchemes.V1 | ApkSigningSchemes.V2 | ApkSigningSchemes.V3, verified.Schemes);
        Assert.Equal(["v1", "v2", "v3"], verified.SchemeNames);
        Assert.Single(verified.CertificateSha256);
        // The real apksigner agrees (an independent run, not our parsing of it).
        var check = await Cli.Wrap(AndroidTools.Require("apksigner")).WithArguments(["verify", sign.Output]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        Assert.Equal(0, check.ExitCode);
    }

    [Fact]
    public async Task The_chosen_schemes_are_the_ones_signed()
    {
        using var app = new AndroidApp(minSdk: 24);
        var sign = await app.SigningAsync(await app.AlignedAsync(), "v2.apk");
        await ApkSigner.SignAsync(sign with { Schemes = ApkSigningSchemes.V2 | ApkSigningSchemes.V3 }, app.Context);
        Assert.Equal(ApkSigningSchemes.V2 | ApkSigningSchemes.V3, (await ApkSigner.VerifyAsync(sign.Output, app.Context)).Schemes);
    }

    [Fact]
    public async Task Without_v1_an_app_for_android_6_and_older_does_not_verify()
    {
        using var app = new AndroidApp(minSdk: 21);   // Android 5 installs only v1-signed packages
        var sign = await app.SigningAsync(await app.AlignedAsync(), "v2.apk");
        await ApkSigner.SignAsync(sign with { Schemes = ApkSigningSchemes.V2 }, app.Context);
        var e = await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.VerifyAsync(sign.Output, app.Context));
        Assert.Contains("META-INF/MANIFEST.MF", e.Message);
    }

    [Fact]
    public async Task Signing_failures_say_which_part_is_wrong_and_write_nothing()
    {
        using var app = new AndroidApp();
        var sign = await app.SigningAsync(await app.AlignedAsync(), "signed.apk");

        Assert.Equal(ApkSigningProblem.StorePassword, (await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.SignAsync(sign with { StorePassword = "wrong" }, app.Context))).Problem);
        Assert.Equal(ApkSigningProblem.AliasMissing, (await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.SignAsync(sign with { KeyAlias = "nope" }, app.Context))).Problem);
        Assert.Equal(ApkSigningProblem.KeystoreMissing, (await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.SignAsync(sign with { Keystore = app.PathOf("missing.p12") }, app.Context))).Problem);
        Assert.False(File.Exists(sign.Output));
        Assert.Empty(Directory.GetFiles(app.Folder, "*.walle-tmp"));
    }

    [Fact]
    public async Task A_wrong_key_password_in_a_jks_keystore_is_told_apart_from_the_store_password()
    {
        using var app = new AndroidApp();
        var jks = app.PathOf("release.jks");
        await Cli.Wrap(AndroidTools.Require("keytool")).WithArguments(["-genkeypair", "-keystore", jks, "-storetype", "JKS", "-alias", "vega", "-keyalg", "RSA", "-keysize", "2048",
            "-validity", "1000", "-dname", "CN=Vega", "-storepass", "store-pass", "-keypass", "key-pass"]).ExecuteBufferedAsync();
        var sign = new ApkSignSettings(await app.AlignedAsync(), app.PathOf("signed.apk"), jks, "vega", "store-pass") { KeyPassword = "key-pass" };

        await ApkSigner.SignAsync(sign, app.Context);
        Assert.True(File.Exists(sign.Output));

        var e = await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.SignAsync(sign with { KeyPassword = "wrong-key-pass", Output = app.PathOf("other.apk") }, app.Context));
        Assert.Equal(ApkSigningProblem.KeyPassword, e.Problem);
        Assert.DoesNotContain("wrong-key-pass", e.Message);
    }

    [Fact]
    public async Task An_unsigned_apk_does_not_verify()
    {
        using var app = new AndroidApp();
        var aligned = await app.AlignedAsync();
        var e = await Assert.ThrowsAsync<ApkSigningException>(() => ApkSigner.VerifyAsync(aligned, app.Context));
        Assert.Equal(ApkSigningProblem.NotVerified, e.Problem);
    }

    [Fact]
    public async Task Aapt_errors_leave_no_apk()
    {
        using var app = new AndroidApp();
        File.WriteAllText(app.Manifest, "<manifest>");   // broken XML
        await Assert.ThrowsAsync<Walle.Pipelines.Tooling.ToolFailedException>(() => Aapt.PackageAsync(app.Package("base.apk"), app.Context));
        Assert.False(File.Exists(app.PathOf("base.apk")));
        await Assert.ThrowsAsync<FileNotFoundException>(() => Aapt.PackageAsync(app.Package("base.apk") with { Framework = app.PathOf("no-android.jar") }, app.Context));
    }

    [Fact]
    public async Task Passwords_never_reach_the_command_line()
    {
        using var app = new AndroidApp();
        var sign = await app.SigningAsync(await app.AlignedAsync(), "signed.apk");
        var arguments = string.Join(" ", ApkSigner.SignArguments(sign, sign.Output));
        Assert.DoesNotContain(AndroidApp.Password, arguments);
        Assert.Contains("--ks-pass env:", arguments);
        Assert.Contains("--v4-signing-enabled false", arguments);
    }
}
