namespace Walle.Pipelines.Tests.Packaging;

/// <summary>Locates the Walle repository from the test assembly's folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Walle.slnx")))
                return folder.FullName;
        throw new InvalidOperationException("Walle.slnx not found above " + AppContext.BaseDirectory);
    }
}
