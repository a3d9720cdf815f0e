using System.Diagnostics;

namespace Walle.Pipelines.Tests.Packaging;

/// <summary>SIGTERM, what Jenkins sends on abort, handled like Ctrl-C by a real build process.</summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed class SignalTests(RepositoryCopy copy)
{
    private const string BuildSource = """
        using Walle.Pipelines.Engine;

        class Build : WalleBuild
        {
            public static int Main() => Execute<Build>(x => x.Wait);

            Target Wait => _ => _.Executes(async cancellationToken =>
            {
                var scratch = Path.Combine(TemporaryDirectory, "half-done.tmp");
                File.WriteAllText(scratch, "work in progress");
                try
                {
                    await Task.Delay(Timeout.Infinite, cancellationToken);
                }
                finally
                {
                    File.Delete(scratch);
                }
            });

            Target After => _ => _.DependsOn(Wait).Executes(() => File.WriteAllText(Path.Combine(TemporaryDirectory, "after.txt"), ""));
        }
        """;

    // SIGINT is covered in-process (ExecutionTests): a process started in the background by a non-interactive shell,
    // as test runners and CI scripts often are, inherits SIGINT ignored and cannot take it back.
    [Fact]
    public async Task Sigterm_cancels_the_running_target_writes_the_summary_and_cleans_up()
    {
        var program = await CompileAsync();
        var root = Path.GetDirectoryName(Path.GetDirectoryName(Path.GetDirectoryName(program)))!;
        var temp = Path.Combine(root, ".nuke", "temp");
        if (Directory.Exists(temp)) Directory.Delete(temp, recursive: true);

        using var process = Process.Start(new ProcessStartInfo(program, ["After"])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root, Environment = { ["NO_COLOR"] = "1" },
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        // The target is running once its scratch file exists.
        var scratch = Path.Combine(temp, "half-done.tmp");
        for (var waited = 0; !File.Exists(scratch) && !process.HasExited && waited < 600; waited++) await Task.Delay(100);
        if (!File.Exists(scratch)) Assert.Fail("the target never started:\n" + await output + await errors);

        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])!) await kill.WaitForExitAsync();
        var exited = process.WaitForExitAsync();
        if (await Task.WhenAny(exited, Task.Delay(TimeSpan.FromMinutes(1))) != exited) process.Kill();
        await exited;

        var printed = await output + await errors;
        Assert.True(process.ExitCode == 143, $"exit {process.ExitCode}\n{printed}");
        Assert.Contains("Build cancelled", printed);
        Assert.Contains("\"status\": \"cancelled\"", File.ReadAllText(Path.Combine(temp, "build-summary.json")));
        Assert.False(File.Exists(Path.Combine(temp, "half-done.tmp")), "the target's finally block must run");
        Assert.False(File.Exists(Path.Combine(temp, "after.txt")), "nothing runs after a cancellation");
    }

    private static readonly SemaphoreSlim Compiling = new(1, 1);

    /// <summary>A one-target build in the repository copy, compiled once against its sources.</summary>
    private async Task<string> CompileAsync()
    {
        var folder = Path.Combine(copy.Root, "scratch", "signal");
        var program = Path.Combine(folder, "build", "bin", "_build");
        await Compiling.WaitAsync();
        try
        {
            if (File.Exists(program)) return program;
            Directory.CreateDirectory(Path.Combine(folder, ".nuke"));
            Directory.CreateDirectory(Path.Combine(folder, "build"));
            File.WriteAllText(Path.Combine(folder, "build", "Build.cs"), BuildSource);
            File.WriteAllText(Path.Combine(folder, "build", "_build.csproj"), """
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <OutputType>Exe</OutputType>
                    <IsPackable>false</IsPackable>
                    <OutputPath>bin/</OutputPath>
                    <AppendTargetFrameworkToOutputPath>false</AppendTargetFrameworkToOutputPath>
                  </PropertyGroup>
                  <ItemGroup><ProjectReference Include="../../../src/Walle.Pipelines/Walle.Pipelines.csproj" /></ItemGroup>
                </Project>
                """);
            var (exit, output) = await ProcessRunner.RunAsync("dotnet", ["build", Path.Combine(folder, "build"), "-nologo", "-v:quiet"], folder);
            Assert.True(exit == 0, output);
            return program;
        }
        finally
        {
            Compiling.Release();
        }
    }
}
