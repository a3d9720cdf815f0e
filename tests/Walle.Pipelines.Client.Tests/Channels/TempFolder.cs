namespace Walle.Pipelines.Client.Tests.Channels;

/// <summary>A folder deleted at the end of the test.</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "walle-channels-" + Guid.NewGuid().ToString("N")[..12]);

    public TempFolder() => Directory.CreateDirectory(Path);

    /// <summary>A path inside the folder (not created).</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>The files directly in <paramref name="relative"/>, hidden ones included.</summary>
    public string[] Files(string relative) =>
        Directory.Exists(this[relative]) ? Directory.GetFiles(this[relative]).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray() : [];

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { }
    }
}
