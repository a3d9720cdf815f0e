namespace Walle.Pipelines.Engine;

/// <summary>
/// Base class of a build. Declare targets as <see cref="Target"/> properties, implement component interfaces
/// to take their targets, and start the build from <c>Main</c>:
/// <code>public static int Main() =&gt; Execute&lt;Build&gt;(x =&gt; x.Pack);</code>
/// </summary>
public abstract class WalleBuild : IWalleBuild
{
    internal BuildSession? Session { get; set; }

    private BuildSession RunningSession =>
        Session ?? throw new InvalidOperationException("The build is not running: start it with WalleBuild.Execute<T>().");

    /// <inheritdoc />
    public string RootDirectory => RunningSession.RootDirectory;

    /// <inheritdoc />
    public string TemporaryDirectory => Path.Combine(RootDirectory, ".nuke", "temp");

    /// <inheritdoc />
    public bool IsLocalBuild => !RunningSession.IsServerBuild;

    /// <inheritdoc />
    public BuildContext Context => RunningSession.Context;

    /// <summary>Extension objects whose lifecycle hooks run with this build (notifications, reports, CI hosts); none by default.</summary>
    public virtual IEnumerable<IBuildExtension> Extensions => [];

    /// <inheritdoc />
    public T? TryGetValue<T>(string parameterName) => RunningSession.Parameters.Get<T>(parameterName);

    /// <summary>
    /// Runs the build with the process's command line and returns the exit code: 0 success, 1 a target failed,
    /// 2 usage error, 3 target definition error, 130 cancelled (Ctrl-C), 143 terminated (SIGTERM).
    /// </summary>
    /// <param name="defaultTargets">Targets to run when none is named on the command line.</param>
    protected static int Execute<T>(params Func<T, Target>[] defaultTargets) where T : WalleBuild, new()
    {
        var args = Environment.GetCommandLineArgs().Skip(1).ToList();
        // --plan, --help and --parameters run nothing to cancel: no signal handlers there (4.5 ms of a 90 ms --plan).
        using var cancellation = CommandLine.OnlyInspects(args) ? null : new BuildCancellation();
        return BuildRunner.Run(
            new T(),
            defaultTargets.Select(select => (Func<object, Target>)(build => select((T)build))).ToList(),
            args,
            new RunOptions
            {
                CancellationToken = cancellation?.Token ?? CancellationToken.None,
                CancelledExitCode = () => cancellation?.ExitCode ?? ExitCodes.Cancelled,
                BuildLocation = AppContext.BaseDirectory,
            });
    }
}
