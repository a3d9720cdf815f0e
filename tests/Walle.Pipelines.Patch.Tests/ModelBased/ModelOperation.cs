namespace Walle.Pipelines.Patch.Tests;

/// <summary>What one step of a model-based run does to the store.</summary>
internal enum ModelOperation
{
    /// <summary>Publishes a random 0–5 % change of the live content (files modified, added, deleted, renamed).</summary>
    Publish,

    /// <summary>Two publishes: one changes a file, the next changes it back, so the live folder holds other bytes under that name.</summary>
    Clash,

    /// <summary>Publishes a change as a new base (<see cref="PatchPublishSettings.Rebase"/>).</summary>
    Rebase,

    /// <summary>Puts a random kept version's content live again.</summary>
    Rollback,

    /// <summary>Keeps only the newest 1–3 versions.</summary>
    Retention,

    /// <summary>A publish whose store dies at a random request, then its re-run.</summary>
    KilledPublish,

    /// <summary>Two publishers switching the live version at the same moment; one wins.</summary>
    Race,
}

/// <summary>One line of a run's operation log.</summary>
internal sealed record ModelStep(int Number, ModelOperation Operation, string Version, string Detail)
{
    public override string ToString() => $"#{Number,-3} {Operation,-13} {Version,-10} {Detail}";
}
