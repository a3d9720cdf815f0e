using System.Globalization;

namespace Walle.Release.Routing
{
    /// <summary>
    /// The resolver's answer: where a player goes (server group, manifest, version) and why. A value type that
    /// holds references to the document's strings, so resolving allocates nothing.
    /// </summary>
    public readonly struct Route
    {
        internal Route(RouteReason reason, string? serverGroup, string? gateway, string? manifest, string? version, int bucket)
        {
            Reason = reason;
            ServerGroup = serverGroup;
            Gateway = gateway;
            Manifest = manifest;
            Version = version;
            Bucket = bucket;
        }

        /// <summary>Why this route.</summary>
        public RouteReason Reason { get; }

        /// <summary>The server group; null when the player is not served (update required, unknown build or track).</summary>
        public string? ServerGroup { get; }

        /// <summary>The server group's gateway address.</summary>
        public string? Gateway { get; }

        /// <summary>The content manifest URL.</summary>
        public string? Manifest { get; }

        /// <summary>The version label served (production, gray or review client version).</summary>
        public string? Version { get; }

        /// <summary>The account's gray bucket (0–9999) when it was computed, otherwise -1.</summary>
        public int Bucket { get; }

        /// <summary>True when the player has somewhere to go.</summary>
        public bool IsServed => ServerGroup != null;

        /// <summary>True for any gray reason.</summary>
        public bool IsGray => Reason >= RouteReason.GrayOnlyClientVersion && Reason <= RouteReason.GrayBucket;

        /// <summary>A sentence for logs and support tools.</summary>
        public string Explain()
        {
            var target = IsServed ? $" -> {ServerGroup}, {Manifest} ({Version})" : "";
            switch (Reason)
            {
                case RouteReason.UnknownTrack: return "no track for this platform and channel";
                case RouteReason.InvalidClientVersion: return "the client version is not a version";
                case RouteReason.Review: return "client version under review" + target;
                case RouteReason.GrayOnlyClientVersion: return "client version served by gray only" + target;
                case RouteReason.GrayAccount: return "whitelisted account" + target;
                case RouteReason.GrayDevice: return "whitelisted device" + target;
                case RouteReason.GrayNetwork: return "whitelisted network" + target;
                case RouteReason.GrayBucket: return "gray bucket " + Bucket.ToString(CultureInfo.InvariantCulture) + target;
                case RouteReason.Production: return "production" + (Bucket >= 0 ? " (bucket " + Bucket.ToString(CultureInfo.InvariantCulture) + ")" : "") + target;
                case RouteReason.ClientTooOld: return "client too old: update required";
                default: return "client newer than any served version";
            }
        }

        /// <inheritdoc />
        public override string ToString() => Reason + ": " + Explain();
    }
}
