namespace Walle.Pipelines.Ci;

/// <summary>
/// How <see cref="Jenkinsfile"/> renders a build's plan as a declarative pipeline. Everything a team would otherwise
/// hand-edit in the generated file is here, so the file is regenerated, never edited.
/// </summary>
public sealed record JenkinsfileSettings
{
    /// <summary>The command that regenerates the file, written into its header.</summary>
    public string RegenerateCommand { get; init; } = "./build.sh GenerateJenkinsfile";

    /// <summary>How each stage starts the build: <c>./build.sh &lt;targets&gt; --skip</c>.</summary>
    public string BuildCommand { get; init; } = "./build.sh";

    /// <summary>Words added after <c>--skip</c> in every stage's command, e.g. <c>--profile jenkins</c>.</summary>
    public IReadOnlyList<string> BuildArguments { get; init; } = [];

    /// <summary>The Jenkins label expression per <c>RunsOn</c> label; a label not listed is used as it is.</summary>
    public IReadOnlyDictionary<string, string> AgentLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>The label expression for targets without <c>RunsOn</c>; null means <c>agent any</c>.</summary>
    public string? DefaultAgent { get; init; }

    /// <summary>The Jenkins credentials id of each <c>[Secret]</c> parameter, by parameter name; every secret a stage reads needs one.</summary>
    public IReadOnlyDictionary<string, string> Credentials { get; init; } = new Dictionary<string, string>();

    /// <summary>The default value of a Jenkins parameter, by parameter name (otherwise empty: the build's own default applies).</summary>
    public IReadOnlyDictionary<string, string> ParameterDefaults { get; init; } = new Dictionary<string, string>();

    /// <summary>Parameters left out of <c>parameters { }</c>, by name; a hidden <c>[Secret]</c> is bound in no stage (e.g. a chat robot the job does not use).</summary>
    public IReadOnlyList<string> HiddenParameters { get; init; } = [];

    /// <summary>Variables of the pipeline's <c>environment { }</c>, in order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Environment { get; init; } = [];

    /// <summary>Lines of the pipeline's <c>options { }</c>, as Groovy.</summary>
    public IReadOnlyList<string> Options { get; init; } =
        ["timeout(time: 2, unit: 'HOURS')", "buildDiscarder(logRotator(numToKeepStr: '30'))", "disableConcurrentBuilds()"];

    /// <summary>Lines of the pipeline's <c>triggers { }</c>, as Groovy (e.g. <c>cron('H 4 * * *')</c>); none by default.</summary>
    public IReadOnlyList<string> Triggers { get; init; } = [];

    /// <summary>Stages of your own before the build's stages.</summary>
    public IReadOnlyList<JenkinsStage> StagesBefore { get; init; } = [];

    /// <summary>Stages of your own after the build's stages.</summary>
    public IReadOnlyList<JenkinsStage> StagesAfter { get; init; } = [];

    /// <summary>Steps (Groovy) of the pipeline's <c>post { failure { } }</c>, e.g. a mail step; they run without an agent.</summary>
    public IReadOnlyList<string> OnFailure { get; init; } = ["echo \"Failed: each stage's build report is archived under .nuke/temp/stages/ at ${env.BUILD_URL}artifact/\""];

    /// <summary>Steps (Groovy) of the pipeline's <c>post { always { } }</c>; they run without an agent.</summary>
    public IReadOnlyList<string> Always { get; init; } = ["echo \"Build reports and artifacts: ${env.BUILD_URL}artifact/\""];

    /// <summary>Files every stage archives after it ran, whatever its result (the HTML report, the summary, the log).</summary>
    public IReadOnlyList<string> Archive { get; init; } = [".nuke/temp/build-report.html", ".nuke/temp/build-summary.json", ".nuke/temp/build.log"];
}

/// <summary>A stage of your own in the generated pipeline.</summary>
/// <param name="Name">The stage's name (unique in the pipeline).</param>
/// <param name="Steps">Its steps, as Groovy, e.g. <c>sh 'git fetch --tags'</c>.</param>
public sealed record JenkinsStage(string Name, IReadOnlyList<string> Steps)
{
    /// <summary>The label expression of its agent; null for the settings' <see cref="JenkinsfileSettings.DefaultAgent"/>.</summary>
    public string? Agent { get; init; }
}
