namespace Walle.Pipelines.Client.Android;

/// <summary>Finds the Android framework aapt links against: the newest <c>android.jar</c> of an SDK, else Debian's <c>framework-res.apk</c>.</summary>
public static class AndroidFramework
{
    /// <summary>Debian's package <c>android-framework-res</c> puts it here.</summary>
    public const string DebianFrameworkRes = "/usr/share/android-framework-res/framework-res.apk";

    /// <summary>The framework from <c>ANDROID_HOME</c> (or <c>ANDROID_SDK_ROOT</c>) in <paramref name="environment"/>, else Debian's; null when neither exists.</summary>
    public static string? Find(IReadOnlyDictionary<string, string> environment)
    {
        foreach (var variable in new[] { "ANDROID_HOME", "ANDROID_SDK_ROOT" })
        {
            if (!environment.TryGetValue(variable, out var sdk) || !Directory.Exists(Path.Combine(sdk, "platforms"))) continue;
            var newest = Directory.EnumerateDirectories(Path.Combine(sdk, "platforms"), "android-*")
                .Select(d => (Path: Path.Combine(d, "android.jar"), Level: int.TryParse(Path.GetFileName(d)["android-".Length..], out var n) ? n : -1))
                .Where(p => p.Level >= 0 && File.Exists(p.Path))
                .OrderByDescending(p => p.Level)
                .FirstOrDefault();
            if (newest.Path is not null) return newest.Path;
        }
        return File.Exists(DebianFrameworkRes) ? DebianFrameworkRes : null;
    }
}
