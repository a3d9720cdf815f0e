using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary>Android's asset packaging tool: builds the unsigned base APK.</summary>
public static class Aapt
{
    /// <summary>The <c>aapt package</c> arguments for <paramref name="settings"/>: manifest and resources (the APK is written to <paramref name="output"/>).</summary>
    public static IReadOnlyList<ToolArgument> PackageArguments(AaptPackageSettings settings, string output)
    {
        var arguments = new List<ToolArgument> { "package", "-f", "-M", ToolArgument.Input(settings.Manifest), "-I", ToolArgument.Input(settings.Framework) };
        if (settings.Resources is { } resources) arguments.AddRange(["-S", ToolArgument.Input(resources)]);
        arguments.AddRange(["-F", ToolArgument.Output(output)]);
        return arguments;
    }

    /// <summary>
    /// Packages the base APK: aapt compiles the manifest and resources, then the assets and native libraries are added
    /// (<see cref="ApkEntries"/>). Nothing is left at <see cref="AaptPackageSettings.Output"/> unless it succeeds.
    /// </summary>
    /// <exception cref="FileNotFoundException">The manifest, framework or a folder is missing.</exception>
    /// <exception cref="ToolFailedException">aapt refused the inputs (its message).</exception>
    public static async Task PackageAsync(AaptPackageSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        RequireFile(settings.Manifest, "manifest");
        RequireFile(settings.Framework, "Android framework (android.jar or framework-res.apk)");
        foreach (var (folder, what) in new[] { (settings.Resources, "resources"), (settings.Assets, "assets"), (settings.NativeLibraries, "native libraries") })
            if (folder is not null && !Directory.Exists(folder)) throw new DirectoryNotFoundException($"The {what} folder '{folder}' does not exist.");
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(settings.Output))!);
        var temporary = settings.Output + ".walle-tmp";
        File.Delete(temporary);
        try
        {
            await Tool.RunAsync(new ToolSettings { Executable = settings.Executable, Arguments = PackageArguments(settings, temporary) }, context, cancellationToken);
            ApkEntries.Add(temporary, settings.Assets, settings.NativeLibraries, settings.NoCompress, cancellationToken);
            File.Move(temporary, settings.Output, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    private static void RequireFile(string path, string what)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The {what} '{path}' does not exist.", path);
    }
}
