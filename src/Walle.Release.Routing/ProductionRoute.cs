namespace Walle.Release.Routing
{
    /// <summary>What a track serves to everyone who is not in review or gray.</summary>
    public sealed record ProductionRoute
    {
        /// <summary>The released version shown to players (client or content version label).</summary>
        public string Version { get; init; } = "";

        /// <summary>The client versions served; older clients must update, newer ones are unknown builds.</summary>
        public VersionRange ClientVersions { get; init; } = new VersionRange(default, default);

        /// <summary>The hot-update content manifest URL.</summary>
        public string Manifest { get; init; } = "";

        /// <summary>The server group players connect to.</summary>
        public string ServerGroup { get; init; } = "";
    }
}
