namespace Walle.Pipelines.Tooling;

/// <summary>
/// Finds an external tool: first an environment variable holding its full path (e.g. <c>TEXTUREPACKER_EXE</c>),
/// then the executable names on <c>PATH</c>, both from the environment given (the run's: <see cref="Engine.BuildContext.Environment"/>).
/// Never runs anything. Called by tasks when they run, never when a plan is made.
/// </summary>
public static class ToolLocator
{
    /// <summary>The full path of the tool, or null when it is not installed here.</summary>
    /// <param name="environment">The run's environment variables.</param>
    /// <param name="environmentVariable">Variable that may hold the tool's full path; ignored when null or unset.</param>
    /// <param name="executableNames">File names to look for on PATH, e.g. <c>TexturePacker</c>.</param>
    public static string? TryFind(IReadOnlyDictionary<string, string> environment, string? environmentVariable, params string[] executableNames)
    {
        if (environmentVariable is not null)
        {
            var configured = environment.GetValueOrDefault(environmentVariable);
            if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured)) return Path.GetFullPath(configured);
        }
        var path = environment.GetValueOrDefault("PATH") ?? "";
        var extensions = OperatingSystem.IsWindows() ? new[] { ".exe", ".cmd", ".bat", "" } : new[] { "" };
        foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        foreach (var name in executableNames)
        foreach (var extension in extensions)
        {
            var candidate = Path.Combine(folder, name + extension);
            if (File.Exists(candidate) && IsExecutable(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>Like <see cref="TryFind"/>, but fails with <see cref="ToolNotFoundException"/> carrying <paramref name="howToGetIt"/>.</summary>
    public static string Find(IReadOnlyDictionary<string, string> environment, string toolName, string? environmentVariable, string howToGetIt, params string[] executableNames) =>
        TryFind(environment, environmentVariable, executableNames)
        ?? throw new ToolNotFoundException(toolName,
            $"{toolName} was not found on this machine (looked at {(environmentVariable is null ? "" : $"${environmentVariable} and ")}" +
            $"PATH for {string.Join(", ", executableNames)}). {howToGetIt}");

    private static bool IsExecutable(string file) =>
        OperatingSystem.IsWindows() || (File.GetUnixFileMode(file) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0;
}
