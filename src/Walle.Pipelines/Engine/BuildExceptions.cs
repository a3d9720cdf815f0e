namespace Walle.Pipelines.Engine;

/// <summary>The command line or a parameter value is wrong; the message says what and how to fix it (exit code 2).</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The build's targets are defined wrongly (a cycle, a missing component, a conflict) (exit code 3).</summary>
public sealed class BuildDefinitionException(string message) : Exception(message);

/// <summary>Exit codes of a Walle build.</summary>
public static class ExitCodes
{
    /// <summary>All planned targets succeeded, were skipped, or were up to date.</summary>
    public const int Success = 0;

    /// <summary>A target failed.</summary>
    public const int BuildFailed = 1;

    /// <summary>The command line or a parameter is wrong.</summary>
    public const int UsageError = 2;

    /// <summary>The build's target definitions are wrong.</summary>
    public const int DefinitionError = 3;

    /// <summary>Cancelled (Ctrl-C, SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>Cancelled by SIGTERM (how Jenkins aborts a build).</summary>
    public const int Terminated = 143;
}
