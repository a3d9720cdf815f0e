namespace Walle.Pipelines.Ci;

/// <summary>The plan cannot be written as a Jenkinsfile as configured; the message names the targets or parameters and the fix.</summary>
public sealed class JenkinsfileException(string message) : Exception(message);
