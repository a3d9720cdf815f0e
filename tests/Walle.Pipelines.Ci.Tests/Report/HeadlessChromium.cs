using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Ci.Tests.Report;

/// <summary>Opens a page in Debian's headless Chromium: the DOM after its scripts ran, and what its console logged.</summary>
internal static class HeadlessChromium
{
    private const string Executable = "/usr/bin/chromium";

    public static async Task<(string Dom, IReadOnlyList<string> Console)> OpenAsync(string file)
    {
        if (!File.Exists(Executable)) Assert.Fail("chromium is missing: install it with `apt-get install chromium` (eng/test-tools.sh does).");
        var profile = Directory.CreateTempSubdirectory("walle-chromium-").FullName;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var result = await Cli.Wrap(Executable)
                .WithArguments(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", $"--user-data-dir={profile}", "--enable-logging=stderr", "--v=0", "--dump-dom", new Uri(file).AbsoluteUri])
                .WithValidation(CommandResultValidation.None)
                .ExecuteBufferedAsync(timeout.Token);
            Assert.True(result.ExitCode == 0, $"chromium exited {result.ExitCode}:\n{result.StandardError}");
            var console = result.StandardError.Split('\n').Where(l => l.Contains(":CONSOLE", StringComparison.Ordinal)).ToList();
            return (result.StandardOutput, console);
        }
        finally
        {
            Directory.Delete(profile, recursive: true);
        }
    }
}
