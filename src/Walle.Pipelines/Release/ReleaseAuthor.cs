using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Release;

/// <summary>Who is releasing: the CI user (Jenkins' <c>BUILD_USER</c>), else git's <c>user.name</c>, else the login (<c>USER</c>).</summary>
public static class ReleaseAuthor
{
    /// <summary>The release engineer's name for the history.</summary>
    /// <param name="ciUser">The CI user when the build runs on CI (the component passes its <c>BuildUser</c> parameter).</param>
    /// <param name="workingDirectory">Where to ask git.</param>
    /// <param name="context">The run: git runs through its tool runner, the login name comes from its environment.</param>
    /// <param name="cancellationToken">Cancels the git call.</param>
    public static async Task<string> DetectAsync(string? ciUser, string workingDirectory, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (!string.IsNullOrWhiteSpace(ciUser)) return ciUser.Trim();
        try
        {
            var git = await Tool.TryRunAsync(new ToolSettings { Executable = "git", Arguments = ["config", "user.name"], WorkingDirectory = workingDirectory }, context, cancellationToken);
            if (git.ExitCode == 0 && !string.IsNullOrWhiteSpace(git.StandardOutput)) return git.StandardOutput.Trim();
        }
        catch (ToolFailedException)
        {
            // no git on this machine
        }
        var environment = context.Environment;
        var login = environment.GetValueOrDefault("USER") ?? environment.GetValueOrDefault("USERNAME");
        return string.IsNullOrWhiteSpace(login) ? "unknown" : login.Trim();
    }
}
