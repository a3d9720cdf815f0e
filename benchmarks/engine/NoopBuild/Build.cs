using Walle.Pipelines.Engine;

namespace NoopBuild;

/// <summary>Twelve targets in a realistic shape; <c>Noop</c> does nothing, so its run time is the engine's.</summary>
internal sealed class Build : WalleBuild
{
    public static int Main() => Execute<Build>(x => x.Package);

    [Parameter("Version name shown to players")] readonly string Version = "1.0.0";
    [Parameter("Channel")] readonly string Channel = "googleplay";
    [Parameter("Store token"), Secret] readonly string? Token = null;

    Target Noop => _ => _.Description("Does nothing").Executes(() => { });
    Target Restore => _ => _.Executes(() => { });
    Target Compile => _ => _.DependsOn(Restore).Executes(() => { });
    Target Sheets => _ => _.Uses("texturepacker").RunsOn("texturepacker").Executes(() => { });
    Target Ui => _ => _.Executes(() => { });
    Target Assets => _ => _.DependsOn(Sheets, Ui);
    Target Android => _ => _.DependsOn(Compile, Assets).Executes(() => { });
    Target Ios => _ => _.DependsOn(Compile, Assets).RunsOn("macos").Executes(() => { });
    Target Patch => _ => _.DependsOn(Assets).Requires(() => Version).Executes(() => { });
    Target Image => _ => _.DependsOn(Compile).Executes(() => { });
    Target Notify => _ => _.TriggeredBy(Package).AssuredAfterFailure().Executes(() => Serilog.Log.Debug("{Channel} {HasToken}", Channel, Token is not null));
    Target Package => _ => _.DependsOn(Android, Ios, Patch, Image);
}
