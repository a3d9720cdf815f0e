using System;
using System.Collections.Generic;

namespace Walle.Release.Routing
{
    /// <summary>
    /// The routing document the login/gateway servers and the client bootstrap read: server groups, one track per
    /// platform and channel, and App Store review entries. Load it with <see cref="RoutingJson.Parse"/>.
    /// </summary>
    public sealed record RoutingDocument
    {
        /// <summary>The schema version this package reads and writes.</summary>
        public const int CurrentSchemaVersion = 1;

        /// <summary>The document's schema version.</summary>
        public int SchemaVersion { get; init; } = CurrentSchemaVersion;

        /// <summary>The revision number: 0 for a seed, then 1, 2, ... for each published change.</summary>
        public int Revision { get; init; }

        /// <summary>Who made this revision and why; null in a seed.</summary>
        public RoutingChange? Change { get; init; }

        /// <summary>Server groups routes may name.</summary>
        public IReadOnlyList<ServerGroup> ServerGroups { get; init; } = Array.Empty<ServerGroup>();

        /// <summary>One track per platform and channel.</summary>
        public IReadOnlyList<ReleaseTrack> Tracks { get; init; } = Array.Empty<ReleaseTrack>();

        /// <summary>Client versions under App Store (or other store) review.</summary>
        public IReadOnlyList<ReviewRoute> Reviews { get; init; } = Array.Empty<ReviewRoute>();
    }
}
