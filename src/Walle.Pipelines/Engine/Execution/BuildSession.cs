namespace Walle.Pipelines.Engine;

/// <summary>What a build instance knows about the run it is part of.</summary>
internal sealed class BuildSession(string rootDirectory, ParameterService parameters, bool isServerBuild, BuildContext context)
{
    public string RootDirectory { get; } = rootDirectory;
    public ParameterService Parameters { get; } = parameters;
    public bool IsServerBuild { get; } = isServerBuild;
    public BuildContext Context { get; } = context;
}
