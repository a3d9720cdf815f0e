using System.Globalization;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.TexturePacker;

/// <summary>Renders a sheet's settings as TexturePacker command-line arguments (one list element per argument).</summary>
public static class TexturePackerArguments
{
    /// <summary>
    /// The arguments that pack <paramref name="sheet"/> into <paramref name="outputDirectory"/>. Scale variants use
    /// TexturePacker's <c>{v}</c> placeholder and <c>--variant scale:suffix</c>; multipack uses <c>{n}</c>. The sprite
    /// folders are typed inputs and the data and sheet files typed outputs, so a container runner can map them. A sheet
    /// defined by a project (<see cref="SpriteSheetSettings.ProjectFile"/>) is the project file followed by
    /// <c>--data</c> and <c>--sheet</c>: TexturePacker reads every other setting from the project.
    /// </summary>
    public static IReadOnlyList<ToolArgument> Render(SpriteSheetSettings sheet, string outputDirectory, IReadOnlyList<string>? extra = null)
    {
        var variants = sheet.Variants.Count > 1 || sheet.Variants[0] != ScaleVariant.Original;
        var baseName = sheet.Name + (variants ? "{v}" : "") + (sheet.Multipack ? "-{n}" : "");
        var data = ToolArgument.Output(Path.Combine(outputDirectory, baseName + ".plist"));
        var texture = ToolArgument.Output(Path.Combine(outputDirectory, baseName + Extension(sheet.TextureFormat)));
        if (sheet.ProjectFile is not null)
        {
            // TexturePacker packs the project as saved; only its output files are redirected (into the staging folder).
            // The project names its sprites relative to itself: a container gets the folder holding both.
            List<ToolArgument> project = [ToolArgument.Input(sheet.ProjectFile, ProjectFolder(sheet)), "--data", data, "--sheet", texture];
            if (extra is not null) project.AddRange(extra.Select(e => (ToolArgument)e));
            return project;
        }
        var arguments = new List<ToolArgument>
        {
            "--format", sheet.Format == PlistFormat.Cocos2dV2 ? "cocos2d" : "cocos2d-x",
            "--data", data,
            "--sheet", texture,
            "--texture-format", sheet.TextureFormat switch { TextureFormat.PvrCcz => "pvr3ccz", TextureFormat.Webp => "webp", _ => "png" },
            "--opt", BuiltInPacker.PixelFormatName(sheet.PixelFormat) == "RGB5A1" ? "RGBA5551" : BuiltInPacker.PixelFormatName(sheet.PixelFormat),
            "--max-width", Number(sheet.MaxWidth),
            "--max-height", Number(sheet.MaxHeight),
            "--size-constraints", sheet.SizeConstraint == SizeConstraint.Pot ? "POT" : "AnySize",
            "--shape-padding", Number(sheet.ShapePadding),
            "--border-padding", Number(sheet.BorderPadding),
            "--trim-mode", sheet.Trim ? "Trim" : "None",
            sheet.AllowRotation ? "--enable-rotation" : "--disable-rotation",
            "--extrude", Number(sheet.Extrude),
            "--algorithm", "MaxRects",
            "--pack-mode", "Best",
            "--alpha-handling", sheet.PremultiplyAlpha ? "PremultiplyAlpha" : "ClearTransparentPixels",
        };
        if (sheet.Multipack) arguments.Add("--multipack");
        if (sheet.TrimSpriteNames) arguments.Add("--trim-sprite-names");
        if (variants)
            foreach (var variant in sheet.Variants)
                arguments.AddRange(["--variant", (ToolArgument)$"{variant.Scale.ToString("0.####", CultureInfo.InvariantCulture)}:{variant.Suffix}"]);
        if (extra is not null) arguments.AddRange(extra.Select(e => (ToolArgument)e));
        arguments.AddRange(sheet.SourceDirectories.Select(ToolArgument.Input));
        return arguments;
    }

    /// <summary>The deepest folder holding a project file and every sprite folder and file it names.</summary>
    /// <exception cref="SheetException">They share no folder below the file system's root.</exception>
    internal static string ProjectFolder(SpriteSheetSettings sheet)
    {
        var project = Path.GetFullPath(sheet.ProjectFile!);
        var folder = Path.GetDirectoryName(project)!;
        static bool Holds(string folder, string path) =>
            (path + Path.DirectorySeparatorChar).StartsWith(Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        foreach (var source in sheet.SourceDirectories.Concat(sheet.SourceFiles).Select(Path.GetFullPath))
            while (!Holds(folder, source)) folder = Path.GetDirectoryName(folder)!;   // the root holds everything
        if (Path.GetDirectoryName(folder) is null)
            throw new SheetException(
                $"TexturePacker project '{project}' names sprites that share no folder with it below '{folder}'; a container would need the whole disk. " +
                "Keep the project and its sprite folders under one folder of the repository.");
        return folder;
    }

    /// <summary>The texture file extension of a format, with the dot.</summary>
    public static string Extension(TextureFormat format) => format switch
    {
        TextureFormat.PvrCcz => ".pvr.ccz",
        TextureFormat.Webp => ".webp",
        _ => ".png",
    };

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
