using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Components;

/// <summary>
/// The build's one version: the client packages' version name and code, the review version, and the tag of the server
/// images (<see cref="IServerImage"/>). Decided by <see cref="AppVersions"/>: parameters, then the CI build number, then git.
/// </summary>
public interface IHazClientVersion : IWalleBuild
{
    /// <summary>The version name.</summary>
    [Parameter("Client version name, e.g. 1.6.0 (default: the nearest git tag v1.6.0)")]
    string? ClientVersionName => TryGetValue<string>(nameof(ClientVersionName));

    /// <summary>The version code.</summary>
    [Parameter("Client version code (default: the CI build number + offset, else the git commit count + offset)")]
    int? ClientVersionCode => TryGetValue<int?>(nameof(ClientVersionCode));

    /// <summary>The CI build number (Jenkins sets <c>BUILD_NUMBER</c>).</summary>
    [Parameter("CI build number, the version code's default (Jenkins sets BUILD_NUMBER)")]
    int? BuildNumber => TryGetValue<int?>(nameof(BuildNumber));

    /// <summary>Added to the build number or commit count.</summary>
    [Parameter("Added to the build number or commit count to make the version code (default 0)")]
    int? ClientVersionCodeOffset => TryGetValue<int?>(nameof(ClientVersionCodeOffset));

    /// <summary>Customises where the version comes from (e.g. a tag prefix).</summary>
    AppVersionSettings ConfigureClientVersion(AppVersionSettings settings) => settings;

    /// <summary>The settings from parameters and <see cref="ConfigureClientVersion"/>.</summary>
    AppVersionSettings ClientVersionSettings
    {
        get
        {
            var settings = ConfigureClientVersion(new AppVersionSettings(RootDirectory) { BuildNumber = BuildNumber });
            return settings with
            {
                Name = ClientVersionName ?? settings.Name,
                Code = ClientVersionCode ?? settings.Code,
                CodeOffset = ClientVersionCodeOffset ?? settings.CodeOffset,
            };
        }
    }

    /// <summary>This build's version; errors name the parameter that fixes them.</summary>
    AppVersion ClientAppVersion() => ClientErrors.Explain(() => AppVersions.Resolve(ClientVersionSettings));

    /// <summary>This build's version name, or null when neither a parameter nor a tag gives one.</summary>
    string? TryClientVersionName()
    {
        try
        {
            return AppVersions.ResolveName(ClientVersionSettings);
        }
        catch (AppVersionException)
        {
            return null;
        }
    }
}
