using System.Formats.Tar;
using Docker.DotNet.Models;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Server.Tests;

public sealed class DockerIgnoreTests
{
    [Theory]
    [InlineData("*.log", "a.log", true)]
    [InlineData("*.log", "sub/a.log", false)]          // '*' stays within one segment, anchored at the root
    [InlineData("**/*.log", "sub/deep/a.log", true)]
    [InlineData("build/", "build/out/x.o", true)]       // a matching parent folder excludes everything under it
    [InlineData("/secret.txt", "secret.txt", true)]     // a leading '/' is dropped
    [InlineData("?.bin", "xy.bin", false)]
    [InlineData("docs/**/*.md", "docs/a.md", true)]     // '**/' may match no folder at all
    [InlineData("  spaced.txt  ", "spaced.txt", true)]
    [InlineData("a/../b.txt", "b.txt", true)]           // patterns are cleaned like paths
    public void MatchesLikeDocker(string pattern, string path, bool excluded) =>
        Assert.Equal(excluded, DockerIgnore.Parse(pattern).IsExcluded(path));

    [Fact]
    public void LastMatchingLineWins()
    {
        var ignore = DockerIgnore.Parse("*.log\n!keep.log\n# a comment\nkeep.log.bak\n");
        Assert.True(ignore.IsExcluded("a.log"));
        Assert.False(ignore.IsExcluded("keep.log"));
        Assert.True(ignore.IsExcluded("keep.log.bak"));
        Assert.False(ignore.IsExcluded("# a comment"));
        Assert.True(DockerIgnore.Parse("*.log\n!keep.log\nkeep.log").IsExcluded("keep.log"));
    }

    [Fact]
    public async Task ContextSendsTheSameFilesAsDockerBuild()
    {
        using var folder = TestEngine.Folder();
        folder.Write("Dockerfile", "FROM scratch\nCOPY . /ctx/\n");
        folder.Write(".dockerignore", string.Join('\n',
            "# Docker's rules, exercised", "*.log", "!keep.log", "build/", "!build/keep/**", "docs/**/*.md", "**/tmp",
            "/secret.txt", "src/*/generated", "sp ace.txt", "?.bin", "Dockerfile", "  trailing.txt  ", "[ab].dat"));
        foreach (var file in new[]
                 {
                     "a.log", "keep.log", "b.txt", "build/out.o", "build/keep/k.txt", "docs/x.md", "docs/a/b/y.md", "docs/a/z.txt",
                     "src/tmp/t", "tmp/u", "secret.txt", "src/m/generated/g.c", "src/m/main.c", "sp ace.txt", "x.bin", "xy.bin",
                     "sub/Dockerfile", "sub/secret.txt", "trailing.txt", "a.dat", "c.dat", "ünï cødé.txt", "deep/er/x.log",
                 })
            folder.Write(file, file);
        File.CreateSymbolicLink(Path.Combine(folder.Path, "link"), "b.txt");

        var settings = new ServerImageSettings([new ServerImage("ignore-check", folder.Path)], TestEngine.Registry, "walle-tests", "ignore", "0000000")
        { Engine = TestEngine.Engine };
        var context = TestEngine.Context(out _);
        await ServerImages.BuildAsync(settings, context, CancellationToken.None);
        var cli = TestEngine.Run("docker", "build", "-q", "-t", "walle-tests/ignore-cli:1", folder.Path);
        Assert.True(cli.ExitCode == 0, cli.Output);

        var ours = await ListCtxAsync($"{TestEngine.Registry}/walle-tests/ignore-check:ignore");
        var docker = await ListCtxAsync("walle-tests/ignore-cli:1");
        Assert.Equal(docker, ours);
        Assert.Contains("ctx/keep.log", ours);
        Assert.Contains("ctx/build/keep/k.txt", ours);
        Assert.DoesNotContain("ctx/a.log", ours);
    }

    private static async Task<List<string>> ListCtxAsync(string image)
    {
        using var client = DockerEngine.Open(TestEngine.Engine);
        var created = await client.Containers.CreateContainerAsync(new CreateContainerParameters { Image = image, Cmd = ["/none"] });
        try
        {
            await using var export = await client.Containers.ExportContainerAsync(created.ID);
            await using var reader = new TarReader(export);
            var names = new List<string>();
            while (await reader.GetNextEntryAsync() is { } entry)
                if (entry.Name.StartsWith("ctx/", StringComparison.Ordinal)) names.Add($"{entry.Name.TrimEnd('/')} {entry.EntryType}");
            names.Sort(StringComparer.Ordinal);
            return names.Select(n => n[..n.LastIndexOf(' ')] is var name && n.EndsWith("SymbolicLink", StringComparison.Ordinal) ? name + " ->" : n[..n.LastIndexOf(' ')]).ToList();
        }
        finally
        {
            await client.Containers.RemoveContainerAsync(created.ID, new ContainerRemoveParameters { Force = true });
        }
    }
}
