namespace Walle.Pipelines.Client.Tests;

/// <summary>A fresh temporary folder, deleted afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("walle-client-").FullName;

    public string File(string relative, string? text = null)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        if (text is not null) System.IO.File.WriteAllText(path, text);
        return path;
    }

    /// <summary>A path inside the folder (not created).</summary>
    public string this[string relative] => System.IO.Path.Combine(Path, relative);

    /// <summary>The files directly in <paramref name="relative"/>, hidden ones included.</summary>
    public string[] Files(string relative) =>
        Directory.Exists(this[relative]) ? Directory.GetFiles(this[relative]).Select(f => System.IO.Path.GetFileName(f)).Order(StringComparer.Ordinal).ToArray() : [];

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
