using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Client.Android;

/// <summary>Android's asset packaging tool: builds the unsigned base APK.</summary>
public static class Aapt
{
    /// <summary>The <c>aapt package</c> arguments for <paramref name="settings"/> (the APK is written to <paramref name="output"/>).</summary>
    public static IReadOnlyList<ToolArgument> PackageArguments(AaptPackageSettings settings, string output)
    {
        var arguments = new List<ToolArgument> { "package", "-f", "-M", ToolArgument.Input(settings.Manifest), "-I", ToolArgument.Input(settings.Framework) };
        if (settings.Resources is { } resources) arguments.AddRange(["-S", ToolArgument.Input(resources)]);
        if (settings.Assets is { } assets) arguments.AddRange(["-A", ToolArgument.Input(assets)]);
        foreach (var extension in settings.NoCompress) arguments.AddRange(["-0", extension]);
        arguments.AddRange(["-F", ToolArgument.Output(output)]);
        return arguments;
    }

    /// <summary>Packages the base APK; nothing is left at <see cref="AaptPackageSettings.Output"/> unless it succeeds.</summary>
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
            if (settings.NativeLibraries is { } libraries) await AddNativeLibrariesAsync(settings, libraries, temporary, context, cancellationToken);
            File.Move(temporary, settings.Output, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary><c>aapt add</c> takes entry names from paths relative to its working folder: stage <c>lib/&lt;abi&gt;/</c> and add from there.</summary>
    private static async Task AddNativeLibrariesAsync(AaptPackageSettings settings, string libraries, string apk, BuildContext context, CancellationToken cancellationToken)
    {
        var stage = Directory.CreateTempSubdirectory("walle-aapt-").FullName;
        try
        {
            var names = new List<ToolArgument>();
            foreach (var file in Directory.EnumerateFiles(libraries, "*.so", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var relative = Path.GetRelativePath(libraries, file).Replace(Path.DirectorySeparatorChar, '/');
                if (relative.Count(c => c == '/') != 1)
                    throw new InvalidDataException($"Native library '{file}' must be directly in an ABI folder (e.g. {libraries}/arm64-v8a/libgame.so).");
                var target = Path.Combine(stage, "lib", relative);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                names.Add("lib/" + relative);
            }
            if (names.Count == 0) return;
            await Tool.RunAsync(new ToolSettings { Executable = settings.Executable, Arguments = ["add", ToolArgument.Output(Path.GetFullPath(apk)), .. names], WorkingDirectory = stage }, context, cancellationToken);
        }
        finally
        {
            Directory.Delete(stage, recursive: true);
        }
    }

    private static void RequireFile(string path, string what)
    {
        if (!File.Exists(path)) throw new FileNotFoundException($"The {what} '{path}' does not exist.", path);
    }
}
