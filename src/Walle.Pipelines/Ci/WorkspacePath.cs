namespace Walle.Pipelines.Ci;

/// <summary>Paths as Jenkins reads them: relative to the workspace, which is the repository root.</summary>
internal static class WorkspacePath
{
    /// <summary><paramref name="path"/> relative to <paramref name="root"/> with '/' separators, or null when it is not inside it.</summary>
    public static string? Of(string root, string path)
    {
        var relative = Path.GetRelativePath(root, path);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return null;
        return relative.Replace('\\', '/');
    }
}
