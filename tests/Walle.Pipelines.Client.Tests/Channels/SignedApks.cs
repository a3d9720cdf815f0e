using System.Buffers.Binary;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>
/// Real APKs made once for the channel tests: <c>aapt package</c> with a stored random asset, <c>zipalign -p 4</c>, test
/// keystores from <c>keytool</c>, and <c>apksigner sign</c> with each scheme combination (v3 with a rotated key, v4 with
/// its <c>.idsig</c>), plus an unsigned APK, an APK with a ZIP comment and an App Bundle.
/// </summary>
public sealed class SignedApks : IAsyncLifetime
{
    private const string Password = "walle-test-pass";
    private const string CommentText = "built by Walle; PK\u0005\u0006 inside a comment must not confuse readers";
    private readonly TempFolder _folder = new();

    public string Unsigned => _folder["unsigned.apk"];
    public string V1 => _folder["v1.apk"];
    public string V1V2 => _folder["v1v2.apk"];
    public string V2 => _folder["v2.apk"];
    public string V2V3 => _folder["v2v3.apk"];
    public string Rotated => _folder["rotated.apk"];
    public string V4 => _folder["v4.apk"];
    public string Commented => _folder["commented.apk"];
    public string Bundle => _folder["bundle.aab"];

    /// <summary>The signed APKs channels go into, by name.</summary>
    public IReadOnlyDictionary<string, string> Signed => new Dictionary<string, string>
    {
        ["v1v2"] = V1V2, ["v2"] = V2, ["v2v3"] = V2V3, ["rotated"] = Rotated, ["commented"] = Commented,
    };

    public async Task InitializeAsync()
    {
        var assets = Directory.CreateDirectory(_folder["assets"]).FullName;
        await File.WriteAllBytesAsync(Path.Combine(assets, "content.bin"), RandomNumberGenerator.GetBytes(300_000));
        await File.WriteAllTextAsync(Path.Combine(assets, "project.manifest"), """{"version":"1.0.0"}""");
        await File.WriteAllTextAsync(_folder["AndroidManifest.xml"], """
            <?xml version="1.0" encoding="utf-8"?>
            <manifest xmlns:android="http://schemas.android.com/apk/res/android" package="com.walle.vega" android:versionCode="7" android:versionName="1.6.0">
              <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="29" />
              <application android:label="Vega" />
            </manifest>
            """);
        var raw = _folder["raw.apk"];
        await AndroidTools.RunAsync("aapt", "package", "-f", "-M", _folder["AndroidManifest.xml"], "-I", AndroidTools.FrameworkRes, "-A", assets, "-0", "bin", "-F", raw);
        await AndroidTools.RunAsync("zipalign", "-f", "-p", "4", raw, Unsigned);

        var key = await KeystoreAsync("release");
        var newKey = await KeystoreAsync("rotated");
        await SignAsync(Unsigned, V1, key, "--v1-signing-enabled", "true", "--v2-signing-enabled", "false", "--v3-signing-enabled", "false");
        await SignAsync(Unsigned, V1V2, key, "--v1-signing-enabled", "true", "--v2-signing-enabled", "true", "--v3-signing-enabled", "false");
        await SignAsync(Unsigned, V2, key, "--v1-signing-enabled", "false", "--v2-signing-enabled", "true", "--v3-signing-enabled", "false");
        await SignAsync(Unsigned, V2V3, key, "--v1-signing-enabled", "false", "--v2-signing-enabled", "true", "--v3-signing-enabled", "true");
        await SignAsync(Unsigned, V4, key, "--v1-signing-enabled", "false", "--v2-signing-enabled", "true", "--v3-signing-enabled", "true", "--v4-signing-enabled", "true");

        var lineage = _folder["lineage.bin"];
        await AndroidTools.RunAsync("apksigner", "rotate", "--out", lineage,
            "--old-signer", "--ks", key, "--ks-pass", "pass:" + Password, "--new-signer", "--ks", newKey, "--ks-pass", "pass:" + Password);
        await AndroidTools.RunAsync("apksigner", "sign", "--ks", key, "--ks-pass", "pass:" + Password,
            "--next-signer", "--ks", newKey, "--ks-pass", "pass:" + Password, "--lineage", lineage,
            "--v1-signing-enabled", "false", "--v2-signing-enabled", "true", "--v3-signing-enabled", "true", "--v4-signing-enabled", "false", "--out", Rotated, Unsigned);

        var withComment = _folder["unsigned-commented.apk"];
        File.Copy(Unsigned, withComment);
        AppendZipComment(withComment, CommentText);
        await SignAsync(withComment, Commented, key, "--v1-signing-enabled", "false", "--v2-signing-enabled", "true", "--v3-signing-enabled", "true");
        if (!File.ReadAllBytes(Commented).AsSpan().EndsWith(Encoding.UTF8.GetBytes(CommentText)))
            throw new InvalidOperationException("apksigner dropped the ZIP comment; the commented-APK tests would test nothing.");

        using (var bundle = ZipFile.Open(Bundle, ZipArchiveMode.Create))
        {
            bundle.CreateEntry("BundleConfig.pb").Open().Dispose();
            using var manifest = new StreamWriter(bundle.CreateEntry("base/manifest/AndroidManifest.xml").Open());
            await manifest.WriteAsync("<manifest/>");
        }
        if (!File.Exists(V4 + ".idsig")) throw new InvalidOperationException($"apksigner made no {V4}.idsig with v4 signing enabled.");
        if (Directory.GetFiles(_folder.Path, "*.idsig").Length != 1) throw new InvalidOperationException("apksigner made .idsig files for APKs signed without v4.");
    }

    public Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>A copy of <paramref name="apk"/> in <paramref name="folder"/> (the fixture's files are shared by all tests).</summary>
    internal static string CopyTo(string apk, TempFolder folder, string? name = null)
    {
        var copy = folder[name ?? Path.GetFileName(apk)];
        File.Copy(apk, copy);
        return copy;
    }

    private async Task<string> KeystoreAsync(string alias)
    {
        var keystore = _folder[alias + ".jks"];
        await AndroidTools.RunAsync("keytool", "-genkeypair", "-keystore", keystore, "-storepass", Password, "-keypass", Password,
            "-alias", alias, "-dname", $"CN=Walle {alias} test", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "3650");
        return keystore;
    }

    /// <summary>apksigner 0.9 turns v4 on by default (an .idsig next to the output): off unless the schemes ask for it.</summary>
    private static Task<string> SignAsync(string input, string output, string keystore, params string[] schemes) =>
        AndroidTools.RunAsync("apksigner", ["sign", "--ks", keystore, "--ks-pass", "pass:" + Password,
            .. schemes.Contains("--v4-signing-enabled") ? schemes : [.. schemes, "--v4-signing-enabled", "false"], "--out", output, input]);

    /// <summary>Gives the ZIP a comment (before signing: the v2 signature covers the end record and its comment).</summary>
    private static void AppendZipComment(string zip, string comment)
    {
        var bytes = File.ReadAllBytes(zip);
        var end = bytes.Length - 22;
        if (BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(end)) != 0x06054b50) throw new InvalidOperationException("aapt wrote a ZIP comment.");
        var text = Encoding.UTF8.GetBytes(comment);
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(end + 20), (ushort)text.Length);
        File.WriteAllBytes(zip, [.. bytes, .. text]);
    }
}

[CollectionDefinition(Name)]
public sealed class SignedApksCollection : ICollectionFixture<SignedApks>
{
    public const string Name = "Signed APKs";
}
