using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Ios;

/// <summary>Uploads an <c>.ipa</c> with <c>xcrun altool</c> and an App Store Connect API key.</summary>
public static class AppStoreUpload
{
    /// <summary>The <c>xcrun</c> arguments (the key is found by id in <c>API_PRIVATE_KEYS_DIR</c>, never passed on the command line).</summary>
    public static IReadOnlyList<ToolArgument> Arguments(AppStoreUploadSettings settings) =>
        ["altool", "--upload-app", "--file", ToolArgument.Input(settings.Ipa), "--type", settings.Platform, "--apiKey", settings.KeyId, "--apiIssuer", settings.IssuerId];

    /// <summary>
    /// Writes the private key as <c>AuthKey_&lt;id&gt;.p8</c> into a private temporary folder (owner-only), points altool at it
    /// with <c>API_PRIVATE_KEYS_DIR</c>, uploads, and deletes the folder whatever happens.
    /// </summary>
    public static async Task UploadAsync(AppStoreUploadSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(settings.Ipa)) throw new FileNotFoundException($"The app '{settings.Ipa}' does not exist; export the archive first.", settings.Ipa);
        if (!settings.PrivateKey.Contains("BEGIN PRIVATE KEY", StringComparison.Ordinal))
            throw new ArgumentException("The App Store Connect private key is not a .p8 key's text (-----BEGIN PRIVATE KEY-----).", nameof(settings));
        context.Secrets.Register(settings.PrivateKey);
        var keys = Directory.CreateTempSubdirectory("walle-asc-");
        try
        {
            if (!OperatingSystem.IsWindows()) keys.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
            await File.WriteAllTextAsync(Path.Combine(keys.FullName, $"AuthKey_{settings.KeyId}.p8"), settings.PrivateKey, cancellationToken);
            await Tool.RunAsync(new ToolSettings
            {
                Executable = "xcrun",
                Arguments = Arguments(settings),
                Environment = new Dictionary<string, string> { ["API_PRIVATE_KEYS_DIR"] = keys.FullName },
                Secrets = [settings.PrivateKey],
                OutputLevel = Serilog.Events.LogEventLevel.Information,
            }, context, cancellationToken);
        }
        finally
        {
            keys.Delete(recursive: true);
        }
    }
}
