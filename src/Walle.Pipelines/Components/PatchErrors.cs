using Walle.Pipelines.Patch;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Components;

/// <summary>Turns the patch tasks' typed refusals into messages naming <see cref="IPatchPublish"/>'s parameters.</summary>
internal static class PatchErrors
{
    /// <summary>Runs <paramref name="task"/>; its typed errors come out with the parameter to fix named.</summary>
    public static Task<T> ExplainAsync<T>(Func<Task<T>> task) => ErrorAdvice.RunAsync(task, Translate);

    /// <summary>The error with the parameter to fix named, or null when no parameter fixes it.</summary>
    public static Exception? Translate(Exception e) => e switch
    {
        PatchRefusedException refused => new InvalidOperationException(e.Message + " " + Advice(refused.Reason), e),
        PatchSourceNotFoundException => new DirectoryNotFoundException($"{e.Message} The content folder is --patch-source (default: client/ under the root).", e),
        ObjectStoreException store => StoreErrors.Explain(store),
        _ => null,
    };

    /// <summary>What to pass after a publish whose result advises starting a new base.</summary>
    public const string RebaseAdvice = "To start a new base, pass --patch-rebase with the next PatchPublish.";

    private static string Advice(PatchRefusal reason) => reason switch
    {
        PatchRefusal.NotNewer => "Bump --patch-version, or pass --patch-force to publish anyway (players already on a greater version will not take it).",
        PatchRefusal.SameVersionOtherContent => "Give --patch-version a greater version. --patch-force replaces the version's files anyway.",
        PatchRefusal.Empty => "Point --patch-source at the content; --patch-force publishes an empty version anyway.",
        PatchRefusal.TooManyDeleted => "Raise --patch-max-deleted-share (e.g. 0.9), or pass --patch-force if the deletions are intended.",
        PatchRefusal.BaseMissing => "Pass --patch-rebase to publish this version as a new base.",
        _ => "",
    };
}
