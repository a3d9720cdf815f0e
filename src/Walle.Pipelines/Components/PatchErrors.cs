using Walle.Pipelines.Patch;

namespace Walle.Pipelines.Components;

/// <summary>Turns the patch tasks' typed refusals into messages naming <see cref="IPatchPublish"/>'s parameters.</summary>
internal static class PatchErrors
{
    public static async Task ExplainAsync<T>(Func<Task<T>> task)
    {
        try
        {
            await task();
        }
        catch (PatchRefusedException e)
        {
            throw new InvalidOperationException(e.Message + " " + e.Reason switch
            {
                PatchRefusal.NotNewer => "Bump --patch-version, or pass --patch-force to publish anyway (players already on a greater version will not take it).",
                PatchRefusal.SameVersionOtherContent => "Give --patch-version a greater version. --patch-force replaces the version's files anyway.",
                PatchRefusal.Empty => "Point --patch-source at the content; --patch-force publishes an empty version anyway.",
                PatchRefusal.TooManyDeleted => "Raise --patch-max-deleted-share (e.g. 0.9), or pass --patch-force if the deletions are intended.",
                _ => "",
            }, e);
        }
    }
}
