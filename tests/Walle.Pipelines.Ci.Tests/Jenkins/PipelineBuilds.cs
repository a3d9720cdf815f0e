using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci.Tests.Jenkins;

/// <summary>The packer a test build chooses (an enum parameter becomes a Jenkins choice).</summary>
public enum TestPacker
{
    /// <summary>Built in.</summary>
    Builtin,

    /// <summary>Licensed.</summary>
    TexturePacker,
}

/// <summary>
/// A studio-shaped build: Compile anywhere; Sheets then SheetsCheck on the TexturePacker hosts (a chain, one stage);
/// Android, Ios and Image on their agents, consuming the sheets; Publish last, reading a secret.
/// </summary>
internal class StudioBuild : WalleBuild, IJenkins
{
    [Parameter("Version name shown to players")] public readonly string? GameVersion = null;
    [Parameter("Skip the slow checks")] public readonly bool Fast = false;
    [Parameter("Sheet packer")] public readonly TestPacker? Packer = null;
    [Parameter("Store key"), Secret] public readonly string? StoreKey = null;

    public Target Compile => _ => _.Executes(() => { });
    public Target Sheets => _ => _.RunsOn("texturepacker").Uses("texturepacker").Executes(() => { });
    public Target SheetsCheck => _ => _.DependsOn(Sheets).RunsOn("texturepacker").Produces("client/res/sheets/**").Executes(() => { });
    public Target Android => _ => _.DependsOn(Compile).Consumes(SheetsCheck).RunsOn("android").Uses("gradle-cache", 2).Executes(() => { });
    public Target Ios => _ => _.DependsOn(Compile).Consumes(SheetsCheck).RunsOn("macos").Produces("out/ios/*.ipa").Executes(() => { });
    public Target Image => _ => _.DependsOn(Compile).RunsOn("docker").Executes(() => { });
    public Target Publish => _ => _.DependsOn(Android, Ios, Image).Executes(() => { });

    public virtual Ci.JenkinsfileSettings ConfigureJenkinsfile(Ci.JenkinsfileSettings settings) => settings with
    {
        Credentials = new Dictionary<string, string> { ["StoreKey"] = "vega-store-key" },
    };
}

/// <summary>The studio build customised without touching the generated file.</summary>
internal sealed class CustomisedBuild : StudioBuild
{
    public override Ci.JenkinsfileSettings ConfigureJenkinsfile(Ci.JenkinsfileSettings settings) => base.ConfigureJenkinsfile(settings) with
    {
        AgentLabels = new Dictionary<string, string> { ["macos"] = "mac && xcode-16" },
        DefaultAgent = "linux",
        Environment = [new("GRADLE_OPTS", "-Xmx4g"), new("GREETING", "it's $HOME")],
        Options = ["timeout(time: 90, unit: 'MINUTES')", "buildDiscarder(logRotator(numToKeepStr: '10'))"],
        Triggers = ["cron('H 4 * * *')"],
        StagesBefore = [new Ci.JenkinsStage("Fetch tags", ["sh 'git fetch --tags'"])],
        StagesAfter = [new Ci.JenkinsStage("Announce", ["echo 'done'"]) { Agent = "linux" }],
        OnFailure = ["mail to: 'vega-dev@example.com', subject: \"Vega ${env.BUILD_NUMBER} failed\", body: env.BUILD_URL"],
        ParameterDefaults = new Dictionary<string, string> { ["Packer"] = "texturepacker", ["Fast"] = "true", ["GameVersion"] = "2.0.0" },
    };
}

/// <summary>Ios consumes a target that declares nothing to hand over, on another agent.</summary>
internal sealed class UnstageableBuild : WalleBuild, IJenkins
{
    public Target Sheets => _ => _.RunsOn("texturepacker").Executes(() => { });
    public Target Ios => _ => _.Consumes(Sheets).RunsOn("macos").Executes(() => { });
}

/// <summary>A secret read by the pipeline without a credentials mapping.</summary>
internal sealed class UnmappedSecretBuild : WalleBuild, IJenkins
{
    [Parameter("Signing password"), Secret] public readonly string? KeystorePassword = null;

    public Target Sign => _ => _.Executes(() => { });
}

/// <summary>Notifies on Slack only: its webhook reaches every stage, the other channels' secrets are hidden.</summary>
internal sealed class SlackOnlyBuild : WalleBuild, IJenkins, INotifications
{
    public Target Compile => _ => _.Executes(() => { });
    public Target Image => _ => _.DependsOn(Compile).RunsOn("docker").Executes(() => { });

    public Ci.JenkinsfileSettings ConfigureJenkinsfile(Ci.JenkinsfileSettings settings) => settings with
    {
        Credentials = new Dictionary<string, string> { ["SlackWebhook"] = "vega-slack-webhook" },
        HiddenParameters = ["PagerDutyRoutingKey", "WeComWebhook", "DingTalkWebhook", "DingTalkSecret", "FeishuWebhook", "FeishuSecret"],
    };
}
