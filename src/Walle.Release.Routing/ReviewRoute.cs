namespace Walle.Release.Routing
{
    /// <summary>An App Store review entry: this exact client version goes to the review servers and content.</summary>
    public sealed record ReviewRoute
    {
        /// <summary>The platform under review, e.g. <c>ios</c>. Applies to every channel of that platform.</summary>
        public string Platform { get; init; } = "";

        /// <summary>The exact client version submitted for review.</summary>
        public ClientVersion ClientVersion { get; init; }

        /// <summary>The review server group.</summary>
        public string ServerGroup { get; init; } = "";

        /// <summary>The review content manifest (features reviewers must not see switched off).</summary>
        public string Manifest { get; init; } = "";
    }
}
