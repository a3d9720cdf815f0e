namespace Walle.Pipelines.Assets.Tests;

/// <summary>
/// Writes TexturePacker project files in the layout TexturePacker 7 saves (a <c>&lt;data&gt;&lt;struct
/// type="Settings"&gt;</c> of key/value pairs), with the settings each test changes.
/// </summary>
internal static class TpsFile
{
    public sealed record Options
    {
        public string DataFormat { get; init; } = "cocos2d-x";
        public string DataFile { get; init; } = "";
        public string TextureFile { get; init; } = "";
        public string TextureFormat { get; init; } = "png";
        public string OutputFormat { get; init; } = "RGBA8888";
        public int MaxWidth { get; init; } = 2048;
        public int MaxHeight { get; init; } = 2048;
        public string SizeConstraints { get; init; } = "AnySize";
        public string Algorithm { get; init; } = "MaxRects";
        public int ShapePadding { get; init; } = 2;
        public int BorderPadding { get; init; } = 2;
        public bool AllowRotation { get; init; } = true;
        public bool MultiPack { get; init; }
        public bool TrimSpriteNames { get; init; }
        public string TrimMode { get; init; } = "Trim";
        public int TrimMargin { get; init; }
        public int Extrude { get; init; }
        public double Scale { get; init; } = 1;
        public IReadOnlyList<(double Scale, string Extension)> Variants { get; init; } = [(1, "")];
        public IReadOnlyList<string> Files { get; init; } = [];
    }

    public static string Write(string path, Options o)
    {
        var variants = string.Concat(o.Variants.Select(v => $"""
                        <struct type="AutoSDSettings">
                            <key>scale</key>
                            <double>{v.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}</double>
                            <key>extension</key>
                            <string>{v.Extension}</string>
                            <key>spriteFilter</key>
                            <string></string>
                            <key>acceptFractionalValues</key>
                            <false/>
                            <key>maxTextureSize</key>
                            <QSize>
                                <key>width</key>
                                <int>-1</int>
                                <key>height</key>
                                <int>-1</int>
                            </QSize>
                        </struct>

            """));
        var files = string.Concat(o.Files.Select(f => $"            <filename>{f}</filename>\n"));
        var text = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <data version="1.0">
                <struct type="Settings">
                    <key>fileFormatVersion</key>
                    <int>6</int>
                    <key>texturePackerVersion</key>
                    <string>7.1.0</string>
                    <key>autoSDSettings</key>
                    <array>
            {variants}        </array>
                    <key>allowRotation</key>
                    <{(o.AllowRotation ? "true" : "false")}/>
                    <key>shapeDebug</key>
                    <false/>
                    <key>dpi</key>
                    <uint>72</uint>
                    <key>dataFormat</key>
                    <string>{o.DataFormat}</string>
                    <key>textureFileName</key>
                    <filename>{o.TextureFile}</filename>
                    <key>shapePadding</key>
                    <uint>{o.ShapePadding}</uint>
                    <key>textureFormat</key>
                    <enum type="SettingsBase::TextureFormat">{o.TextureFormat}</enum>
                    <key>borderPadding</key>
                    <uint>{o.BorderPadding}</uint>
                    <key>maxTextureSize</key>
                    <QSize>
                        <key>width</key>
                        <int>{o.MaxWidth}</int>
                        <key>height</key>
                        <int>{o.MaxHeight}</int>
                    </QSize>
                    <key>fixedTextureSize</key>
                    <QSize>
                        <key>width</key>
                        <int>-1</int>
                        <key>height</key>
                        <int>-1</int>
                    </QSize>
                    <key>algorithmSettings</key>
                    <struct type="AlgorithmSettings">
                        <key>algorithm</key>
                        <enum type="AlgorithmSettings::AlgorithmId">{o.Algorithm}</enum>
                        <key>freeSizeMode</key>
                        <enum type="AlgorithmSettings::AlgorithmFreeSizeMode">Best</enum>
                        <key>sizeConstraints</key>
                        <enum type="AlgorithmSettings::SizeConstraints">{o.SizeConstraints}</enum>
                        <key>forceSquared</key>
                        <false/>
                    </struct>
                    <key>dataFileNames</key>
                    <map type="GFileNameMap">
                        <key>data</key>
                        <struct type="DataFile">
                            <key>name</key>
                            <filename>{o.DataFile}</filename>
                        </struct>
                    </map>
                    <key>multiPack</key>
                    <{(o.MultiPack ? "true" : "false")}/>
                    <key>outputFormat</key>
                    <enum type="SettingsBase::OutputFormat">{o.OutputFormat}</enum>
                    <key>alphaHandling</key>
                    <enum type="SettingsBase::AlphaHandling">ClearTransparentPixels</enum>
                    <key>contentProtection</key>
                    <struct type="ContentProtection">
                        <key>key</key>
                        <string></string>
                    </struct>
                    <key>autoAliasEnabled</key>
                    <true/>
                    <key>trimSpriteNames</key>
                    <{(o.TrimSpriteNames ? "true" : "false")}/>
                    <key>prependSmartFolderName</key>
                    <false/>
                    <key>globalSpriteSettings</key>
                    <struct type="SpriteSettings">
                        <key>scale</key>
                        <double>{o.Scale.ToString(System.Globalization.CultureInfo.InvariantCulture)}</double>
                        <key>scaleMode</key>
                        <enum type="ScaleMode">Smooth</enum>
                        <key>extrude</key>
                        <uint>{o.Extrude}</uint>
                        <key>trimThreshold</key>
                        <uint>1</uint>
                        <key>trimMargin</key>
                        <uint>{o.TrimMargin}</uint>
                        <key>trimMode</key>
                        <enum type="SpriteSettings::TrimMode">{o.TrimMode}</enum>
                    </struct>
                    <key>fileList</key>
                    <array>
            {files}        </array>
                    <key>ignoreFileList</key>
                    <array/>
                    <key>replaceList</key>
                    <array/>
                    <key>commonDivisorX</key>
                    <uint>1</uint>
                    <key>commonDivisorY</key>
                    <uint>1</uint>
                </struct>
            </data>

            """;
        File.WriteAllText(path, text);
        return path;
    }
}
