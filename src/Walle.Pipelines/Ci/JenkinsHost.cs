using System.Globalization;

namespace Walle.Pipelines.Ci;

/// <summary>
/// The Jenkins build this process runs in, read from the variables Jenkins sets for every build step. Read it with
/// <see cref="Detect"/> from a run's <c>BuildContext.Environment</c>: null outside Jenkins.
/// </summary>
/// <param name="Url">JENKINS_URL: the Jenkins server's address.</param>
/// <param name="BuildNumber">BUILD_NUMBER: the job's build counter; a client's version code is read from it.</param>
/// <param name="BuildUrl">BUILD_URL: this build's page, ending in a slash.</param>
/// <param name="JobName">JOB_NAME: the job's full name, folders included (e.g. <c>vega/release</c>).</param>
/// <param name="BranchName">BRANCH_NAME: the branch of a multibranch pipeline, or null.</param>
/// <param name="ChangeId">CHANGE_ID: the pull request's number of a change build, or null.</param>
/// <param name="GitCommit">GIT_COMMIT: the commit checked out, or null.</param>
/// <param name="NodeName">NODE_NAME: the agent running this step (<c>built-in</c> for the controller).</param>
/// <param name="Workspace">WORKSPACE: the step's workspace folder on the agent.</param>
/// <param name="ExecutorNumber">EXECUTOR_NUMBER: which executor of the agent runs this step.</param>
public sealed record JenkinsHost(
    string Url,
    int BuildNumber,
    string? BuildUrl,
    string? JobName,
    string? BranchName,
    string? ChangeId,
    string? GitCommit,
    string? NodeName,
    string? Workspace,
    int? ExecutorNumber)
{
    /// <summary>The build's archived artifacts page (<c>BUILD_URL</c> + <c>artifact/</c>), or null without a build URL.</summary>
    public string? ArtifactsUrl => BuildUrl is null ? null : BuildUrl.TrimEnd('/') + "/artifact/";

    /// <summary>True for a pull-request build (<c>CHANGE_ID</c> set).</summary>
    public bool IsChangeBuild => ChangeId is not null;

    /// <summary>
    /// The Jenkins build described by <paramref name="environment"/>, or null when it is not one (no <c>JENKINS_URL</c>).
    /// A <c>BUILD_NUMBER</c> that is missing or not a positive number is an error: the version code would be wrong.
    /// </summary>
    /// <exception cref="FormatException">JENKINS_URL is set but BUILD_NUMBER or EXECUTOR_NUMBER is not a number.</exception>
    public static JenkinsHost? Detect(IReadOnlyDictionary<string, string> environment)
    {
        string? Get(string name) => environment.TryGetValue(name, out var value) && value.Length > 0 ? value : null;
        if (Get("JENKINS_URL") is not { } url) return null;
        var number = Get("BUILD_NUMBER");
        if (number is null || !int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var buildNumber) || buildNumber <= 0)
            throw new FormatException($"JENKINS_URL is set ({url}) but BUILD_NUMBER is '{number ?? "(unset)"}', not a positive whole number; Jenkins sets it for every build step.");
        var executor = Get("EXECUTOR_NUMBER");
        int? executorNumber = executor is null ? null
            : int.TryParse(executor, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) ? parsed
            : throw new FormatException($"EXECUTOR_NUMBER is '{executor}', not a whole number.");
        return new JenkinsHost(url, buildNumber, Get("BUILD_URL"), Get("JOB_NAME"), Get("BRANCH_NAME"), Get("CHANGE_ID"), Get("GIT_COMMIT"),
            Get("NODE_NAME"), Get("WORKSPACE"), executorNumber);
    }

    /// <summary>
    /// <see cref="Detect"/>, but null when the Jenkins variables are malformed: for what only shows the build (a report,
    /// a notification), where a broken <c>BUILD_NUMBER</c> is the version code's problem, not theirs.
    /// </summary>
    internal static JenkinsHost? TryDetect(IReadOnlyDictionary<string, string> environment)
    {
        try
        {
            return Detect(environment);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
