using LibGit2Sharp;
using Walle.Pipelines.Client.Versioning;

namespace Walle.Pipelines.Client.Tests.Versioning;

public class AppVersionsTests
{
    private static readonly Signature Author = new("Vega CI", "ci@vega.example.com", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero));

    /// <summary>A real repository with <paramref name="commits"/> commits; tags by commit index (1-based).</summary>
    private static string Repository(TempFolder temp, int commits, params (int Commit, string Tag)[] tags)
    {
        var path = LibGit2Sharp.Repository.Init(temp.Path);
        using var repository = new Repository(path);
        for (var i = 1; i <= commits; i++)
        {
            File.WriteAllText(Path.Combine(temp.Path, "file.txt"), i.ToString());
            Commands.Stage(repository, "file.txt");
            var commit = repository.Commit($"commit {i}", Author, Author);
            foreach (var (_, tag) in tags.Where(t => t.Commit == i)) repository.ApplyTag(tag);
        }
        return temp.Path;
    }

    [Fact]
    public void Name_from_the_nearest_tag_and_code_from_the_commit_count_plus_offset()
    {
        using var temp = new TempFolder();
        var folder = Repository(temp, 5, (2, "v1.5.0"), (4, "v1.6.0"), (4, "v1.6.0-rc1"), (5, "server-2.0"));

        var version = AppVersions.Resolve(new AppVersionSettings(folder) { CodeOffset = 1000 });

        Assert.Equal("1.6.0", version.Name);
        Assert.Equal(1005, version.Code);
        using var repository = new Repository(folder);
        Assert.Equal(repository.Head.Tip.Sha, version.GitSha);
    }

    [Fact]
    public void Settings_then_the_build_number_win_over_git()
    {
        using var temp = new TempFolder();
        var folder = Repository(temp, 3, (1, "v1.0.0"));

        Assert.Equal(new AppVersion("2.0.1", 77, version(folder).GitSha), AppVersions.Resolve(new AppVersionSettings(folder) { Name = "2.0.1", Code = 77, BuildNumber = 500 }));
        Assert.Equal(510, AppVersions.Resolve(new AppVersionSettings(folder) { BuildNumber = 500, CodeOffset = 10 }).Code);

        static AppVersion version(string folder) => AppVersions.Resolve(new AppVersionSettings(folder));
    }

    [Fact]
    public void Without_a_tag_or_outside_git_the_missing_part_is_named()
    {
        using var temp = new TempFolder();
        var untagged = Repository(temp, 1);
        Assert.Equal(AppVersionProblem.NoName, Assert.Throws<AppVersionException>(() => AppVersions.Resolve(new AppVersionSettings(untagged))).Problem);

        using var plain = new TempFolder();
        var e = Assert.Throws<AppVersionException>(() => AppVersions.Resolve(new AppVersionSettings(plain.Path) { Name = "1.0.0" }));
        Assert.Equal(AppVersionProblem.NoCode, e.Problem);
        Assert.Contains("not in a git repository", e.Message);
        Assert.Null(AppVersions.Resolve(new AppVersionSettings(plain.Path) { Name = "1.0.0", Code = 3 }).GitSha);
    }

    [Theory]
    [InlineData("1.6.0-beta")]
    [InlineData("v1.6.0")]
    [InlineData("1.2.3.4.5")]
    public void A_name_that_is_not_numeric_is_refused(string name)
    {
        using var temp = new TempFolder();
        var e = Assert.Throws<AppVersionException>(() => AppVersions.Resolve(new AppVersionSettings(temp.Path) { Name = name, Code = 1 }));
        Assert.Equal(AppVersionProblem.BadName, e.Problem);
        Assert.Contains(name, e.Message);
    }

    [Fact]
    public void A_code_that_is_not_positive_is_refused()
    {
        using var temp = new TempFolder();
        Assert.Equal(AppVersionProblem.NoCode, Assert.Throws<AppVersionException>(() => AppVersions.Resolve(new AppVersionSettings(temp.Path) { Name = "1.0", Code = 0 })).Problem);
    }
}
