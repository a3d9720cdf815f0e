using System.Globalization;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary>Makes signing keystores with <c>keytool</c>.</summary>
public static class Keystores
{
    /// <summary>Creates the keystore with one RSA 2048 key, unless the file exists; true when it was created.</summary>
    public static async Task<bool> EnsureAsync(KeystoreSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (File.Exists(settings.Path)) return false;
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(settings.Path))!);
        context.Secrets.Register(settings.Password);
        var temporary = settings.Path + ".walle-tmp";
        File.Delete(temporary);
        try
        {
            // keytool reads -storepass:env and -keypass:env, so the password stays off the command line.
            await Tool.RunAsync(new ToolSettings
            {
                Executable = settings.Executable,
                Arguments =
                [
                    "-genkeypair", "-keystore", ToolArgument.Output(temporary), "-storetype", "PKCS12", "-alias", settings.KeyAlias,
                    "-keyalg", "RSA", "-keysize", "2048", "-validity", settings.ValidityDays.ToString(CultureInfo.InvariantCulture),
                    "-dname", settings.DistinguishedName, "-storepass:env", "WALLE_KEYTOOL_PASS", "-keypass:env", "WALLE_KEYTOOL_PASS",
                ],
                Environment = new Dictionary<string, string> { ["WALLE_KEYTOOL_PASS"] = settings.Password },
                Secrets = [settings.Password],
            }, context, cancellationToken);
            File.Move(temporary, settings.Path);
            return true;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
