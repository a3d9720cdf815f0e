using Walle.Pipelines.Assets.Components;
using Walle.Pipelines.Ci;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;

namespace Vega.Build;

/// <summary>
/// Vega's release pipeline: sprite sheets into the client content, the hot-update patch published to the
/// object store and verified, and the gray / review routing shown. On embedded defaults everything goes to a
/// local folder store (.nuke/store); point StoreUrl at s3://bucket/prefix for GameStatic.
/// </summary>
internal sealed class Build : WalleBuild, IAssets, IPatchPublish, IRelease, IJenkins
{
    public static int Main() => Execute<Build>(x => x.Publish);

    Target Package => _ => _
        .Description("Sprite sheets and the hot-update manifests of this version")
        .DependsOn<IAssets>(x => x.Sheets)
        .DependsOn<IPatchPublish>(x => x.PatchManifest);

    Target Publish => _ => _
        .Description("Packages, publishes the patch to the store, verifies what players get, shows the routing")
        .DependsOn(Package)
        .DependsOn<IPatchPublish>(x => x.PatchPublish)
        .Triggers<IPatchPublish>(x => x.PatchVerify)
        .Triggers<IRelease>(x => x.ReleaseStatus);

    /// <summary>The Jenkinsfile's Jenkins credentials per secret. Regenerate it with ./build.sh GenerateJenkinsfile --profile jenkins.</summary>
    JenkinsfileSettings IJenkins.ConfigureJenkinsfile(JenkinsfileSettings settings) => settings with
    {
        Credentials = new Dictionary<string, string>
        {
            ["S3AccessKey"] = "vega-s3-access-key",
            ["S3SecretKey"] = "vega-s3-secret-key",
            ["TpFloatingLicense"] = "texturepacker-floating-licence",
        },
    };
}
