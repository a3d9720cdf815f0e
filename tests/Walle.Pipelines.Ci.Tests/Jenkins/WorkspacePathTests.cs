using Walle.Pipelines.Ci;

namespace Walle.Pipelines.Ci.Tests.Jenkins;

public sealed class WorkspacePathTests
{
    [Theory]
    [InlineData("/repo/artifacts/client.apk", "artifacts/client.apk")]
    [InlineData("/repo/..build/out.zip", "..build/out.zip")]   // a folder whose name starts with two dots is inside
    [InlineData("/repo", ".")]
    public void A_path_inside_the_repository_is_given_relative_to_it(string path, string expected) =>
        Assert.Equal(expected, WorkspacePath.Of("/repo", path));

    [Theory]
    [InlineData("/elsewhere/Jenkinsfile")]
    [InlineData("/repo/../Jenkinsfile")]
    [InlineData("/")]
    public void A_path_outside_the_repository_is_null(string path) => Assert.Null(WorkspacePath.Of("/repo", path));
}
