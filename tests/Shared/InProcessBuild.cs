using System.Collections;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.TestSupport;

/// <summary>
/// Runs a build as <c>./build.sh args</c> would, but in this process: from <c>root</c>, with only the given
/// environment variables, no colours, and the console captured.
/// </summary>
internal static class InProcessBuild
{
    public static (int ExitCode, string Output) Run(
        WalleBuild build, string root, IDictionary<string, string>? environment, IReadOnlyList<string> args,
        IReadOnlyList<Func<object, Target>>? defaults = null, CancellationToken cancellationToken = default)
    {
        var console = new StringWriter();
        var exitCode = BuildRunner.Run(build, defaults ?? [], args, new RunOptions
        {
            Console = console,
            Colors = false,
            Environment = new Hashtable((IDictionary?)environment ?? new Hashtable()),
            WorkingDirectory = root,
            CancellationToken = cancellationToken,
        });
        return (exitCode, console.ToString());
    }
}
