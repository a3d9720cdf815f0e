using Walle.Pipelines.Assets.Components;
using Walle.Pipelines.Ci;
using Walle.Pipelines.Components;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Server;
using Walle.Pipelines.Tooling;

namespace Vega.Build;

/// <summary>
/// Vega's release pipeline: sprite sheets into the client content, the hot-update patch published to the object store
/// and verified, the gray / review routing shown; <c>Package</c> makes the signed Android packages of every channel with
/// that content inside, <c>IosExport</c> the iOS package (macOS agents), <c>ServerPush</c> the server images. On embedded
/// defaults everything goes to a local folder store (.nuke/store); point StoreUrl at s3://bucket/prefix for GameStatic.
/// The Jenkinsfile is generated from this class: ./build.sh GenerateJenkinsfile --profile jenkins.
/// </summary>
internal sealed class Build : WalleBuild, IAssets, IUiExport, IIosPackage, IRelease, IServerImage, IJenkins
{
    public static int Main() => Execute<Build>(x => x.Publish);

    Target Content => _ => _
        .Description("Sprite sheets, UI layouts and the hot-update manifests of this version")
        .DependsOn<IAssets>(x => x.Sheets)
        .DependsOn<IUiExport>(x => x.UiExport)
        .DependsOn<IPatchPublish>(x => x.PatchManifest);

    /// <summary>The component's packages, with this version's sheets and layouts in their content.</summary>
    Target IClientPackage.ClientBuild => _ => _
        .Inherit<IClientPackage>(x => x.ClientBuild)
        .DependsOn(Content)
        .Consumes<IAssets>(x => x.Sheets)
        .Consumes<IUiExport>(x => x.UiExport);

    /// <summary>The iOS archive (on the macOS agents) with this version's content in the Xcode project's folders.</summary>
    Target IIosPackage.IosArchive => _ => _
        .Inherit<IIosPackage>(x => x.IosArchive)
        .DependsOn(Content)
        .Consumes<IAssets>(x => x.Sheets)
        .Consumes<IUiExport>(x => x.UiExport);

    // The sheets may be packed on another agent (the TexturePacker hosts in the Jenkinsfile): the targets that read the
    // content take the sheets and layouts with them (Consumes: unstashed in their stage).
    Target IUiExport.UiExport => _ => _
        .Inherit<IUiExport>(x => x.UiExport)
        .Consumes<IAssets>(x => x.Sheets);

    Target IPatchPublish.PatchManifest => _ => _
        .Inherit<IPatchPublish>(x => x.PatchManifest)
        .Consumes<IAssets>(x => x.Sheets)
        .Consumes<IUiExport>(x => x.UiExport);

    Target IPatchPublish.PatchPublish => _ => _
        .Inherit<IPatchPublish>(x => x.PatchPublish)
        .Consumes<IAssets>(x => x.Sheets)
        .Consumes<IUiExport>(x => x.UiExport);

    Target Publish => _ => _
        .Description("Publishes the patch to the store, verifies what players get, shows the routing")
        .DependsOn(Content)
        .DependsOn<IPatchPublish>(x => x.PatchPublish)
        .Triggers<IPatchPublish>(x => x.PatchVerify)
        .Triggers<IRelease>(x => x.ReleaseStatus);

    /// <summary>Vega's server images: the gateway, a static binary in a FROM scratch image.</summary>
    IReadOnlyList<ServerImage> IServerImage.ServerImageDefinitions => [new ServerImage("gateway", "server") { HealthPort = 8080 }];

    Target ServerBinary => _ => _
        .Description("Compiles the gateway with gcc -static (server/bin/gateway), before its image is built")
        .Inputs("server/gateway.c")
        .Outputs("server/bin/gateway")
        .DependentFor<IServerImage>(x => x.ServerImages)
        .RunsOn("docker")
        .Executes(async ct =>
        {
            var gcc = ToolLocator.Find(Context.Environment, "gcc", "CC", "Install gcc (apt-get install gcc) or set CC to its path.", "gcc");
            Directory.CreateDirectory(Path.Combine(RootDirectory, "server", "bin"));
            await Tool.RunAsync(new ToolSettings
            {
                Executable = gcc,
                Arguments = ["-static", "-O2", "-o", ToolArgument.Output(Path.Combine(RootDirectory, "server", "bin", "gateway")), ToolArgument.Input(Path.Combine(RootDirectory, "server", "gateway.c"))],
            }, Context, ct);
        });

    /// <summary>The Jenkinsfile's Jenkins credentials per secret. Regenerate it with ./build.sh GenerateJenkinsfile --profile jenkins.</summary>
    JenkinsfileSettings IJenkins.ConfigureJenkinsfile(JenkinsfileSettings settings) => settings with
    {
        Credentials = new Dictionary<string, string>
        {
            ["S3AccessKey"] = "vega-s3-access-key",
            ["S3SecretKey"] = "vega-s3-secret-key",
            ["TpFloatingLicense"] = "texturepacker-floating-licence",
            ["AndroidKeystorePassword"] = "vega-android-keystore-password",
            ["AndroidKeyPassword"] = "vega-android-key-password",
            ["RegistryPassword"] = "vega-registry-password",
            ["AppStorePrivateKey"] = "vega-app-store-connect-key",
        },
    };
}
