using System.Diagnostics;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>Debian's <c>flatc</c> (package flatbuffers-compiler), run for real; a missing flatc fails the test with what to install.</summary>
internal static class Flatc
{
    public static string Executable { get; } = Find();

    private static string Find()
    {
        foreach (var folder in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, "flatc");
            if (File.Exists(candidate)) return candidate;
        }
        throw new InvalidOperationException(
            "flatc is not installed: the .csb tests decode layouts with it. Install the Debian package flatbuffers-compiler " +
            "(sudo apt-get install flatbuffers-compiler, or run eng/test-tools.sh).");
    }

    /// <summary>Decodes binaries with <paramref name="schema"/> (and <paramref name="rootType"/> when given) into JSON texts, in order.</summary>
    public static IReadOnlyList<string> ToJson(string schema, IReadOnlyList<string> binaries, string outputFolder, string? rootType = null)
    {
        Directory.CreateDirectory(outputFolder);
        var start = new ProcessStartInfo(Executable) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--json", "--raw-binary", "--strict-json", "--defaults-json", "-o", outputFolder }) start.ArgumentList.Add(a);
        if (rootType is not null) { start.ArgumentList.Add("--root-type"); start.ArgumentList.Add(rootType); }
        start.ArgumentList.Add(schema);
        start.ArgumentList.Add("--");
        foreach (var b in binaries) start.ArgumentList.Add(b);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var errors = string.Join("\n", stderr.Split('\n').Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.StartsWith("  ", StringComparison.Ordinal) && !l.Contains("warning", StringComparison.Ordinal)));
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"flatc could not decode {string.Join(", ", binaries.Select(Path.GetFileName))} (exit {process.ExitCode}): {errors}{stdout.Result}");
        return binaries.Select(b => File.ReadAllText(Path.Combine(outputFolder, Path.GetFileNameWithoutExtension(b) + ".json"))).ToList();
    }
}
