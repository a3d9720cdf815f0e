using System.Globalization;
using Walle.Pipelines.Assets.Sheets;

namespace Walle.Pipelines.Assets.TexturePacker.Projects;

/// <summary>
/// A TexturePacker project (<c>.tps</c>) read as a sheet definition. TexturePacker packs the project itself (Walle
/// only redirects its data and texture files into a staging folder); the built-in packer packs the
/// <see cref="SpriteSheetSettings"/> mapped from it. Each project option the built-in packer cannot honour is named
/// in <see cref="SpriteSheetSettings.IgnoredByBuiltIn"/>; an option that neither packer can give Walle (a data format
/// other than cocos2d-x plists, an unknown texture format) is an error.
/// </summary>
public static class TexturePackerProject
{
    /// <summary>The project file extension.</summary>
    public const string Extension = ".tps";

    /// <summary>
    /// Reads the project at <paramref name="path"/> as the sheet <see cref="SpriteSheetSettings.Name"/> (the data file's
    /// name, else the project's), writing into <paramref name="outputDirectory"/>. Sprite paths are relative to the
    /// project file, as TexturePacker stores them.
    /// </summary>
    /// <exception cref="SheetException">The file does not parse, names a sprite file or folder that does not exist, or uses an option no packer supports.</exception>
    public static SpriteSheetSettings Load(string path, string outputDirectory)
    {
        path = Path.GetFullPath(path);
        var tps = TpsStruct.Load(path);
        var folder = Path.GetDirectoryName(path)!;
        var ignored = new List<string>();
        void Ignore(string key, string what) => ignored.Add($"'{key}' at line {tps.LineOf(key)}: {what}");

        var (name, textureName) = Names(tps, path);
        var sheet = new SpriteSheetSettings { Name = name, SourceDirectories = [], OutputDirectory = outputDirectory, ProjectFile = path };
        sheet = Sources(tps, folder, sheet);

        sheet = sheet with { Format = DataFormat(tps) };
        sheet = sheet with { TextureFormat = TextureFormatOf(tps) };
        if (textureName is not null && textureName != sheet.Name)
            Ignore("textureFileName", $"the built-in packer names the texture after the data file ('{sheet.Name}'), not '{textureName}'");
        if (tps.Size("maxTextureSize") is { } max)
            sheet = sheet with { MaxWidth = max.Width > 0 ? max.Width : sheet.MaxWidth, MaxHeight = max.Height > 0 ? max.Height : sheet.MaxHeight };
        if (tps.Size("fixedTextureSize") is { Width: > 0 } or { Height: > 0 })
            Ignore("fixedTextureSize", "the built-in packer chooses the texture size");
        sheet = sheet with
        {
            ShapePadding = NonNegative(tps, "shapePadding") ?? sheet.ShapePadding,
            BorderPadding = NonNegative(tps, "borderPadding") ?? sheet.BorderPadding,
            AllowRotation = tps.Bool("allowRotation") ?? sheet.AllowRotation,
            Multipack = tps.Bool("multiPack") ?? sheet.Multipack,
            TrimSpriteNames = tps.Bool("trimSpriteNames") ?? sheet.TrimSpriteNames,
            PixelFormat = PixelFormatOf(tps, Ignore),
            PremultiplyAlpha = tps.Bool("premultiplyAlpha") == true || tps.Text("alphaHandling") == "PremultiplyAlpha",
        };
        if (tps.Text("alphaHandling") is { } alpha and not ("ClearTransparentPixels" or "PremultiplyAlpha" or "KeepTransparentPixels"))
            Ignore("alphaHandling", $"'{alpha}' is not applied by the built-in packer");
        if (tps.Bool("autoAliasEnabled") == false) Ignore("autoAliasEnabled", "the built-in packer always packs identical sprites once (aliases)");
        if (tps.Bool("prependSmartFolderName") == true) Ignore("prependSmartFolderName", "frame names are paths inside the sprite folders");
        if (tps.Items("ignoreFileList").Count > 0) Ignore("ignoreFileList", "every image in the sprite folders is packed");
        if (tps.Struct("contentProtection")?.Text("key") is { Length: > 0 })
            Ignore("contentProtection", "the built-in packer writes unencrypted textures");
        if ((tps.Int("commonDivisorX") ?? 1) > 1 || (tps.Int("commonDivisorY") ?? 1) > 1)
            Ignore("commonDivisorX", "sprite sizes are not rounded to a common divisor");
        sheet = Algorithm(tps, sheet, Ignore);
        sheet = SpriteSettings(tps, sheet, Ignore);
        sheet = Variants(tps, sheet, Ignore);
        return sheet with { IgnoredByBuiltIn = ignored };
    }

    /// <summary>True when <paramref name="folder"/> (full path) is one of the project's sprite folders.</summary>
    public static bool UsesFolder(SpriteSheetSettings project, string folder) =>
        project.SourceDirectories.Any(d => string.Equals(Path.GetFullPath(d).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal));

    private static (string Name, string? Texture) Names(TpsStruct tps, string path)
    {
        static string Stem(string file) => StripPlaceholders(Path.GetFileNameWithoutExtension(file.Replace('\\', '/').Split('/')[^1]));
        var data = tps.Struct("dataFileNames")?.Struct("data")?.Text("name");
        var texture = tps.Text("textureFileName");
        var name = !string.IsNullOrEmpty(data) ? Stem(data) : Path.GetFileNameWithoutExtension(path);
        if (name.Length == 0 || name.StartsWith('.'))
            throw tps.Error(tps.Element("dataFileNames")!, $"the data file name '{data}' gives no sheet name");
        return (name, string.IsNullOrEmpty(texture) ? null : Stem(texture.EndsWith(".pvr.ccz", StringComparison.Ordinal) ? texture[..^4] : texture));
    }

    /// <summary>TexturePacker's placeholders in file names: <c>{n}</c> (multipack page), <c>{v}</c> (variant) and the separator before them.</summary>
    private static string StripPlaceholders(string stem)
    {
        foreach (var placeholder in new[] { "{n}", "{n1}", "{v}" })
        {
            var at = stem.IndexOf(placeholder, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = at > 0 && stem[at - 1] is '-' or '_' ? at - 1 : at;
            stem = stem.Remove(start, at - start + placeholder.Length);
        }
        return stem;
    }

    private static SpriteSheetSettings Sources(TpsStruct tps, string folder, SpriteSheetSettings sheet)
    {
        var items = tps.Items("fileList");
        if (items.Count == 0)
            throw new SheetException($"TexturePacker project '{tps.FileName}' lists no sprites (empty 'fileList'): add the sprite folder in TexturePacker and save.");
        var directories = new List<string>();
        var files = new List<string>();
        foreach (var (entry, line) in items)
        {
            var full = Path.GetFullPath(Path.Combine(folder, entry.Replace('\\', '/')));
            if (Directory.Exists(full)) directories.Add(full);
            else if (File.Exists(full)) files.Add(full);
            else
                throw new SheetException(
                    $"TexturePacker project '{tps.FileName}' (line {line}) names the sprite folder or file '{entry}', which does not exist " +
                    $"(looked at '{full}'). Restore it, or remove it from the project in TexturePacker.");
        }
        return sheet with { SourceDirectories = directories, SourceFiles = files };
    }

    private static PlistFormat DataFormat(TpsStruct tps) => tps.Text("dataFormat") switch
    {
        null or "cocos2d-x" => PlistFormat.Cocos2dxV3,
        "cocos2d" => PlistFormat.Cocos2dV2,
        var other => throw tps.Error(tps.Element("dataFormat")!,
            $"data format '{other}' is not a cocos2d-x sprite sheet; Walle builds 'cocos2d-x' (plist format 3) or 'cocos2d' (format 2) sheets. " +
            "Choose one of them in TexturePacker's Data Format"),
    };

    private static TextureFormat TextureFormatOf(TpsStruct tps) => tps.Text("textureFormat") switch
    {
        null or "png" or "png8" => TextureFormat.Png,
        "pvr3ccz" => TextureFormat.PvrCcz,
        "webp" => TextureFormat.Webp,
        var other => throw tps.Error(tps.Element("textureFormat")!,
            $"texture format '{other}' is not supported (Walle verifies png, pvr3ccz and webp sheets). Choose one of them in TexturePacker"),
    };

    private static PixelFormat PixelFormatOf(TpsStruct tps, Action<string, string> ignore)
    {
        switch (tps.Text("outputFormat"))
        {
            case null or "RGBA8888": return PixelFormat.Rgba8888;
            case "RGBA4444": return PixelFormat.Rgba4444;
            case "RGB565": return PixelFormat.Rgb565;
            case "RGBA5551" or "RGB5A1": return PixelFormat.Rgba5551;
            case var other:
                ignore("outputFormat", $"pixel format '{other}' is not modelled by the built-in packer; it records RGBA8888");
                return PixelFormat.Rgba8888;
        }
    }

    private static SpriteSheetSettings Algorithm(TpsStruct tps, SpriteSheetSettings sheet, Action<string, string> ignore)
    {
        if (tps.Struct("algorithmSettings") is not { } algorithm) return sheet;
        if (algorithm.Text("algorithm") is { } id and not "MaxRects")
            ignore("algorithm", $"the built-in packer uses MaxRects, not {id}");
        if (algorithm.Bool("forceSquared") == true) ignore("forceSquared", "textures are not forced square");
        return algorithm.Text("sizeConstraints") switch
        {
            null or "AnySize" => sheet with { SizeConstraint = SizeConstraint.AnySize },
            "POT" => sheet with { SizeConstraint = SizeConstraint.Pot },
            var other => Fallback(other),
        };

        SpriteSheetSettings Fallback(string constraint)
        {
            ignore("sizeConstraints", $"'{constraint}' is not supported by the built-in packer; it packs AnySize");
            return sheet with { SizeConstraint = SizeConstraint.AnySize };
        }
    }

    private static SpriteSheetSettings SpriteSettings(TpsStruct tps, SpriteSheetSettings sheet, Action<string, string> ignore)
    {
        if (tps.Struct("globalSpriteSettings") is not { } sprite) return sheet;
        sheet = sheet with { Extrude = NonNegative(sprite, "extrude") ?? sheet.Extrude };
        sheet = sprite.Text("trimMode") switch
        {
            null or "Trim" => sheet with { Trim = true },
            "None" => sheet with { Trim = false },
            var other => TrimFallback(other),
        };
        if ((sprite.Int("trimMargin") ?? 0) != 0) ignore("trimMargin", "the built-in packer trims to the last visible pixel (margin 0)");
        if ((sprite.Int("trimThreshold") ?? 1) > 1) ignore("trimThreshold", "the built-in packer trims only fully transparent pixels (threshold 1)");
        if (sprite.Double("scale") is { } scale and not 1.0)
        {
            if (scale <= 0) throw sprite.Error(sprite.Element("scale")!, $"sprite scale {scale} must be above 0");
            sheet = sheet with { Variants = sheet.Variants.Select(v => v with { Scale = v.Scale * scale }).ToList() };
        }
        if (sprite.Text("scaleMode") is { } mode and not "Smooth") ignore("scaleMode", $"the built-in packer scales smoothly (Mitchell), not '{mode}'");
        return sheet;

        SpriteSheetSettings TrimFallback(string mode)
        {
            ignore("trimMode", $"'{mode}' is not supported by the built-in packer; it trims (mode Trim)");
            return sheet with { Trim = true };
        }
    }

    private static SpriteSheetSettings Variants(TpsStruct tps, SpriteSheetSettings sheet, Action<string, string> ignore)
    {
        var global = sheet.Variants[0].Scale;
        var variants = new List<ScaleVariant>();
        foreach (var variant in tps.Structs("autoSDSettings"))
        {
            var scale = variant.Double("scale") ?? 1.0;
            if (scale <= 0) throw variant.Error(variant.Element("scale")!, $"variant scale {scale} must be above 0");
            if (!string.IsNullOrEmpty(variant.Text("spriteFilter"))) ignore("autoSDSettings", "a variant's sprite filter is not applied by the built-in packer");
            variants.Add(new ScaleVariant(variant.Text("extension") ?? "", scale * global));
        }
        return variants.Count == 0 ? sheet : sheet with { Variants = variants };
    }

    private static int? NonNegative(TpsStruct tps, string key) =>
        tps.Int(key) is { } value && value < 0 ? throw tps.Error(tps.Element(key)!, $"'{key}' is {value}; it must be 0 or more") : tps.Int(key);
}
