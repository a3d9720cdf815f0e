namespace Walle.Pipelines.Assets.Sheets;

/// <summary>
/// A hidden folder inside an output folder where a packer or exporter writes; <see cref="Publish"/> moves the files into
/// place only after everything was written and checked, so a failure never leaves a half-written sheet or layout set.
/// </summary>
internal sealed class StagingFolder : IDisposable
{
    private readonly string _outputDirectory;

    public StagingFolder(string outputDirectory, string name)
    {
        _outputDirectory = outputDirectory;
        Path = System.IO.Path.Combine(outputDirectory, $".{name}.{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The staging folder's full path.</summary>
    public string Path { get; }

    /// <summary>Moves the staged files (relative paths) into the output folder.</summary>
    public void Publish(IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            var target = System.IO.Path.Combine(_outputDirectory, file);
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(target)!);
            File.Move(System.IO.Path.Combine(Path, file), target, overwrite: true);
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
    }
}
