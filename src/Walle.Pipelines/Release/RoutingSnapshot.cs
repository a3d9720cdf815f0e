using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>The live routing document as read, with the ETag a later conditional write must match.</summary>
/// <param name="Document">The document (revision 0 when it came from the seed).</param>
/// <param name="ETag">The live object's ETag; null when there is no live document yet (first publish).</param>
/// <param name="Source">Where it was read from (store key or seed file), for messages.</param>
public sealed record RoutingSnapshot(RoutingDocument Document, string? ETag, string Source);
