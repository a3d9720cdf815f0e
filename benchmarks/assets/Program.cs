using Walle.Pipelines.Engine;
using System.Diagnostics;
using System.Globalization;
using Walle.Pipelines.Assets.Packing;
using Walle.Pipelines.Assets.Plist;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.Tests;
using Walle.Pipelines.Caching;

// Commands (run.sh drives them):
//   art <folder> <count> <seed> [min] [max] [prefix]   generate deterministic sprites
//   pack <source> <output>                    built-in packer on one folder; prints a JSON line like the anchor's
//   incremental <work> <sheets> <sprites>     cold build, no-op re-run, one sprite changed; prints a JSON line
//   build <work>                              one build of <work>/art as the Sheets target does it (for a fresh-process no-op)
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
switch (args.FirstOrDefault())
{
    case "art":
        SpriteArt.Generate(args[1], int.Parse(args[2]), int.Parse(args[3]),
            args.Length > 4 ? int.Parse(args[4]) : 8, args.Length > 5 ? int.Parse(args[5]) : 96, args.Length > 6 ? args[6] : "sprite");
        return 0;
    case "pack":
        return await Pack(args[1], args[2]);
    case "layout":
    {
        var rnd = new Random(5);
        var sizes = Enumerable.Range(0, int.Parse(args[1])).Select(_ => new Walle.Pipelines.Assets.PixelSize(rnd.Next(6, 80), rnd.Next(6, 80))).ToList();
        var clock = Stopwatch.StartNew();
        var pages = SheetLayout.Plan("x", sizes, new LayoutRules(4096, 4096, 0, 0, true, false, true));
        var area = sizes.Sum(s => (long)s.Width * s.Height);
        Console.WriteLine($"layout {clock.Elapsed.TotalSeconds:0.000}s eff {(double)area / pages.Sum(p => (long)p.Size.Width * p.Size.Height):0.0000} {pages[0].Size}");
        return 0;
    }
    case "incremental":
        return await Incremental(args[1], int.Parse(args[2]), int.Parse(args[3]));
    case "build":
    {
        var (seconds, outcomes) = await BuildOnce(args[1]);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
        Console.WriteLine($"{{\"seconds\":{seconds:0.000},\"processCpuSeconds\":{cpu:0.000},\"upToDate\":{outcomes.Count(o => o.Status == SheetStatus.UpToDate)},\"sheets\":{outcomes.Count}}}");
        return 0;
    }
    default:
        Console.Error.WriteLine("usage: art|pack|incremental ...");
        return 2;
}

static async Task<int> Pack(string source, string output)
{
    var sheet = new SpriteSheetSettings
    {
        Name = "sheet", SourceDirectories = [source], OutputDirectory = output,
        MaxWidth = 4096, MaxHeight = 4096, ShapePadding = 0, BorderPadding = 0, Multipack = true,
    };
    var clock = Stopwatch.StartNew();
    var files = await BuiltInPacker.PackAsync(sheet);
    var seconds = clock.Elapsed.TotalSeconds;
    long spriteArea = 0, textureArea = 0;
    var frames = 0;
    var plists = files.Where(f => f.EndsWith(".plist")).ToList();
    foreach (var plist in plists)
    {
        var data = CocosPlist.Read(Path.Combine(output, plist));
        textureArea += (long)data.Size.Width * data.Size.Height;
        spriteArea += data.Frames.Sum(f => (long)f.TextureRect.Width * f.TextureRect.Height);
        frames += data.Frames.Count;
    }
    Console.WriteLine($"{{\"seconds\":{seconds:0.000},\"pages\":{plists.Count},\"frames\":{frames},\"efficiency\":{(double)spriteArea / textureArea:0.0000}}}");
    return 0;
}

static async Task<int> Incremental(string work, int sheetCount, int spritesPerSheet)
{
    var art = Path.Combine(work, "art");
    for (var s = 0; s < sheetCount; s++)
    {
        var folder = Path.Combine(art, $"sheet{s:00}");
        if (!Directory.Exists(folder)) SpriteArt.Generate(folder, spritesPerSheet, seed: 1000 + s, minSize: 8, maxSize: 64);
    }
    Task<(double Seconds, IReadOnlyList<SheetOutcome> Outcomes)> Build() => BuildOnce(work);

    var cold = await Build();
    Thread.Sleep(1100); // outside the memo's racy window, as between two real builds
    var noop = await Build();
    var warmNoop = await Build();
    SpriteArt.WriteSprite(Path.Combine(art, "sheet07", "sprite0005.png"), new Random(424242), 8, 64);
    var changed = await Build();
    var repacked = changed.Outcomes.Where(o => o.Status == SheetStatus.Packed).Select(o => o.Name).ToList();
    Console.WriteLine(
        $"{{\"sheets\":{sheetCount},\"sprites\":{sheetCount * spritesPerSheet},\"coldSeconds\":{cold.Seconds:0.000}," +
        $"\"noopSeconds\":{noop.Seconds:0.000},\"noopUpToDate\":{noop.Outcomes.Count(o => o.Status == SheetStatus.UpToDate)}," +
        $"\"warmNoopSeconds\":{warmNoop.Seconds:0.000},\"changedSeconds\":{changed.Seconds:0.000}," +
        $"\"repacked\":[{string.Join(",", repacked.Select(r => $"\"{r}\""))}]}}");
    return 0;
}

// One build as the Sheets target does it: load the hash memo, build all sheets of <work>/art, save the memo.
static async Task<(double Seconds, IReadOnlyList<SheetOutcome> Outcomes)> BuildOnce(string work)
{
    var clock = Stopwatch.StartNew();
    var memo = Path.Combine(work, ".nuke", "cache", "file-hashes.tsv");
    var hashes = FileHashes.Load(memo);
    var outcomes = await SpriteSheets.BuildAsync(new SheetBuildSettings
    {
        Sheets = SheetFolders.Discover(Path.Combine(work, "art"), Path.Combine(work, "out")),
        StateDirectory = Path.Combine(work, ".nuke", "temp", "sheets"),
        Cache = new BuildCache(Path.Combine(work, ".nuke", "cache")),
        Hashes = hashes,
    }, new BuildContext());
    hashes.Save(memo);
    return (clock.Elapsed.TotalSeconds, outcomes);
}
