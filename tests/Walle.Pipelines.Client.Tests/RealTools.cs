namespace Walle.Pipelines.Client.Tests;

/// <summary>The real Android tools the tests drive; a missing one fails the test with how to install it (never a skip).</summary>
public static class RealTools
{
    public static string Require(string name)
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
        {
            var path = Path.Combine(folder, name);
            if (File.Exists(path)) return path;
        }
        throw new InvalidOperationException($"'{name}' is not installed: run 'sudo bash eng/test-tools.sh' (Debian packages aapt zipalign apksigner android-framework-res openjdk-17-jdk-headless lua5.4).");
    }

    public static string Framework
    {
        get
        {
            const string path = Client.Android.AndroidFramework.DebianFrameworkRes;
            return File.Exists(path) ? path : throw new InvalidOperationException($"{path} is missing: run 'sudo bash eng/test-tools.sh' (Debian package android-framework-res).");
        }
    }
}
