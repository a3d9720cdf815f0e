using System;
using System.Collections.Generic;

namespace Walle.Release.Routing
{
    /// <summary>A gray release running on a track: a share of players (plus whitelists) served something new.</summary>
    public sealed record GraySlot
    {
        /// <summary>The version being grayed (client or content version label).</summary>
        public string Version { get; init; } = "";

        /// <summary>
        /// Client versions eligible for gray; null means the production range. Versions in this range but outside
        /// production's are served by gray only (e.g. the new client build itself).
        /// </summary>
        public VersionRange? ClientVersions { get; init; }

        /// <summary>The content manifest URL gray players get.</summary>
        public string Manifest { get; init; } = "";

        /// <summary>The server group gray players connect to.</summary>
        public string ServerGroup { get; init; } = "";

        /// <summary>Share of players in gray, 0–100 with at most two decimals.</summary>
        public decimal Percentage { get; init; }

        /// <summary>Salt of the bucket hash; a new salt per gray picks a new set of players.</summary>
        public string Salt { get; init; } = "";

        /// <summary>Account ids always in gray (testers, staff).</summary>
        public IReadOnlyList<string> Accounts { get; init; } = Array.Empty<string>();

        /// <summary>Device ids always in gray.</summary>
        public IReadOnlyList<string> Devices { get; init; } = Array.Empty<string>();

        /// <summary>Networks always in gray (the office, the QA lab).</summary>
        public IReadOnlyList<IpRange> Networks { get; init; } = Array.Empty<IpRange>();

        /// <summary>The rollout plan.</summary>
        public IReadOnlyList<GrayStep> Steps { get; init; } = Array.Empty<GrayStep>();

        /// <summary>Index of the step the rollout stands at (a pause), or the step count when all steps are done.</summary>
        public int Step { get; init; }

        /// <summary>When the rollout reached its current step.</summary>
        public DateTimeOffset? StepReachedAt { get; init; }

        /// <summary>When the gray started.</summary>
        public DateTimeOffset? StartedAt { get; init; }
    }
}
