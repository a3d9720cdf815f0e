using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Release.Tests.Release;

public class ReleaseAuthorTests
{
    [Fact]
    public async Task The_CI_user_wins()
    {
        Assert.Equal("jenkins-bob", await ReleaseAuthor.DetectAsync(" jenkins-bob ", Path.GetTempPath(), new BuildContext()));
    }

    [Fact]
    public async Task Otherwise_git_user_name_of_the_repository()
    {
        var repo = Directory.CreateTempSubdirectory("walle-author-").FullName;
        try
        {
            await CliWrap.Cli.Wrap("git").WithArguments(["init", "-q", repo]).ExecuteAsync();
            await CliWrap.Cli.Wrap("git").WithArguments(["-C", repo, "config", "user.name", "Carol Release"]).ExecuteAsync();
            Assert.Equal("Carol Release", await ReleaseAuthor.DetectAsync(null, repo, new BuildContext()));
        }
        finally
        {
            Directory.Delete(repo, recursive: true);
        }
    }
}
