using Walle.Pipelines.Client.Android;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Client.Tests.Android;

/// <summary>A tiny Android app packaged, aligned and signed with the real tools, in a temporary folder.</summary>
public sealed class AndroidApp : IDisposable
{
    public const string Password = "store-pass-1";
    public const string Alias = "vega";
    private readonly TempFolder _temp = new();

    public AndroidApp(int minSdk = 21)
    {
        AndroidTools.Require("aapt");
        Manifest = _temp.File("app/AndroidManifest.xml", $$"""
            <?xml version="1.0" encoding="utf-8"?>
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.example.vega" android:versionCode="1" android:versionName="0.1">
              <uses-sdk android:minSdkVersion="{{minSdk}}" android:targetSdkVersion="29"/>
              <application android:label="@string/app_name" android:hasCode="false"/>
            </manifest>
            """);
        _temp.File("app/res/values/strings.xml", "<resources><string name=\"app_name\">Vega</string></resources>");
        _temp.File("app/assets/src/main.lua", "print('vega')");
        _temp.File("app/assets/res/ui/logo.png", "not really a png");
        _temp.File("app/libs/arm64-v8a/libvega.so", "\u007fELF fake library");
        Keystore = Path.Combine(_temp.Path, "keys", "release.p12");
    }

    public string Folder => _temp.Path;
    public string Manifest { get; }
    public string Keystore { get; }
    public BuildContext Context { get; } = new();

    public string PathOf(string name) => Path.Combine(_temp.Path, name);

    public AaptPackageSettings Package(string output) => new(Manifest, AndroidTools.FrameworkRes, PathOf(output))
    {
        Resources = PathOf("app/res"),
        Assets = PathOf("app/assets"),
        NativeLibraries = PathOf("app/libs"),
    };

    public async Task<string> AlignedAsync()
    {
        var apk = PathOf("base.apk");
        await Aapt.PackageAsync(Package("base.apk"), Context);
        await ZipAlign.AlignAsync(apk, PathOf("aligned.apk"), Context);
        return PathOf("aligned.apk");
    }

    public async Task<ApkSignSettings> SigningAsync(string input, string output)
    {
        await Keystores.EnsureAsync(new KeystoreSettings(Keystore, Alias, Password), Context);
        return new ApkSignSettings(input, PathOf(output), Keystore, Alias, Password);
    }

    public void Dispose() => _temp.Dispose();
}
