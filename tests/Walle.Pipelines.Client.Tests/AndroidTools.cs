using System.Text.RegularExpressions;
using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Client.Tests;

/// <summary>The real Debian tools (aapt, zipalign, apksigner, keytool, lua5.4); a missing one fails the test saying what to install (never a skip).</summary>
internal static partial class AndroidTools
{
    public const string FrameworkRes = "/usr/share/android-framework-res/framework-res.apk";

    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        Require(tool);
        var result = await Cli.Wrap(tool).WithArguments(arguments).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        if (result.ExitCode != 0)
            throw new InvalidOperationException($"{tool} {string.Join(' ', arguments)} exited with {result.ExitCode}: {result.StandardOutput}{result.StandardError}");
        return result.StandardOutput + result.StandardError;
    }

    /// <summary><c>apksigner verify -v</c>: the schemes it verified with; fails the test when the APK does not verify.</summary>
    public static async Task<SortedSet<string>> VerifiedSchemesAsync(string apk)
    {
        Require("apksigner");
        var result = await Cli.Wrap("apksigner").WithArguments(["verify", "-v", apk]).WithValidation(CommandResultValidation.None).ExecuteBufferedAsync();
        var output = result.StandardOutput + result.StandardError;
        Assert.True(result.ExitCode == 0, $"apksigner verify {apk} failed ({result.ExitCode}):\n{output}");
        Assert.Contains("Verifies", output);
        return new SortedSet<string>(Verified().Matches(output).Select(m => m.Groups[1].Value), StringComparer.Ordinal);
    }

    /// <summary>The tool's path on PATH.</summary>
    public static string Require(string tool)
    {
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, tool)).FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException($"{tool} is not installed. Run eng/test-tools.sh (Debian: apt-get install aapt zipalign apksigner android-framework-res openjdk-17-jdk-headless lua5.4).");
        if (tool == "aapt" && !File.Exists(FrameworkRes))
            throw new InvalidOperationException($"{FrameworkRes} is missing. Run eng/test-tools.sh (Debian: apt-get install android-framework-res).");
        return found;
    }

    [GeneratedRegex(@"Verified using (v[0-9.]+) scheme[^:]*: true")]
    private static partial Regex Verified();
}
