namespace Walle.Pipelines.Patch.Tests;

/// <summary>Deterministic hot-update content: scripts, configs and images of realistic small sizes.</summary>
internal static class GameContent
{
    public static TempFolder Create(int files = 60, int seed = 1)
    {
        var folder = new TempFolder();
        var random = new Random(seed);
        for (var i = 0; i < files; i++)
        {
            var (path, size) = (i % 3) switch
            {
                0 => ($"src/app/view{i}.lua", 300 + random.Next(4000)),
                1 => ($"res/ui/icon{i}.png", 2000 + random.Next(30000)),
                _ => ($"res/config/table{i}.json", 100 + random.Next(2000)),
            };
            var bytes = new byte[size];
            random.NextBytes(bytes);
            folder.File(path, bytes);
        }
        return folder;
    }

    /// <summary>Changes one file's bytes (same path).</summary>
    public static void Modify(TempFolder folder, string relative) =>
        File.AppendAllText(Path.Combine(folder.Path, relative), "-changed-" + Guid.NewGuid());
}
