using Walle.Pipelines.Client.Android;
using Walle.Pipelines.Client.Channels;
using Walle.Pipelines.Client.Packaging;
using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Components;

/// <summary>Where <see cref="IClientPackage"/>'s Android targets put their files, and the steps they share.</summary>
/// <param name="Staging">The work folder (<c>.nuke/temp/client/android</c>).</param>
/// <param name="Artifacts">The packages' folder (<c>artifacts/client/android</c>).</param>
/// <param name="Game">The game's name in file names.</param>
public sealed record ClientAndroid(string Staging, string Artifacts, string Game)
{
    /// <summary>The platform's name in records and folders.</summary>
    public const string Platform = "android";

    /// <summary>The folders of a build.</summary>
    public static ClientAndroid Of(IClientPackage build) =>
        new(Path.Combine(build.TemporaryDirectory, "client", Platform), Path.Combine(build.ClientArtifacts, Platform), build.ClientGame);

    /// <summary>aapt's output.</summary>
    public string BaseApk => Path.Combine(Staging, "base.apk");

    /// <summary>zipalign's output.</summary>
    public string AlignedApk => Path.Combine(Staging, "aligned.apk");

    /// <summary>The signed package without a channel.</summary>
    public string SignedApk(AppVersion version) => Path.Combine(Artifacts, $"{Game}-{version.Name}.apk");

    /// <summary>The test keystore made on first use when no keystore is named (under <c>.nuke/keys</c>, never committed).</summary>
    public static KeystoreSettings TestKeystore(string root) =>
        new(Path.Combine(root, ".nuke", "keys", "walle-test.p12"), "walle-test", "walle-test-password");

    /// <summary>Reads <c>v1,v2,v3</c>.</summary>
    /// <exception cref="ArgumentException">A name is not a scheme.</exception>
    public static ApkSigningSchemes ParseSchemes(IEnumerable<string> names)
    {
        var schemes = ApkSigningSchemes.None;
        foreach (var name in names.Select(n => n.Trim().ToLowerInvariant()))
            schemes |= name switch
            {
                "v1" => ApkSigningSchemes.V1,
                "v2" => ApkSigningSchemes.V2,
                "v3" => ApkSigningSchemes.V3,
                "v4" => ApkSigningSchemes.V4,
                _ => throw new ArgumentException($"'{name}' is not an APK signature scheme: use v1, v2, v3 or v4, e.g. v1,v2,v3."),
            };
        if (schemes == ApkSigningSchemes.None) throw new ArgumentException("No APK signature scheme is chosen: use e.g. v1,v2,v3.");
        return schemes;
    }


    /// <summary>
    /// The channel packages of the signed package (one per line of <paramref name="channelsFile"/>), each verified by
    /// apksigner and read back, and the client manifest naming them all, written last: a manifest exists only for a
    /// complete, verified set.
    /// </summary>
    public async Task<ClientManifest> PackageChannelsAsync(AppVersion version, string? patchVersion, string channelsFile, BuildContext context, CancellationToken cancellationToken)
    {
        var signed = SignedApk(version);
        var manifestPath = Path.Combine(Artifacts, ClientManifest.FileName);
        File.Delete(manifestPath);
        var channels = ChannelsFile.Parse(channelsFile);
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(signed, Artifacts, channels) { BaseName = $"{Game}-{version.Name}" }, context, cancellationToken);
        var plain = (await ApkSigner.VerifyAsync(signed, context, cancellationToken: cancellationToken)).SchemeNames;
        var packages = new ClientPackage[written.Count];
        using (var progress = context.StartProgress("Verifying channel packages", written.Count, "APKs"))
        {
            // apksigner is a JVM start per package (about 1 s): two at a time on a 2-core agent keeps both cores busy.
            await Parallel.ForEachAsync(Enumerable.Range(0, written.Count), new ParallelOptions { MaxDegreeOfParallelism = Math.Max(2, Environment.ProcessorCount), CancellationToken = cancellationToken }, async (i, ct) =>
            {
                var apk = written[i];
                var verified = await ApkSigner.VerifyAsync(apk.Path, context, cancellationToken: ct);
                if (ApkChannel.Read(apk.Path)?.Channel != apk.Channel)
                    throw new InvalidDataException($"{apk.Path} does not read back as channel '{apk.Channel}'.");
                packages[i] = new ClientPackage(Path.GetFileName(apk.Path), apk.Channel, apk.Sha256, apk.Size, verified.SchemeNames);
                progress.Increment();
            });
        }
        var manifest = new ClientManifest
        {
            Game = Game, Platform = Platform, VersionName = version.Name, VersionCode = version.Code, GitSha = version.GitSha,
            PatchVersion = patchVersion,
            Packages = [await ClientPackage.OfFileAsync(signed, null, plain, cancellationToken), .. packages],
        };
        await File.WriteAllBytesAsync(manifestPath, manifest.ToJson(), cancellationToken);
        return manifest;
    }
}
