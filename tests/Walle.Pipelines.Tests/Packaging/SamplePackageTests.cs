namespace Walle.Pipelines.Tests.Packaging;

/// <summary>
/// Packs the libraries into a local folder feed and builds the Vega sample against the packages, as a game
/// team consumes them; then runs the sample's build the way <c>./build.sh</c> does.
/// </summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class SamplePackageTests
{
    [Fact]
    public async Task The_sample_builds_and_runs_against_the_packed_libraries()
    {
        var work = Directory.CreateTempSubdirectory("walle-sample-").FullName;
        try
        {
            var feed = Path.Combine(work, "feed");
            // A unique version per run, so that the NuGet cache never serves an older build of the packages.
            var version = $"0.0.1-test.{DateTime.UtcNow:yyyyMMddHHmmss}{Environment.ProcessId}";
            foreach (var project in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.csproj", SearchOption.AllDirectories))
            {
                var (packExit, packOutput) = await ProcessRunner.RunAsync(
                    "dotnet", ["pack", project, "-c", "Release", "-o", feed, $"-p:Version={version}", "-nologo"], RepositoryPaths.Root);
                Assert.True(packExit == 0, packOutput);
            }

            Assert.Contains(Directory.GetFiles(feed, "*.nupkg"), p => Path.GetFileName(p) == $"Walle.Pipelines.{version}.nupkg");

            var game = Path.Combine(work, "Vega");
            CopySample(Path.Combine(RepositoryPaths.Root, "samples", "Vega"), game);
            File.WriteAllText(Path.Combine(game, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="walle-local" value="{feed}" />
                  </packageSources>
                </configuration>
                """);

            var (buildExit, buildOutput) = await ProcessRunner.RunAsync(
                "dotnet", ["build", "build/_build.csproj", "-p:WalleFromPackages=true", $"-p:WalleVersion={version}", "-nologo"], game);
            Assert.True(buildExit == 0, buildOutput);
            Assert.True(File.Exists(Path.Combine(game, "build", "bin", "Walle.Pipelines.dll")));
            Assert.False(Directory.Exists(Path.Combine(game, "build", "obj", "Walle.Pipelines")), "the sample must not build the library sources");

            var (helpExit, help) = await ProcessRunner.RunAsync(Path.Combine(game, "build", "bin", "_build"), ["--help"], game);
            Assert.Equal(0, helpExit);
            Assert.Contains("* Publish", help);
            Assert.Contains("PatchPublish", help);
            Assert.Contains("GrayStart", help);

            // The default pipeline on embedded defaults: sheets, patch published to the folder store, verified.
            var (runExit, run) = await ProcessRunner.RunAsync(Path.Combine(game, "build", "bin", "_build"), [], game);
            Assert.True(runExit == 0, run);
            Assert.Contains("Build succeeded", run);
            Assert.True(File.Exists(Path.Combine(game, "client", "res", "sheets", "ui.plist")), run);
            Assert.Contains("\"version\": \"1.0.0\"", File.ReadAllText(Path.Combine(game, ".nuke", "store", "version.manifest")));

            // Running the same pipeline again changes nothing and still succeeds.
            var (againExit, again) = await ProcessRunner.RunAsync(Path.Combine(game, "build", "bin", "_build"), [], game);
            Assert.True(againExit == 0, again);
            Assert.Contains("already live", again);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static void CopySample(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            var parts = relative.Split(Path.DirectorySeparatorChar);
            if (parts.Any(p => p is "bin" or "obj") || relative.StartsWith(Path.Combine(".nuke", "temp"), StringComparison.Ordinal)) continue;
            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
