namespace Walle.Pipelines.Storage;

/// <summary>
/// The store refused or failed an operation for a reason the user must fix (wrong credentials, missing bucket,
/// unreachable server). The message names the store location and the fix; it never contains credentials.
/// </summary>
public sealed class ObjectStoreException(string message, Exception? inner = null) : Exception(message, inner);
