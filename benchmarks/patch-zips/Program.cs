using Walle.Pipelines.Engine;
// What players download with and without patch zips: requests and bytes, measured with the cocos2d-x client
// simulator over a folder store. Each scenario publishes the same versions twice (no zips, then zips) from the
// same seed; a player takes every version as it goes live ("keeps up"), and a player on each earlier version
// updates to the last one ("late").
using Walle.Pipelines.Patch;
using Walle.Pipelines.Patch.Tests;
using Walle.Pipelines.Storage;

const string Cdn = "https://cdn.example.com/game/";
var files = args.Length > 0 ? int.Parse(args[0]) : 600;
var versions = args.Length > 1 ? int.Parse(args[1]) : 8;
var window = args.Length > 2 ? int.Parse(args[2]) : 3;

foreach (var (name, hot) in new[] { ("uniform: every file as likely to change", 0.0), ("skewed: 80% of changes hit 5% of the files", 0.8) })
{
    Console.WriteLine($"\n{files} files, {versions} versions, each modifying 20 files, adding 10, deleting 5; {name}");
    var plain = await RunAsync(files, versions, 0, hot);
    var zipped = await RunAsync(files, versions, window, hot);
    Console.WriteLine($"{"player",-22} {"no zips",22} {"zips (window " + window + ")",26} {"requests",9} {"bytes",7}");
    foreach (var key in plain.Keys)
    {
        var (r0, b0) = plain[key];
        var (r1, b1) = zipped[key];
        Console.WriteLine($"{key,-22} {r0,6} req {b0 / 1024,8} KiB {r1,10} req {b1 / 1024,8} KiB {(double)r1 / r0,8:0.00}x {(double)b1 / b0,6:0.00}x");
    }
}

static async Task<Dictionary<string, (long Requests, long Bytes)>> RunAsync(int fileCount, int versionCount, int window, double hotShare)
{
    using var work = new TempFolder();
    using var content = GameContent.Create(fileCount, seed: 3);
    var random = new Random(5);
    var store = new LocalObjectStore(Path.Combine(work.Path, "store"));
    Task Publish(string version) => GameStatic.PublishAsync(store, new PatchPublishSettings(content.Path, version, Cdn) { ZipWindow = window, Keep = 0 }, new BuildContext());
    var packaged = await PatchManifests.GenerateAsync(GameStatic.ManifestSettings(new PatchPublishSettings(content.Path, "1.0.0", Cdn)), new BuildContext());
    var players = new List<(string Version, CocosClient Client)> { ("1.0.0", CocosClient.Install(Path.Combine(work.Path, "p0"), content.Path, packaged, store, Cdn)) };
    await Publish("1.0.0");
    var hot = Directory.GetFiles(content.Path, "*", SearchOption.AllDirectories).Order().Where((_, i) => i % 20 == 0).ToArray();
    var results = new Dictionary<string, (long, long)>();
    long requests = 0, bytes = 0;
    for (var v = 1; v <= versionCount; v++)
    {
        var all = Directory.GetFiles(content.Path, "*", SearchOption.AllDirectories).Order().ToArray();
        for (var c = 0; c < 20; c++)
        {
            var pool = random.NextDouble() < hotShare ? hot.Where(File.Exists).ToArray() : all;
            File.AppendAllText(pool[random.Next(pool.Length)], $"v{v}c{c}");
        }
        for (var a = 0; a < 10; a++) content.File($"res/v{v}/new{a}.json", new string('a', 300 + random.Next(3000)) + v);
        foreach (var f in all.Except(hot).OrderBy(_ => random.Next()).Take(5)) File.Delete(f);
        await Publish($"1.0.{v}");
        var player = players[^1].Client.CloneTo(Path.Combine(work.Path, "p" + v));
        var update = await player.UpdateAsync();
        requests += update.Downloaded.Count;
        bytes += update.DownloadedBytes;
        players.Add(($"1.0.{v}", player));
    }
    results["keeps up (all updates)"] = (requests, bytes);
    foreach (var (version, client) in players.Take(players.Count - 1))
    {
        var update = await client.CloneTo(Path.Combine(work.Path, "late-" + version)).UpdateAsync();
        results[$"late: {version} → 1.0.{versionCount}"] = (update.Downloaded.Count, update.DownloadedBytes);
    }
    return results;
}
