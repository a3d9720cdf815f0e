using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;

namespace Walle.Release.Routing
{
    /// <summary>
    /// Answers (platform, channel, client version, account, device, IP) → route, in this order: review entry for
    /// the exact client version; client versions only gray serves; gray whitelist (account, device, network);
    /// gray bucket (<see cref="GrayBucket"/> of salt and account id, or device id when there is no account);
    /// production; otherwise update required / unknown build. Build one per document; it is immutable and thread-safe.
    /// </summary>
    public sealed class RoutingResolver
    {
        private readonly Dictionary<string, Dictionary<string, CompiledTrack>> _tracks = new Dictionary<string, Dictionary<string, CompiledTrack>>(StringComparer.Ordinal);
        private readonly Dictionary<string, Dictionary<ulong, Target>> _reviews = new Dictionary<string, Dictionary<ulong, Target>>(StringComparer.Ordinal);

        /// <summary>Compiles <paramref name="document"/>; throws <see cref="RoutingDocumentException"/> when it is invalid.</summary>
        public RoutingResolver(RoutingDocument document)
        {
            RoutingValidator.ThrowIfInvalid(document, $"revision {document.Revision}");
            Document = document;
            var gateways = document.ServerGroups.ToDictionary(g => g.Name, g => g.Gateway, StringComparer.Ordinal);
            foreach (var track in document.Tracks)
            {
                if (!_tracks.TryGetValue(track.Platform, out var channels))
                    _tracks[track.Platform] = channels = new Dictionary<string, CompiledTrack>(StringComparer.Ordinal);
                channels[track.Channel] = new CompiledTrack(track, gateways);
            }
            foreach (var review in document.Reviews)
            {
                if (!_reviews.TryGetValue(review.Platform, out var versions))
                    _reviews[review.Platform] = versions = new Dictionary<ulong, Target>();
                versions[review.ClientVersion.Packed] = new Target(review.ServerGroup, gateways[review.ServerGroup], review.Manifest, review.ClientVersion.ToString());
            }
        }

        /// <summary>The document this resolver answers for.</summary>
        public RoutingDocument Document { get; }

        /// <summary>Routes one player. <paramref name="accountId"/> may be empty before login (the device id is then bucketed).</summary>
        public Route Resolve(string platform, string channel, string clientVersion, string? accountId, string? deviceId = null, string? ipAddress = null)
        {
            if (!_tracks.TryGetValue(platform, out var channels) || !channels.TryGetValue(channel, out var track))
                return new Route(RouteReason.UnknownTrack, null, null, null, null, -1);
            if (!ClientVersion.TryParse(clientVersion, out var version))
                return new Route(RouteReason.InvalidClientVersion, null, null, null, null, -1);

            if (_reviews.TryGetValue(platform, out var reviews) && reviews.TryGetValue(version.Packed, out var review))
                return review.Route(RouteReason.Review, -1);

            var packed = version.Packed;
            bool inProduction = packed >= track.ProductionMin && packed <= track.ProductionMax;
            var gray = track.Gray;
            if (gray != null && packed >= gray.Min && packed <= gray.Max)
            {
                if (!inProduction) return gray.Target.Route(RouteReason.GrayOnlyClientVersion, -1);
                if (!string.IsNullOrEmpty(accountId) && gray.Accounts != null && gray.Accounts.Contains(accountId!))
                    return gray.Target.Route(RouteReason.GrayAccount, -1);
                if (!string.IsNullOrEmpty(deviceId) && gray.Devices != null && gray.Devices.Contains(deviceId!))
                    return gray.Target.Route(RouteReason.GrayDevice, -1);
                if (gray.Networks.Length > 0 && !string.IsNullOrEmpty(ipAddress) && gray.InNetwork(ipAddress!))
                    return gray.Target.Route(RouteReason.GrayNetwork, -1);
                var key = string.IsNullOrEmpty(accountId) ? deviceId : accountId;
                if (!string.IsNullOrEmpty(key))
                {
                    int bucket = GrayBucket.Of(gray.SaltState, key!);
                    return bucket < gray.Threshold
                        ? gray.Target.Route(RouteReason.GrayBucket, bucket)
                        : track.Production.Route(RouteReason.Production, bucket);
                }
            }
            if (inProduction) return track.Production.Route(RouteReason.Production, -1);
            return new Route(packed < track.ProductionMin ? RouteReason.ClientTooOld : RouteReason.ClientTooNew, null, null, null, null, -1);
        }

        private sealed class Target
        {
            private readonly string _serverGroup, _gateway, _manifest, _version;

            public Target(string serverGroup, string gateway, string manifest, string version)
            {
                _serverGroup = serverGroup;
                _gateway = gateway;
                _manifest = manifest;
                _version = version;
            }

            public Route Route(RouteReason reason, int bucket) => new Route(reason, _serverGroup, _gateway, _manifest, _version, bucket);
        }

        private sealed class CompiledTrack
        {
            public CompiledTrack(ReleaseTrack track, Dictionary<string, string> gateways)
            {
                var p = track.Production;
                Production = new Target(p.ServerGroup, gateways[p.ServerGroup], p.Manifest, p.Version);
                ProductionMin = p.ClientVersions.Min.Packed;
                ProductionMax = p.ClientVersions.Max.Packed;
                if (track.Gray != null) Gray = new CompiledGray(track.Gray, track.Gray.ClientVersions ?? p.ClientVersions, gateways);
            }

            public Target Production { get; }
            public ulong ProductionMin { get; }
            public ulong ProductionMax { get; }
            public CompiledGray? Gray { get; }
        }

        private sealed class CompiledGray
        {
            public CompiledGray(GraySlot gray, VersionRange range, Dictionary<string, string> gateways)
            {
                Target = new Target(gray.ServerGroup, gateways[gray.ServerGroup], gray.Manifest, gray.Version);
                Min = range.Min.Packed;
                Max = range.Max.Packed;
                SaltState = GrayBucket.SaltState(gray.Salt);
                Threshold = GrayBucket.Threshold(gray.Percentage);
                Accounts = gray.Accounts.Count == 0 ? null : new HashSet<string>(gray.Accounts, StringComparer.Ordinal);
                Devices = gray.Devices.Count == 0 ? null : new HashSet<string>(gray.Devices, StringComparer.Ordinal);
                Networks = gray.Networks.ToArray();
            }

            public Target Target { get; }
            public ulong Min { get; }
            public ulong Max { get; }
            public ulong SaltState { get; }
            public int Threshold { get; }
            public HashSet<string>? Accounts { get; }
            public HashSet<string>? Devices { get; }
            public IpRange[] Networks { get; }

            public bool InNetwork(string ip)
            {
                if (IpRange.TryParseV4(ip, out var v4))
                {
                    foreach (var n in Networks)
                        if (n.ContainsV4(v4)) return true;
                    return false;
                }
                if (!IPAddress.TryParse(ip, out var address)) return false;
                foreach (var n in Networks)
                    if (n.Contains(address)) return true;
                return false;
            }
        }
    }
}
