using CliWrap;
using Serilog;
using Walle.Pipelines.Engine;

namespace Walle.Build;

/// <summary>Walle's own build: compile, test and pack the libraries.</summary>
internal sealed class Build : WalleBuild
{
    public static int Main() => Execute<Build>(x => x.Pack);

    [Parameter("Configuration to build")] readonly string Configuration = "Release";
    [Parameter("Package version")] readonly string PackageVersion = "0.1.0";

    string Solution => Path.Combine(RootDirectory, "Walle.slnx");
    string PackagesDirectory => Path.Combine(RootDirectory, "artifacts", "packages");

    Target Clean => _ => _
        .Description("Deletes bin/, obj/ and artifacts/")
        .Before(Restore)
        .Executes(() =>
        {
            foreach (var folder in new[] { "src", "tests", "benchmarks" }.Select(f => Path.Combine(RootDirectory, f)).Where(Directory.Exists)
                         .SelectMany(f => Directory.EnumerateDirectories(f, "*", SearchOption.AllDirectories))
                         .Where(d => Path.GetFileName(d) is "bin" or "obj").ToList())
                if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
            if (Directory.Exists(Path.Combine(RootDirectory, "artifacts"))) Directory.Delete(Path.Combine(RootDirectory, "artifacts"), recursive: true);
        });

    Target Restore => _ => _
        .Description("Restores NuGet packages")
        .Executes(ct => DotNet.RunAsync(Context, ["restore", Solution], RootDirectory, ct));

    Target Compile => _ => _
        .Description("Builds the solution")
        .DependsOn(Restore)
        .Executes(ct => DotNet.RunAsync(Context, ["build", Solution, "-c", Configuration, "--no-restore", $"-p:Version={PackageVersion}"], RootDirectory, ct));

    Target Test => _ => _
        .Description("Runs unit and integration tests (integration tests need the services eng/test.sh starts)")
        .DependsOn(Compile)
        .Executes(ct => DotNet.RunAsync(Context, ["test", Solution, "-c", Configuration, "--no-build"], RootDirectory, ct));

    Target Pack => _ => _
        .Description("Packs the libraries into artifacts/packages")
        .DependsOn(Compile)
        .After(Test)
        .Produces("artifacts/packages/*.nupkg")
        .Executes(async ct =>
        {
            await DotNet.RunAsync(Context,
                ["pack", Solution, "-c", Configuration, "--no-build", "-o", PackagesDirectory, $"-p:Version={PackageVersion}"], RootDirectory, ct);
            foreach (var package in Directory.GetFiles(PackagesDirectory, "*.nupkg").Order())
                Log.Information("Packed {Package}", Path.GetFileName(package));
        });
}
