using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Release;

/// <summary>Who is releasing: the CI user (Jenkins' <c>BUILD_USER</c>), else git's <c>user.name</c>, else the login (<c>USER</c>).</summary>
public static class ReleaseAuthor
{
    /// <summary>The release engineer's name for the history.</summary>
    /// <param name="ciUser">The CI user when the build runs on CI (the component passes its <c>BuildUser</c> parameter).</param>
    /// <param name="workingDirectory">Where to ask git.</param>
    /// <param name="cancellationToken">Cancels the git call.</param>
    public static async Task<string> DetectAsync(string? ciUser, string workingDirectory, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(ciUser)) return ciUser.Trim();
        try
        {
            var git = await Cli.Wrap("git").WithArguments(["config", "user.name"]).WithWorkingDirectory(workingDirectory)
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellationToken);
            if (git.ExitCode == 0 && !string.IsNullOrWhiteSpace(git.StandardOutput)) return git.StandardOutput.Trim();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // no git on this machine
        }
        var login = Environment.GetEnvironmentVariable("USER") ?? Environment.GetEnvironmentVariable("USERNAME") ?? Environment.UserName;
        return string.IsNullOrWhiteSpace(login) ? "unknown" : login.Trim();
    }
}
