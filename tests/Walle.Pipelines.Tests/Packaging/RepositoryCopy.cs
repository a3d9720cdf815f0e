using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Tests.Packaging;

/// <summary>
/// A fresh copy of the repository's files (what <c>git ls-files</c> lists, tracked or new, never build output) in a
/// temporary folder, as a new user's clone: tests run its bootstraps as real processes without touching the checkout.
/// </summary>
public sealed class RepositoryCopy : IDisposable
{
    public RepositoryCopy()
    {
        Root = Directory.CreateTempSubdirectory("walle-clone-").FullName;
        var files = Cli.Wrap("git").WithArguments(["ls-files", "-z", "--cached", "--others", "--exclude-standard"])
            .WithWorkingDirectory(RepositoryPaths.Root).ExecuteBufferedAsync().GetAwaiter().GetResult().StandardOutput;
        foreach (var file in files.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            var source = Path.Combine(RepositoryPaths.Root, file);
            if (!File.Exists(source)) continue; // deleted in the work tree, not yet committed
            var target = Path.Combine(Root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target); // keeps the mode, so build.sh stays executable
        }

        Directory.CreateDirectory(Path.Combine(Root, ".nuke"));
        Directory.CreateDirectory(Path.Combine(Root, "samples", "Vega", ".nuke"));
    }

    public string Root { get; }

    public string Sample => Path.Combine(Root, "samples", "Vega");

    public void Dispose() => Directory.Delete(Root, recursive: true);
}

/// <summary>
/// Tests that run real processes which compile (bootstraps, packs, the sample): one at a time, beside the in-process
/// tests, which run in parallel. On two cores, compiles side by side made the whole project slower (4:06 against 3:04).
/// </summary>
[CollectionDefinition(Name)]
public sealed class RepositoryCopyCollection : ICollectionFixture<RepositoryCopy>
{
    public const string Name = "repository copy";
}
