// UI export benchmark driver (see run.sh):
//   generate <work> <layouts>   Vega's sheets packed into <work>/res/sheets, <layouts> generated .csd files into <work>/ui
//   export <work> [<cache>]     one native export of <work>/ui as the UiExport target does it, with the build cache
//                               folder <cache> when given; prints a JSON line
//   parse <work>                the anchor: only reading every .csd with XDocument (the floor any exporter pays); prints a JSON line
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.Tests.Ui;
using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Engine;

switch (args.FirstOrDefault())
{
    case "generate":
        await Generate(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        return 0;
    case "export":
        return await Export(args[1], args.Length > 2 ? args[2] : null);
    case "parse":
        var clock = Stopwatch.StartNew();
        var nodes = Directory.EnumerateFiles(Path.Combine(args[1], "ui"), "*.csd").Sum(f => XDocument.Load(f).Descendants("AbstractNodeData").Count());
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{{\"seconds\":{clock.Elapsed.TotalSeconds:0.000},\"nodes\":{nodes}}}"));
        return 0;
    default:
        Console.Error.WriteLine("usage: generate <work> <layouts> | export <work> [<cache>] | parse <work>");
        return 2;
}

static async Task<int> Export(string work, string? cache)
{
    var clock = Stopwatch.StartNew();
    var memo = Path.Combine(work, "state", "file-hashes.tsv");
    var hashes = FileHashes.Load(memo);
    var outcomes = await NativeUiExporter.ExportAsync(new NativeUiExportSettings
    {
        SourceDirectory = Path.Combine(work, "ui"),
        OutputDirectory = Path.Combine(work, "out"),
        ResourceDirectories = [Path.Combine(work, "res")],
        StateDirectory = Path.Combine(work, "state"),
        Hashes = hashes,
        Cache = cache is null ? null : new BuildCache(cache),
    }, new BuildContext(new Serilog.LoggerConfiguration().CreateLogger()));
    hashes.Save(memo);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{{\"seconds\":{clock.Elapsed.TotalSeconds:0.000},\"exported\":{outcomes.Count(o => o.Exported)},\"restored\":{outcomes.Count(o => o.Restored)},\"upToDate\":{outcomes.Count(o => o.Status == UiLayoutStatus.UpToDate)}}}"));
    return 0;
}

static async Task Generate(string work, int count)
{
    var root = AppContext.BaseDirectory;
    while (!File.Exists(Path.Combine(root, "Walle.slnx"))) root = Path.GetDirectoryName(root)!;
    await SpriteSheets.BuildAsync(new SheetBuildSettings
    {
        Sheets = SheetFolders.Discover(Path.Combine(root, "samples", "Vega", "art"), Path.Combine(work, "res", "sheets")),
        StateDirectory = Path.Combine(work, "sheet-state"),
    }, new BuildContext());
    var ui = Path.Combine(work, "ui");
    Directory.CreateDirectory(ui);
    var random = new Random(2026);
    for (var i = 0; i < count; i++)
        File.WriteAllText(Path.Combine(ui, $"Screen{i:000}.csd"), Layout(i, random));
}

// A screen of 24 nodes: a panel with buttons, texts, images, a list of sprites and a two-timeline animation.
static string Layout(int index, Random random)
{
    var children = new StringBuilder();
    var tag = index * 100 + 1;
    string Node(string name, string ctype, string attributes, string inner) =>
        $"""
                  <AbstractNodeData Name="{name}" ActionTag="{tag++}" Tag="{tag}" {attributes} ctype="{ctype}">
                    <Size X="{random.Next(20, 300)}.0000" Y="{random.Next(20, 120)}.0000" />
                    <AnchorPoint ScaleX="0.5000" ScaleY="0.5000" />
                    <Position X="{random.Next(960)}.0000" Y="{random.Next(640)}.0000" />
                    <Scale ScaleX="1.0000" ScaleY="1.0000" />
                    <CColor A="255" R="{random.Next(256)}" G="{random.Next(256)}" B="{random.Next(256)}" />
        {inner}
                  </AbstractNodeData>
        """;
    string Frame(string element, string sheet, string prefix, int frames) =>
        $"""<{element} Type="PlistSubImage" Path="{prefix}{random.Next(frames):0000}.png" Plist="sheets/{sheet}.plist" />""";
    for (var b = 0; b < 8; b++)
        children.Append(Node($"btn_{b}", "ButtonObjectData", $"TouchEnable=\"True\" FontSize=\"20\" ButtonText=\"Button {b}\"",
            Frame("NormalFileData", "ui", "button_", 40) + Frame("PressedFileData", "ui", "button_", 40) + Frame("DisabledFileData", "ui", "button_", 40)));
    for (var t = 0; t < 8; t++)
        children.Append(Node($"text_{t}", "TextObjectData", $"FontSize=\"{random.Next(12, 40)}\" LabelText=\"Label {index}.{t}\"", ""));
    for (var s = 0; s < 6; s++)
        children.Append(Node($"hero_{s}", "SpriteObjectData", "", Frame("FileData", "heroes", "hero_", 24)));
    children.Append(Node("spark", "ImageViewObjectData", "", Frame("FileData", "effects", "spark_", 30)));
    var animated = index * 100 + 1;
    var animation = $"""
              <Animation Duration="30" Speed="1.0000">
                <Timeline ActionTag="{animated}" Property="Scale">
                  <ScaleFrame FrameIndex="0" X="0.5000" Y="0.5000"><EasingData Type="25" /></ScaleFrame>
                  <ScaleFrame FrameIndex="30" X="1.0000" Y="1.0000"><EasingData Type="0" /></ScaleFrame>
                </Timeline>
                <Timeline ActionTag="{animated}" Property="Alpha">
                  <IntFrame FrameIndex="0" Value="0" />
                  <IntFrame FrameIndex="30" Value="255" />
                </Timeline>
              </Animation>
              <AnimationList><AnimationInfo Name="open" StartIndex="0" EndIndex="30" /></AnimationList>
        """;
    return CsdText.Layout(children.ToString(), animation, name: $"Screen{index:000}");
}
