using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.TexturePacker;

/// <summary>
/// Packs a sheet with the licensed TexturePacker CLI. The exit code alone is not trusted: every expected data file
/// must exist, parse as a cocos2d-x plist, point at an existing texture, and hold one frame per sprite.
/// </summary>
public static class TexturePackerTask
{
    /// <summary>Environment variable that may hold the executable's full path.</summary>
    public const string ExecutableVariable = "TEXTUREPACKER_EXE";

    /// <summary>The TexturePacker executable in <paramref name="environment"/> (<c>$TEXTUREPACKER_EXE</c> or PATH), or null.</summary>
    public static string? TryFind(IReadOnlyDictionary<string, string> environment) => ToolLocator.TryFind(environment, ExecutableVariable, "TexturePacker");

    /// <summary>Packs <paramref name="sheet"/> and returns the written files relative to its output folder.</summary>
    /// <exception cref="SheetException">TexturePacker is not installed here or is not the pinned version (<see cref="SheetException.Problem"/>).</exception>
    /// <exception cref="ToolFailedException">TexturePacker failed, or exited with 0 without writing what the sheet needs.</exception>
    public static async Task<IReadOnlyList<string>> PackAsync(
        SpriteSheetSettings sheet, TexturePackerSettings tool, BuildContext context, CancellationToken cancellationToken = default)
    {
        var executable = tool.Executable ?? throw new SheetException(
            $"Sheet '{sheet.Name}' needs TexturePacker, which is not installed on this machine (looked at ${ExecutableVariable} and PATH) " +
            $"and no cached result was found. TexturePacker is licensed on {tool.LicensedHosts}: run the build there.",
            SheetProblem.TexturePackerMissing);
        var sprites = SpriteFiles.Find(sheet);
        try
        {
            await CheckVersionOnceAsync(executable, tool, context, cancellationToken);
        }
        catch (SheetException e) when (e.Problem == SheetProblem.TexturePackerVersion)
        {
            throw new SheetException($"Sheet '{sheet.Name}': {e.Message}", SheetProblem.TexturePackerVersion, e);
        }
        // In a container the image activates from its licence variable: the key never goes on a command line there.
        if (!string.IsNullOrEmpty(tool.FloatingLicense) && tool.Runner is null) await ActivateOnceAsync(executable, tool, context, cancellationToken);

        Directory.CreateDirectory(sheet.OutputDirectory);
        using var staging = new StagingFolder(sheet.OutputDirectory, sheet.Name);
        var result = await Tool.RunAsync(Settings(executable, tool, TexturePackerArguments.Render(sheet, staging.Path, tool.ExtraArguments)), context, cancellationToken);
        var files = Verify(sheet, staging.Path, sprites.Count, result);
        staging.Publish(files);
        return files;
    }

    /// <summary>
    /// Checks the pinned version once per run, executable and runner, not once per sheet: in a container each check is a
    /// whole container on the licensed engine. A failed check is made again by the next sheet, so each names itself.
    /// </summary>
    private static Task CheckVersionOnceAsync(string executable, TexturePackerSettings tool, BuildContext context, CancellationToken cancellationToken) =>
        context.OnceAsync($"texturepacker-version\n{executable}\n{tool.Version}\n{(tool.Runner is null ? 0 : System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(tool.Runner))}", async () =>
        {
            var result = await Tool.RunAsync(Settings(executable, tool, ["--version"]), context, cancellationToken);
            var output = result.StandardOutput.Trim();
            if (!output.Split(' ', '\n').Contains(tool.Version))
                throw new SheetException(
                    $"TexturePacker at '{executable}' reports '{output}', but the build pins version {tool.Version}.", SheetProblem.TexturePackerVersion);
        });

    /// <summary>Activates the floating licence once per run and executable; a failed activation is tried again by the next sheet.</summary>
    private static Task ActivateOnceAsync(string executable, TexturePackerSettings tool, BuildContext context, CancellationToken cancellationToken) =>
        context.OnceAsync($"texturepacker-licence\n{executable}\n{tool.FloatingLicense}",
            () => Tool.RunAsync(Settings(executable, tool, ["--activate-license", tool.FloatingLicense!]), context, cancellationToken));

    private static ToolSettings Settings(string executable, TexturePackerSettings tool, IReadOnlyList<ToolArgument> arguments) => new()
    {
        Executable = executable,
        Arguments = arguments,
        Secrets = tool.FloatingLicense is { Length: > 0 } licence ? [licence] : [],
        Timeout = tool.Timeout,
        Runner = tool.Runner,
    };

    private static List<string> Verify(SpriteSheetSettings sheet, string staging, int spriteCount, ToolResult result)
    {
        var written = Directory.EnumerateFiles(staging, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(staging, f).Replace('\\', '/')).Order(StringComparer.Ordinal).ToList();
        foreach (var variant in sheet.Variants)
        {
            var prefix = sheet.Name + variant.Suffix;
            var plists = written.Where(f => f.EndsWith(".plist", StringComparison.Ordinal) &&
                                            (f == prefix + ".plist" || (sheet.Multipack && f.StartsWith(prefix + "-", StringComparison.Ordinal)))).ToList();
            if (plists.Count == 0)
                throw new ToolFailedException(
                    $"TexturePacker exited with code {result.ExitCode} but wrote no '{prefix}.plist' for sheet '{sheet.Name}' " +
                    $"(it wrote: {(written.Count == 0 ? "nothing" : string.Join(", ", written))}). Its output: {result.Tail()}", result);
            var frames = 0;
            foreach (var plist in plists)
            {
                var data = CocosPlist.Read(Path.Combine(staging, plist));
                if (!File.Exists(Path.Combine(staging, Path.GetDirectoryName(plist) ?? "", data.TextureFileName)))
                    throw new ToolFailedException($"TexturePacker wrote '{plist}' for sheet '{sheet.Name}' but not its texture '{data.TextureFileName}'.", result);
                frames += data.FrameNames.Count();
            }
            if (frames != spriteCount)
                throw new ToolFailedException(
                    $"TexturePacker wrote {frames} frames for sheet '{sheet.Name}{variant.Suffix}' but the sheet has {spriteCount} sprites.", result);
        }
        return written;
    }
}
