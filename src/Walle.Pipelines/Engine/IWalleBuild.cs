namespace Walle.Pipelines.Engine;

/// <summary>
/// What every build and build component sees of the running build. Components are interfaces that
/// extend this one and declare targets as default-implemented <see cref="Target"/> properties.
/// </summary>
public interface IWalleBuild
{
    /// <summary>The repository root: the folder holding <c>.nuke/</c>, or <c>--root</c>.</summary>
    string RootDirectory { get; }

    /// <summary><c>.nuke/temp</c> under the root: logs, summary, fingerprints.</summary>
    string TemporaryDirectory { get; }

    /// <summary>True unless running on a CI server.</summary>
    bool IsLocalBuild { get; }

    /// <summary>This run's logger, secret masker, environment, clock and tool runner: what components hand to tasks.</summary>
    BuildContext Context { get; }

    /// <summary>
    /// The value of a parameter by name (a component's parameter property calls this with <c>nameof</c>),
    /// converted to <typeparamref name="T"/>; default when unset. A value that does not convert is a usage error.
    /// </summary>
    T? TryGetValue<T>(string parameterName);
}
