using Walle.Pipelines.Engine;
using Walle.Pipelines.Server;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Components;

/// <summary>
/// Server images through the Docker engine API: <c>ServerImages</c> builds every service declared in
/// <see cref="ServerImageDefinitions"/>, <c>ServerPush</c> pushes them as <c>&lt;registry&gt;/&lt;project&gt;/&lt;service&gt;</c>
/// tagged with the version, the git sha and the branch and lists them in <c>artifacts/images.json</c>, <c>ServerSmoke</c>
/// pulls each back by digest, runs it and waits for its health check. All run on the <c>docker</c> agents.
/// </summary>
public interface IServerImage : IHazClientVersion
{
    /// <summary>The services' images; a game's build overrides this.</summary>
    IReadOnlyList<ServerImage> ServerImageDefinitions => [];

    /// <summary>The registry's host[:port].</summary>
    [Parameter("Registry host[:port] server images are pushed to (e.g. registry.vega.example.com)")]
    string? Registry => TryGetValue<string>(nameof(Registry));

    /// <summary>The game's repository prefix in the registry.</summary>
    [Parameter("Repository prefix of the game's images in the registry (default: the root folder's name, lower case)")]
    string ServerProject => TryGetValue<string>(nameof(ServerProject)) ?? Path.GetFileName(RootDirectory.TrimEnd('/', '\\')).ToLowerInvariant();

    /// <summary>The version the images are tagged with: the build's client version name unless set.</summary>
    [Parameter("Version server images are tagged and labelled with (default: the client version name, --client-version-name or the nearest tag v1.6.0)")]
    string? ServerVersion => TryGetValue<string>(nameof(ServerVersion)) ?? TryClientVersionName();

    /// <summary>The git commit; default: HEAD of the repository holding the root.</summary>
    [Parameter("Git commit the images are tagged with (default: HEAD of the root's repository)")]
    string? ServerGitSha => TryGetValue<string>(nameof(ServerGitSha));

    /// <summary>The branch whose moving tag is pushed; default: the checked-out branch (none when HEAD is detached).</summary>
    [Parameter("Branch whose moving tag is pushed after the version (default: the checked-out branch; none when detached)")]
    string? ServerBranch => TryGetValue<string>(nameof(ServerBranch));

    /// <summary>The source repository URL written into the images' labels.</summary>
    [Parameter("Source repository URL written as org.opencontainers.image.source")]
    string? ServerSource => TryGetValue<string>(nameof(ServerSource));

    /// <summary>Images built or pushed at once.</summary>
    [Parameter("Server images built or pushed at once (default 2)")]
    int ServerParallelism => TryGetValue<int?>(nameof(ServerParallelism)) ?? 2;

    /// <summary>The registry user.</summary>
    [Parameter("Registry user for pushing server images")]
    string? RegistryUsername => TryGetValue<string>(nameof(RegistryUsername));

    /// <summary>The registry password or token.</summary>
    [Parameter("Registry password or token for pushing server images"), Secret]
    string? RegistryPassword => TryGetValue<string>(nameof(RegistryPassword));

    /// <summary>The Docker engine's address (environment <c>DOCKER_HOST</c>).</summary>
    [Parameter("Docker engine address: unix:///var/run/docker.sock (default) or tcp://host:2376")]
    string? DockerHost => TryGetValue<string>(nameof(DockerHost));

    /// <summary>The folder of TLS client certificates for a remote engine (environment <c>DOCKER_CERT_PATH</c>).</summary>
    [Parameter("Folder with ca.pem, cert.pem and key.pem for a tcp:// Docker engine with TLS")]
    string? DockerCertPath => TryGetValue<string>(nameof(DockerCertPath));

    /// <summary>Set: TLS with the certificates in <c>~/.docker</c> unless <see cref="DockerCertPath"/> names a folder (environment <c>DOCKER_TLS_VERIFY</c>, as for the docker CLI).</summary>
    [Parameter("TLS to a tcp:// Docker engine with the certificates in ~/.docker unless --docker-cert-path is given (the engine's certificate is always checked against ca.pem)")]
    bool? DockerTlsVerify => TryGetValue<bool?>(nameof(DockerTlsVerify));

    /// <summary>Customises the image settings (e.g. the health timeout).</summary>
    ServerImageSettings ConfigureServerImages(ServerImageSettings settings) => settings;

    /// <summary>The engine settings built from <see cref="DockerHost"/>, <see cref="DockerCertPath"/> and <see cref="DockerTlsVerify"/>.</summary>
    DockerEngineSettings DockerEngineSettings => DockerEngineSettings.FromDockerCli(DockerHost, DockerCertPath, DockerTlsVerify);

    /// <summary>The settings built from parameters and <see cref="ConfigureServerImages"/>.</summary>
    ServerImageSettings ServerImageSettings
    {
        get
        {
            var revision = ServerGitSha is null || ServerBranch is null ? SourceRevision.TryRead(RootDirectory) : null;
            var sha = ServerGitSha ?? revision?.Sha
                ?? throw new InvalidOperationException($"{RootDirectory} is not in a git repository with a commit: pass the commit with --server-git-sha.");
            var settings = new ServerImageSettings(ServerImageDefinitions, Registry!, ServerProject, ServerVersion!, sha)
            {
                RootDirectory = RootDirectory,
                Branch = ServerBranch ?? revision?.Branch,
                Source = ServerSource,
                Engine = DockerEngineSettings,
                Credentials = RegistryUsername is { } user ? new RegistryCredentials(user, RegistryPassword ?? "") : null,
                MaxParallelism = ServerParallelism,
            };
            return ConfigureServerImages(settings);
        }
    }

    /// <summary>Builds every service's image.</summary>
    Target ServerImages => _ => _
        .Description("Builds the server images (Docker engine API, in parallel up to --server-parallelism)")
        .Requires(() => Registry)
        .Requires(() => ServerVersion)
        .RunsOn("docker")
        .Executes(async ct => await ServerErrors.ExplainAsync(() => Server.ServerImages.BuildAsync(ServerImageSettings, Context, ct)));

    /// <summary>Pushes the images and writes <c>artifacts/images.json</c>.</summary>
    Target ServerPush => _ => _
        .Description("Pushes the server images (version, git sha, branch tags) and lists them in artifacts/images.json")
        .DependsOn(ServerImages)
        .Produces(ServerImageSettings.DefaultImagesFile)
        .RunsOn("docker")
        .Executes(async ct => await ServerErrors.ExplainAsync(() => Server.ServerImages.PushAsync(ServerImageSettings, Context, ct)));

    /// <summary>Pulls each pushed image by digest, runs it and waits for its health check.</summary>
    Target ServerSmoke => _ => _
        .Description("Pulls each pushed server image by digest, runs it, waits for its health check over loopback, removes it")
        .Consumes(ServerPush)
        .RunsOn("docker")
        .Executes(async ct => await ServerErrors.ExplainAsync(async () =>
        {
            var settings = ServerImageSettings;
            var pushed = await ImagesFile.ReadAsync(Path.Combine(RootDirectory, settings.ImagesFile), ct);
            await Server.ServerImages.SmokeAsync(settings, pushed, Context, ct);
        }));
}
