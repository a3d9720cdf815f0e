namespace Walle.Release.Routing
{
    /// <summary>Routing of one platform and channel (e.g. <c>android</c> / <c>taptap</c>): production and an optional gray.</summary>
    public sealed record ReleaseTrack
    {
        /// <summary>The platform, e.g. <c>ios</c>, <c>android</c>.</summary>
        public string Platform { get; init; } = "";

        /// <summary>The distribution channel, e.g. <c>appstore</c>, <c>taptap</c>.</summary>
        public string Channel { get; init; } = "";

        /// <summary>What everyone gets.</summary>
        public ProductionRoute Production { get; init; } = new ProductionRoute();

        /// <summary>The running gray, if any.</summary>
        public GraySlot? Gray { get; init; }

        /// <summary><c>platform/channel</c>.</summary>
        public string Name => Platform + "/" + Channel;
    }
}
