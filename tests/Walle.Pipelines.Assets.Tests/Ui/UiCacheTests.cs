using System.IO.Compression;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Walle.Pipelines.Assets.Ui.Native;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Tests.Ui;

/// <summary>
/// Layouts in the build cache the sprite sheets use: two checkouts in different folders (two clones, or two agents)
/// share one cache, and the second restores what the first exported, byte for byte, without exporting.
/// </summary>
public sealed class UiCacheTests : IAsyncLifetime
{
    private readonly TempFolder _shared = new();
    private UiFixture _first = null!;
    private UiFixture _second = null!;

    public async Task InitializeAsync()
    {
        _first = await UiFixture.CreateAsync();
        _second = await UiFixture.CreateAsync();
        Assert.NotEqual(_first.Temp.Path, _second.Temp.Path);
    }

    public Task DisposeAsync()
    {
        _first.Dispose();
        _second.Dispose();
        _shared.Dispose();
        return Task.CompletedTask;
    }

    private BuildCache Cache => new(_shared["cache"]);

    private static Task<IReadOnlyList<UiLayoutOutcome>> ExportAsync(UiFixture game, BuildCache cache, BuildContext? context = null) =>
        NativeUiExporter.ExportAsync(game.Settings() with { Cache = cache }, context ?? new BuildContext());

    [Fact]
    public async Task A_second_clone_in_another_folder_restores_every_layout_from_the_shared_cache_without_exporting()
    {
        var first = await ExportAsync(_first, Cache);
        Assert.All(first, o => Assert.Equal(UiLayoutStatus.Exported, o.Status));

        var second = await ExportAsync(_second, Cache);

        Assert.Equal(first.Count, second.Count);
        Assert.Equal(0, second.Count(o => o.Exported));
        Assert.All(second, o => Assert.Equal(UiLayoutStatus.RestoredLocal, o.Status));
        Assert.Equal(first.Select(o => o.Key), second.Select(o => o.Key));
        foreach (var outcome in first)
            Assert.Equal(File.ReadAllBytes(Path.Combine(_first.Output, outcome.Output)), File.ReadAllBytes(Path.Combine(_second.Output, outcome.Output)));

        // Restored outputs are stamped like exported ones: the next run in the second clone is a no-op.
        var again = await ExportAsync(_second, Cache);
        Assert.All(again, o => Assert.Equal(UiLayoutStatus.UpToDate, o.Status));
    }

    [Fact]
    public async Task A_clone_with_its_own_local_cache_restores_from_the_shared_remote_store()
    {
        var remote = new FolderObjectStore(_shared["remote"]);
        await ExportAsync(_first, new BuildCache(_first.Temp["local-cache"], remote));

        var second = await ExportAsync(_second, new BuildCache(_second.Temp["local-cache"], remote));

        Assert.All(second, o => Assert.Equal(UiLayoutStatus.RestoredRemote, o.Status));
        Assert.True(remote.Gets >= 2 * second.Count, $"each layout reads what it uses, then its binary ({remote.Gets} reads)");
    }

    [Fact]
    public async Task A_changed_resource_exports_again_only_the_layouts_that_use_it()
    {
        await ExportAsync(_first, Cache);
        // The one loose image the login layout names, changed in the second clone only.
        var icon = Path.Combine(_second.Resources, "ui", "login", "icon_000.png");
        File.WriteAllBytes(icon, [.. File.ReadAllBytes(icon), 0]);

        var second = await ExportAsync(_second, Cache);

        Assert.Equal(["Login.csd"], second.Where(o => o.Exported).Select(o => o.Layout));
        Assert.All(second.Where(o => o.Layout != "Login.csd"), o => Assert.Equal(UiLayoutStatus.RestoredLocal, o.Status));
    }

    [Theory]
    [InlineData("flipped byte, stale hash")]
    [InlineData("garbage with a matching hash")]
    [InlineData("not a zip")]
    public async Task A_damaged_entry_is_exported_again_with_a_warning_and_never_published(string damage)
    {
        var first = await ExportAsync(_first, Cache);
        var lobby = first.Single(o => o.Layout == "Lobby.csd");
        var entry = Path.Combine(_shared["cache"], lobby.Key[..2], lobby.Key + ".zip");
        Assert.True(File.Exists(entry), $"the lobby's binary is stored under its content key ({entry})");
        Damage(entry, damage);
        var log = new RecordingSink();

        var second = await ExportAsync(_second, Cache, new BuildContext(new LoggerConfiguration().WriteTo.Sink(log).CreateLogger()));

        Assert.Equal(UiLayoutStatus.Exported, second.Single(o => o.Layout == "Lobby.csd").Status);
        Assert.All(second.Where(o => o.Layout != "Lobby.csd"), o => Assert.Equal(UiLayoutStatus.RestoredLocal, o.Status));
        var published = File.ReadAllBytes(Path.Combine(_second.Output, "Lobby.csb"));
        Assert.Equal(File.ReadAllBytes(Path.Combine(_first.Output, "Lobby.csb")), published);
        if (damage != "not a zip")   // BuildCache itself drops an entry that is not a zip (its own warning, on Serilog's global logger).
            Assert.Contains(log.Warnings, w => w.Contains("Lobby.csd") && w.Contains("damaged") && w.Contains(lobby.Key));

        // The export rewrote the local entry: a third checkout restores the lobby again.
        using var third = await UiFixture.CreateAsync();
        Assert.All(await ExportAsync(third, Cache), o => Assert.Equal(UiLayoutStatus.RestoredLocal, o.Status));
    }

    [Fact]
    public async Task Unreadable_lists_of_what_layouts_use_make_them_export_again_with_a_warning()
    {
        await ExportAsync(_first, Cache);
        var lists = Directory.EnumerateFiles(_shared["cache"], "*.zip", SearchOption.AllDirectories)
            .Where(zip => { using var archive = ZipFile.OpenRead(zip); return archive.GetEntry("uses.json") is not null; })
            .ToList();
        Assert.Equal(4, lists.Count);
        foreach (var zip in lists)
        {
            File.Delete(zip);
            using var rewritten = ZipFile.Open(zip, ZipArchiveMode.Create);
            using var writer = new StreamWriter(rewritten.CreateEntry("uses.json").Open());
            writer.Write("{\"Dependencies\": 42");
        }
        var log = new RecordingSink();

        var second = await ExportAsync(_second, Cache, new BuildContext(new LoggerConfiguration().WriteTo.Sink(log).CreateLogger()));

        Assert.All(second, o => Assert.Equal(UiLayoutStatus.Exported, o.Status));
        Assert.Equal(4, log.Warnings.Count(w => w.Contains("damaged") && w.Contains("uses.json")));
        foreach (var outcome in second)
            Assert.Equal(File.ReadAllBytes(Path.Combine(_first.Output, outcome.Output)), File.ReadAllBytes(Path.Combine(_second.Output, outcome.Output)));
    }

    private static void Damage(string entry, string damage)
    {
        if (damage == "not a zip")
        {
            File.WriteAllText(entry, "not a zip archive");
            return;
        }
        byte[] binary;
        using (var zip = ZipFile.OpenRead(entry))
        using (var stream = zip.GetEntry("layout.csb")!.Open())
        using (var copy = new MemoryStream())
        {
            stream.CopyTo(copy);
            binary = copy.ToArray();
        }
        var hash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(binary));
        if (damage == "flipped byte, stale hash")
            binary[binary.Length / 2] ^= 0x40;
        else
        {
            binary = new byte[binary.Length];
            hash = Convert.ToHexStringLower(System.IO.Hashing.XxHash128.Hash(binary));
        }
        File.Delete(entry);
        using var rewritten = ZipFile.Open(entry, ZipArchiveMode.Create);
        using (var writer = new StreamWriter(rewritten.CreateEntry("layout.csb.xxh128").Open())) writer.Write(hash);
        using (var stream = rewritten.CreateEntry("layout.csb").Open()) stream.Write(binary);
    }

    private sealed class RecordingSink : ILogEventSink
    {
        private readonly List<string> _warnings = [];

        public IReadOnlyList<string> Warnings
        {
            get { lock (_warnings) return [.. _warnings]; }
        }

        public void Emit(LogEvent logEvent)
        {
            if (logEvent.Level != LogEventLevel.Warning) return;
            lock (_warnings) _warnings.Add(logEvent.RenderMessage());
        }
    }
}
