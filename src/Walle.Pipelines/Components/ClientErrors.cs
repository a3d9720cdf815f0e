using Walle.Pipelines.Client.Android;
using Walle.Pipelines.Client.Channels;
using Walle.Pipelines.Client.Stamping;
using Walle.Pipelines.Client.Versioning;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>Turns the client tasks' typed errors into messages naming <see cref="IClientPackage"/>'s parameters.</summary>
internal static class ClientErrors
{
    public static T Explain<T>(Func<T> task) => ErrorAdvice.Run(task, Translate);

    public static void Explain(Action task) => Explain(() => { task(); return 0; });

    public static Task<T> ExplainAsync<T>(Func<Task<T>> task) => ErrorAdvice.RunAsync(task, Translate);

    public static Task ExplainAsync(Func<Task> task) => ErrorAdvice.RunAsync(task, Translate);

    /// <summary>The path, or an error naming the parameter that points at its folder.</summary>
    public static string RequireFile(string path, string parameter) => File.Exists(path) ? path
        : throw new InvalidOperationException($"'{path}' does not exist. Set --{Naming.ToKebabCase(parameter)} to the folder that holds it.");

    /// <summary>The error with the parameter to fix named, or null when no parameter fixes it.</summary>
    public static Exception? Translate(Exception e) => e switch
    {
        AppVersionException v => new InvalidOperationException(v.Message + " " + v.Problem switch
        {
            AppVersionProblem.NoName or AppVersionProblem.BadName => "Pass --client-version-name (e.g. 1.6.0) or tag the commit (git tag v1.6.0).",
            AppVersionProblem.NoCode => "Pass --client-version-code, or run on CI with BUILD_NUMBER set.",
            AppVersionProblem.CodeNotNewer => "Pass a greater --client-version-code (or raise --client-version-code-offset).",
            _ => "",
        }, e),
        ApkSigningException s => new InvalidOperationException(s.Message + " " + s.Problem switch
        {
            ApkSigningProblem.KeystoreMissing => "Point --android-keystore at the keystore file.",
            ApkSigningProblem.StorePassword => "Check --android-keystore-password (and that --android-keystore is a JKS or PKCS12 keystore).",
            ApkSigningProblem.KeyPassword => "Check --android-key-password (PKCS12 keystores use the keystore password).",
            ApkSigningProblem.AliasMissing => "Check --android-key-alias (keytool -list -keystore <file> lists the aliases).",
            _ => "",
        }, e),
        StampException => new InvalidOperationException(e.Message, e),
        ChannelsFileException => new InvalidOperationException(e.Message + " Fix the channels file, or point --android-channels at another one.", e),
        ChannelApkRefusedException => new InvalidOperationException(e.Message, e),
        ObjectStoreException store => new InvalidOperationException(StoreErrors.Explain(store).Message, e),
        _ => null,
    };
}
