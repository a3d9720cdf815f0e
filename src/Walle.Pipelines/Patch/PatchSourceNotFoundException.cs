namespace Walle.Pipelines.Patch;

/// <summary>The hot-update content folder does not exist; the component names its parameter for it.</summary>
/// <param name="folder">The full path that was looked for.</param>
/// <param name="message">The problem, naming the folder and the settings property.</param>
public sealed class PatchSourceNotFoundException(string folder, string message) : DirectoryNotFoundException(message)
{
    /// <summary>The full path that was looked for.</summary>
    public string Folder { get; } = folder;
}
