namespace Walle.Release.Routing
{
    /// <summary>Why the resolver chose a route, in the order it checks.</summary>
    public enum RouteReason
    {
        /// <summary>No track for this platform and channel.</summary>
        UnknownTrack,

        /// <summary>The client version is not a version (1 to 4 numbers).</summary>
        InvalidClientVersion,

        /// <summary>The exact client version is under store review.</summary>
        Review,

        /// <summary>Only the gray serves this client version (e.g. the new build being grayed).</summary>
        GrayOnlyClientVersion,

        /// <summary>The account id is whitelisted for gray.</summary>
        GrayAccount,

        /// <summary>The device id is whitelisted for gray.</summary>
        GrayDevice,

        /// <summary>The IP address is in a whitelisted network.</summary>
        GrayNetwork,

        /// <summary>The account's bucket is below the gray percentage.</summary>
        GrayBucket,

        /// <summary>Production: not in review nor gray.</summary>
        Production,

        /// <summary>The client is older than production's oldest version: it must update.</summary>
        ClientTooOld,

        /// <summary>The client is newer than anything served: an unknown build.</summary>
        ClientTooNew,
    }
}
