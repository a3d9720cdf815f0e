using System.Text.RegularExpressions;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary>Signs and verifies APKs with Android's <c>apksigner</c>.</summary>
public static partial class ApkSigner
{
    private const string StorePasswordVariable = "WALLE_APKSIGNER_KS_PASS";
    private const string KeyPasswordVariable = "WALLE_APKSIGNER_KEY_PASS";

    /// <summary>The <c>apksigner sign</c> arguments; passwords are named as environment variables, not written.</summary>
    public static IReadOnlyList<ToolArgument> SignArguments(ApkSignSettings settings, string output)
    {
        var arguments = new List<ToolArgument>
        {
            "sign", "--ks", ToolArgument.Input(settings.Keystore), "--ks-key-alias", settings.KeyAlias,
            "--ks-pass", "env:" + StorePasswordVariable, "--key-pass", "env:" + KeyPasswordVariable,
        };
        foreach (var (scheme, number) in new[] { (ApkSigningSchemes.V1, 1), (ApkSigningSchemes.V2, 2), (ApkSigningSchemes.V3, 3), (ApkSigningSchemes.V4, 4) })
            arguments.AddRange([$"--v{number}-signing-enabled", settings.Schemes.HasFlag(scheme) ? "true" : "false"]);
        if (settings.MinSdkVersion is { } min) arguments.AddRange(["--min-sdk-version", min.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        arguments.AddRange(["--out", ToolArgument.Output(output), ToolArgument.Input(settings.Input)]);
        return arguments;
    }

    /// <summary>Signs <see cref="ApkSignSettings.Input"/> into <see cref="ApkSignSettings.Output"/>; nothing is written on failure.</summary>
    /// <exception cref="ApkSigningException">The keystore is missing, a password or the alias is wrong, or apksigner failed.</exception>
    public static async Task SignAsync(ApkSignSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(settings.Keystore))
            throw new ApkSigningException(ApkSigningProblem.KeystoreMissing, $"The keystore '{settings.Keystore}' does not exist.");
        if (!File.Exists(settings.Input)) throw new FileNotFoundException($"The APK to sign '{settings.Input}' does not exist.", settings.Input);
        var keyPassword = settings.KeyPassword ?? settings.StorePassword;
        context.Secrets.Register(settings.StorePassword);
        context.Secrets.Register(keyPassword);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        var temporary = settings.Output + ".walle-tmp";
        try
        {
            var result = await Tool.TryRunAsync(new ToolSettings
            {
                Executable = settings.Executable,
                Arguments = SignArguments(settings, temporary),
                Environment = new Dictionary<string, string> { [StorePasswordVariable] = settings.StorePassword, [KeyPasswordVariable] = keyPassword },
                Secrets = [settings.StorePassword, keyPassword],
            }, context, cancellationToken);
            if (result.ExitCode != 0) throw SignFailure(settings, result);
            File.Move(temporary, settings.Output, overwrite: true);
            if (settings.Schemes.HasFlag(ApkSigningSchemes.V4)) File.Move(temporary + ".idsig", settings.Output + ".idsig", overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
            File.Delete(temporary + ".idsig");
        }
    }

    /// <summary>Verifies an APK and returns the schemes and signers apksigner confirmed.</summary>
    /// <exception cref="ApkSigningException">The APK does not verify (apksigner's reasons).</exception>
    public static async Task<ApkVerification> VerifyAsync(string apk, BuildContext context, string executable = "apksigner", CancellationToken cancellationToken = default)
    {
        if (!File.Exists(apk)) throw new FileNotFoundException($"The APK to verify '{apk}' does not exist.", apk);
        var result = await Tool.TryRunAsync(new ToolSettings { Executable = executable, Arguments = ["verify", "-v", "--print-certs", ToolArgument.Input(apk)] }, context, cancellationToken);
        if (result.ExitCode != 0 || !result.StandardOutput.StartsWith("Verifies", StringComparison.Ordinal))
            throw new ApkSigningException(ApkSigningProblem.NotVerified, $"'{apk}' does not verify: {result.Tail()}");
        var schemes = ApkSigningSchemes.None;
        foreach (Match match in VerifiedScheme().Matches(result.StandardOutput))
            schemes |= (ApkSigningSchemes)(1 << (int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1));
        var certificates = CertificateDigest().Matches(result.StandardOutput).Select(m => m.Groups[1].Value).ToList();
        return new ApkVerification(schemes, certificates);
    }

    private static ApkSigningException SignFailure(ApkSignSettings settings, ToolResult result)
    {
        var output = result.StandardError + result.StandardOutput;
        if (output.Contains("password was incorrect", StringComparison.OrdinalIgnoreCase) || output.Contains("Invalid keystore format", StringComparison.Ordinal))
            return new(ApkSigningProblem.StorePassword, $"The keystore password is wrong for '{settings.Keystore}' (or the file is not a keystore).");
        if (output.Contains("does not contain a key", StringComparison.Ordinal) || output.Contains("No key with alias", StringComparison.Ordinal))
            return new(ApkSigningProblem.AliasMissing, $"The keystore '{settings.Keystore}' has no key with alias '{settings.KeyAlias}'.");
        if (output.Contains("Cannot recover key", StringComparison.Ordinal) || output.Contains("Failed to obtain key", StringComparison.Ordinal) || output.Contains("BadPaddingException", StringComparison.Ordinal))
            return new(ApkSigningProblem.KeyPassword, $"The password of key '{settings.KeyAlias}' in '{settings.Keystore}' is wrong.");
        return new(ApkSigningProblem.SignFailed, $"apksigner could not sign '{settings.Input}': {result.Tail(5)}");
    }

    [GeneratedRegex(@"^Verified using v(\d) scheme[^:]*: true", RegexOptions.Multiline)]
    private static partial Regex VerifiedScheme();

    [GeneratedRegex(@"^Signer #\d+ certificate SHA-256 digest: ([0-9a-f]+)", RegexOptions.Multiline)]
    private static partial Regex CertificateDigest();
}
