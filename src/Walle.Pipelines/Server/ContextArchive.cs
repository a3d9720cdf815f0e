using System.Formats.Tar;

namespace Walle.Pipelines.Server;

/// <summary>
/// The build context as the tar the engine's build endpoint reads: every file of the folder except what
/// <c>.dockerignore</c> leaves out (<see cref="DockerIgnore"/>), the Dockerfile and <c>.dockerignore</c> always, symbolic
/// links stored as links (never followed), in ordinal order so the same folder gives the same archive.
/// </summary>
public static class ContextArchive
{
    /// <summary>Writes the context of <paramref name="contextDirectory"/> to <paramref name="output"/>.</summary>
    public static async Task WriteAsync(string contextDirectory, string dockerfile, Stream output, CancellationToken cancellationToken)
    {
        var ignore = DockerIgnore.Load(contextDirectory).Keeping(dockerfile, ".dockerignore");
        await using var tar = new TarWriter(output, TarEntryFormat.Pax, leaveOpen: true);
        foreach (var (path, name) in Entries(contextDirectory, "", ignore))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await tar.WriteEntryAsync(path, name, cancellationToken);
        }
    }

    private static IEnumerable<(string Path, string Name)> Entries(string folder, string prefix, DockerIgnore ignore)
    {
        var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos().OrderBy(e => e.Name, StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            var name = prefix + entry.Name;
            var excluded = ignore.IsExcluded(name);
            var isFolder = entry is DirectoryInfo && entry.LinkTarget is null;
            if (isFolder)
            {
                // An excluded folder is still walked when a '!' line could bring back something inside, as Docker does.
                if (excluded && !ignore.HasExclusions) continue;
                if (!excluded) yield return (entry.FullName, name + "/");
                foreach (var inner in Entries(entry.FullName, name + "/", ignore)) yield return inner;
            }
            else if (!excluded && (entry.LinkTarget is not null || entry is FileInfo))
                yield return (entry.FullName, name);
        }
    }
}
