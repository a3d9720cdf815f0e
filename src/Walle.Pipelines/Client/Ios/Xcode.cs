using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Ios;

/// <summary><c>xcodebuild</c> archive and export (macOS agents only: the component's targets run on <c>macos</c>).</summary>
public static class Xcode
{
    /// <summary>The <c>xcodebuild archive</c> arguments.</summary>
    public static IReadOnlyList<ToolArgument> ArchiveArguments(XcodeArchiveSettings settings)
    {
        var project = settings.Project.EndsWith(".xcworkspace", StringComparison.Ordinal) ? "-workspace"
            : settings.Project.EndsWith(".xcodeproj", StringComparison.Ordinal) ? "-project"
            : throw new ArgumentException($"'{settings.Project}' is neither an .xcworkspace nor an .xcodeproj.", nameof(settings));
        var arguments = new List<ToolArgument>
        {
            "archive", project, ToolArgument.Input(settings.Project), "-scheme", settings.Scheme, "-configuration", settings.Configuration,
            "-destination", settings.Destination, "-archivePath", ToolArgument.Output(settings.ArchivePath),
        };
        if (settings.DerivedDataPath is { } derived) arguments.AddRange(["-derivedDataPath", ToolArgument.Output(derived)]);
        if (settings.AllowProvisioningUpdates) arguments.Add("-allowProvisioningUpdates");
        arguments.AddRange(settings.BuildSettings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => (ToolArgument)$"{s.Key}={s.Value}"));
        return arguments;
    }

    /// <summary>The <c>xcodebuild -exportArchive</c> arguments, with the plist at <paramref name="exportOptionsPlist"/>.</summary>
    public static IReadOnlyList<ToolArgument> ExportArguments(XcodeExportSettings settings, string exportOptionsPlist) =>
    [
        "-exportArchive", "-archivePath", ToolArgument.Input(settings.ArchivePath), "-exportPath", ToolArgument.Output(settings.ExportPath),
        "-exportOptionsPlist", ToolArgument.Input(exportOptionsPlist),
    ];

    /// <summary>Archives the app.</summary>
    public static Task ArchiveAsync(XcodeArchiveSettings settings, BuildContext context, CancellationToken cancellationToken = default) =>
        Tool.RunAsync(new ToolSettings { Executable = "xcodebuild", Arguments = ArchiveArguments(settings), OutputLevel = Serilog.Events.LogEventLevel.Information }, context, cancellationToken);

    /// <summary>Writes <c>ExportOptions.plist</c> into the export folder and exports the archive there.</summary>
    public static async Task ExportAsync(XcodeExportSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(settings.ArchivePath)) throw new DirectoryNotFoundException($"The archive '{settings.ArchivePath}' does not exist; archive the app first.");
        var plist = Path.Combine(settings.ExportPath, "ExportOptions.plist");
        ExportOptionsPlist.Write(settings.Options, plist);
        await Tool.RunAsync(new ToolSettings { Executable = "xcodebuild", Arguments = ExportArguments(settings, plist), OutputLevel = Serilog.Events.LogEventLevel.Information }, context, cancellationToken);
    }
}
