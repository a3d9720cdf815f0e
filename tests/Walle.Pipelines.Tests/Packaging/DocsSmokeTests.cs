using System.Text.RegularExpressions;

namespace Walle.Pipelines.Tests.Packaging;

/// <summary>
/// Every <c>```bash smoke</c> block of README.md and of each page under docs/ runs as written, in order, from the
/// repository root of a fresh copy, against the sample on its embedded defaults (the folder store): the README cannot
/// drift from what the code does. Each file starts from a clean sample (no store, no caches, no sheets).
/// </summary>
[Collection(RepositoryCopyCollection.Name)]
public sealed partial class DocsSmokeTests(RepositoryCopy copy)
{
    public static TheoryData<string> Files()
    {
        var files = new TheoryData<string> { "README.md" };
        foreach (var page in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "docs"), "*.md").Order(StringComparer.Ordinal))
            files.Add("docs/" + Path.GetFileName(page));
        return files;
    }

    [Fact]
    public void The_readme_and_every_capability_page_have_smoke_blocks()
    {
        Assert.NotEmpty(Blocks("README.md"));
        foreach (var page in new[] { "engine", "parameters", "sheets", "patch", "release", "client", "ui" })
            Assert.True(Blocks($"docs/{page}.md").Count > 0, $"docs/{page}.md has no ```bash smoke block");
    }

    [Theory]
    [MemberData(nameof(Files))]
    public async Task Smoke_blocks_run_as_written(string file)
    {
        ResetSample();
        var blocks = Blocks(file);
        for (var i = 0; i < blocks.Count; i++)
        {
            var (exit, output) = await ProcessRunner.RunAsync("bash", ["-e", "-o", "pipefail", "-c", blocks[i]], copy.Root);
            Assert.True(exit == 0, $"{file}, smoke block {i + 1} exited {exit}:\n{blocks[i]}\n--- output ---\n{output}");
        }
    }

    private List<string> Blocks(string file) =>
        SmokeBlock().Matches(File.ReadAllText(Path.Combine(copy.Root, file))).Select(m => m.Groups[1].Value).ToList();

    /// <summary>The sample as cloned: no store, caches, keys, sheets, layouts, artifacts or scratch files; the compiled build is kept.</summary>
    private void ResetSample()
    {
        var nuke = Path.Combine(copy.Sample, ".nuke");
        foreach (var folder in new[] { Path.Combine(nuke, "store"), Path.Combine(nuke, "cache"), Path.Combine(nuke, "keys"), Path.Combine(copy.Sample, "client", "res", "sheets"), Path.Combine(copy.Sample, "client", "res", "layouts"), Path.Combine(copy.Sample, "artifacts") })
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var temp = Path.Combine(nuke, "temp");
        if (Directory.Exists(temp))
            foreach (var entry in Directory.EnumerateFileSystemEntries(temp).Where(e => Path.GetFileName(e) != "build.stamp"))
                if (Directory.Exists(entry)) Directory.Delete(entry, recursive: true);
                else File.Delete(entry);
    }

    [GeneratedRegex(@"^```bash smoke\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex SmokeBlock();
}
