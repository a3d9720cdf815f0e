using Walle.Pipelines.Assets.Components;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;

namespace Vega.Build;

/// <summary>
/// Vega's release pipeline: sprite sheets into the client content, the hot-update patch published to the object store
/// and verified, the gray / review routing shown; <c>Package</c> makes the signed Android packages of every channel with
/// that content inside. On embedded defaults everything goes to a local folder store (.nuke/store); point StoreUrl at
/// s3://bucket/prefix for GameStatic.
/// </summary>
internal sealed class Build : WalleBuild, IAssets, IClientPackage, IRelease
{
    public static int Main() => Execute<Build>(x => x.Publish);

    Target Content => _ => _
        .Description("Sprite sheets and the hot-update manifests of this version")
        .DependsOn<IAssets>(x => x.Sheets)
        .DependsOn<IPatchPublish>(x => x.PatchManifest);

    /// <summary>The component's packages, with this version's sheets in their content.</summary>
    Target IClientPackage.ClientBuild => _ => _
        .Inherit<IClientPackage>(x => x.ClientBuild)
        .DependsOn(Content);

    Target Publish => _ => _
        .Description("Publishes the patch to the store, verifies what players get, shows the routing")
        .DependsOn(Content)
        .DependsOn<IPatchPublish>(x => x.PatchPublish)
        .Triggers<IPatchPublish>(x => x.PatchVerify)
        .Triggers<IRelease>(x => x.ReleaseStatus);
}
