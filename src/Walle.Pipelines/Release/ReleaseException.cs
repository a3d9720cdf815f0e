namespace Walle.Pipelines.Release;

/// <summary>A release command cannot be done as asked (no gray running, version not in review, ...); nothing was written.</summary>
public class ReleaseException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>Someone else published a routing revision since this command read its base; nothing was written.</summary>
public sealed class ReleaseConflictException(string message, Exception? inner = null) : ReleaseException(message, inner);
