namespace Walle.Pipelines.Engine;

/// <summary>What a build instance knows about the run it is part of.</summary>
internal sealed class BuildSession(string rootDirectory, ParameterService parameters, bool isServerBuild, BuildContext context)
{
    public string RootDirectory { get; } = rootDirectory;
    public ParameterService Parameters { get; } = parameters;
    public bool IsServerBuild { get; } = isServerBuild;
    public BuildContext Context { get; } = context;

    /// <summary>The <c>--profile</c> names of the run, in order.</summary>
    public IReadOnlyList<string> Profiles { get; init; } = [];

    /// <summary>Plans other targets than the run's (by name; none: the defaults), for generators such as the Jenkinsfile; set once targets are collected.</summary>
    public Func<IReadOnlyList<string>, BuildPlan>? PlanOther { get; set; }
}
