using System.Formats.Tar;

namespace Walle.Pipelines.Tooling;

/// <summary>
/// The tars a container runner sends and receives: inputs packed under their container paths (links kept as links,
/// never followed, so nothing outside an input reaches the engine), outputs unpacked refusing anything but files and
/// folders inside the output folder.
/// </summary>
internal static class ContainerArchive
{
    /// <summary>Writes the inputs and empty output folders as a tar rooted at <c>/</c>; returns the number of files.</summary>
    public static async Task<int> WriteInputsAsync(ContainerPaths paths, Stream output, CancellationToken cancellationToken)
    {
        var files = 0;
        // GNU format: no extended header per entry (PAX writes one for every file's times), which halved the entries sent.
        await using var tar = new TarWriter(output, TarEntryFormat.Gnu, leaveOpen: true);
        var folders = new HashSet<string>(StringComparer.Ordinal);
        async Task FolderAsync(string containerPath)
        {
            var parts = containerPath.Trim('/').Split('/');
            for (var i = 1; i <= parts.Length; i++)
            {
                var name = string.Join('/', parts[..i]) + "/";
                if (folders.Add(name))
                    await tar.WriteEntryAsync(new GnuTarEntry(TarEntryType.Directory, name) { Mode = (UnixFileMode)0b111_111_111 }, cancellationToken);
            }
        }
        foreach (var (host, container) in paths.Inputs)
        {
            var name = container.TrimStart('/');
            await FolderAsync(container[..container.LastIndexOf('/')]);
            if (Directory.Exists(host) && new DirectoryInfo(host).LinkTarget is null)
            {
                await FolderAsync(container);
                foreach (var entry in new DirectoryInfo(host).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var relative = Path.GetRelativePath(host, entry.FullName).Replace('\\', '/');
                    await tar.WriteEntryAsync(entry.FullName, $"{name}/{relative}" + (entry is DirectoryInfo && entry.LinkTarget is null ? "/" : ""), cancellationToken);
                    if (entry is FileInfo) files++;
                }
            }
            else if (File.Exists(host) || new FileInfo(host).LinkTarget is not null)
            {
                await tar.WriteEntryAsync(host, name, cancellationToken);
                files++;
            }
            else throw new ToolFailedException($"The tool's input '{host}' does not exist.");
        }
        foreach (var (_, container) in paths.Outputs) await FolderAsync(container);
        return files;
    }

    /// <summary>
    /// Unpacks a container folder's tar (its entries start with the folder's own name) into <paramref name="destination"/>
    /// through a staging folder beside it; returns the files written, relative to it.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ExtractOutputsAsync(Stream archive, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(destination);
        var staging = Path.Combine(destination, $".walle-out-{Guid.NewGuid():N}");
        var written = new List<string>();
        try
        {
            await using (var tar = new TarReader(archive, leaveOpen: true))
            {
                while (await tar.GetNextEntryAsync(copyData: false, cancellationToken) is { } entry)
                {
                    var slash = entry.Name.IndexOf('/');
                    var relative = slash < 0 ? "" : entry.Name[(slash + 1)..].TrimEnd('/');
                    if (relative.Length == 0) continue;
                    if (relative.Split('/').Any(p => p is ".." or "") || Path.IsPathRooted(relative))
                        throw new ToolFailedException($"The tool wrote an output named '{entry.Name}', which would land outside '{destination}': nothing was copied back.");
                    var target = Path.Combine(staging, relative);
                    switch (entry.EntryType)
                    {
                        case TarEntryType.Directory:
                            Directory.CreateDirectory(target);
                            break;
                        case TarEntryType.RegularFile or TarEntryType.V7RegularFile:
                            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                            await entry.ExtractToFileAsync(target, overwrite: false, cancellationToken);
                            written.Add(relative);
                            break;
                        default:
                            throw new ToolFailedException($"The tool wrote '{relative}' as a {entry.EntryType}, not a file: links are not copied back, so nothing was.");
                    }
                }
            }
            foreach (var file in written)
            {
                var target = Path.Combine(destination, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Move(Path.Combine(staging, file), target, overwrite: true);
            }
            return written;
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
        }
    }
}
