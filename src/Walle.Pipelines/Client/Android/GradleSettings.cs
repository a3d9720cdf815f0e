namespace Walle.Pipelines.Client.Android;

/// <summary>A Gradle run for a full game build (the Android Gradle plugin compiles Java/Kotlin and the NDK code).</summary>
/// <param name="ProjectDirectory">The Android project (where <c>settings.gradle</c> is).</param>
public sealed record GradleSettings(string ProjectDirectory)
{
    /// <summary>The Gradle wrapper, relative to the project (the project's pinned Gradle version).</summary>
    public string Wrapper { get; init; } = OperatingSystem.IsWindows() ? "gradlew.bat" : "gradlew";

    /// <summary>The tasks, e.g. <c>assembleRelease</c>.</summary>
    public IReadOnlyList<string> Tasks { get; init; } = ["assembleRelease"];

    /// <summary>Project properties (<c>-Pname=value</c>), e.g. the version code.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; init; } = new Dictionary<string, string>();

    /// <summary>Build without the network (dependencies from the cache only).</summary>
    public bool Offline { get; init; }

    /// <summary>The JDK Gradle runs on (<c>JAVA_HOME</c>); null: the agent's.</summary>
    public string? JavaHome { get; init; }

    /// <summary>The Android SDK (<c>ANDROID_HOME</c>); null: the agent's.</summary>
    public string? AndroidHome { get; init; }

    /// <summary>Extra arguments, e.g. <c>--stacktrace</c>.</summary>
    public IReadOnlyList<string> ExtraArguments { get; init; } = [];
}
