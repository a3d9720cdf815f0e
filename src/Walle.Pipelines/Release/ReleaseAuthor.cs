using CliWrap;
using CliWrap.Buffered;

namespace Walle.Pipelines.Release;

/// <summary>Who is releasing: the CI user (<c>BUILD_USER</c>), else git's <c>user.name</c>, else the login (<c>USER</c>).</summary>
public static class ReleaseAuthor
{
    /// <summary>The release engineer's name for the history.</summary>
    public static async Task<string> DetectAsync(string workingDirectory, CancellationToken cancellationToken = default)
    {
        var ci = Environment.GetEnvironmentVariable("BUILD_USER");
        if (!string.IsNullOrWhiteSpace(ci)) return ci.Trim();
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
