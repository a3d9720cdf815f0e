namespace Walle.Pipelines.Client.Android;

/// <summary>An unsigned base APK: the manifest and resources compiled by <c>aapt package</c>, then the assets and native libraries.</summary>
/// <param name="Manifest">The <c>AndroidManifest.xml</c>.</param>
/// <param name="Framework">The Android framework to link against: an SDK's <c>platforms/android-N/android.jar</c> or a <c>framework-res.apk</c>.</param>
/// <param name="Output">The APK to write (replaced only when packaging succeeds).</param>
public sealed record AaptPackageSettings(string Manifest, string Framework, string Output)
{
    /// <summary>The resources folder (<c>res/</c>), when the app has one.</summary>
    public string? Resources { get; init; }

    /// <summary>The assets folder: the game's content, bundled as <c>assets/</c>.</summary>
    public string? Assets { get; init; }

    /// <summary>A folder of native libraries by ABI (<c>arm64-v8a/libgame.so</c>), bundled as <c>lib/&lt;abi&gt;/</c>.</summary>
    public string? NativeLibraries { get; init; }

    /// <summary>File extensions stored uncompressed (already-compressed media; the hot-update content is read in place).</summary>
    public IReadOnlyList<string> NoCompress { get; init; } = ["png", "jpg", "mp3", "ogg", "zip"];

    /// <summary>The aapt executable.</summary>
    public string Executable { get; init; } = "aapt";
}
