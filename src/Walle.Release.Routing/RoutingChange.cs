using System;

namespace Walle.Release.Routing
{
    /// <summary>Who made a revision, when, and what it did (kept in the revision itself; servers ignore it).</summary>
    /// <param name="By">The release engineer (CI user, git user or login name).</param>
    /// <param name="At">When the revision was made (UTC).</param>
    /// <param name="Summary">One line, e.g. <c>GrayNext ios/appstore 1.6.0: 5% → 20%</c>.</param>
    public sealed record RoutingChange(string By, DateTimeOffset At, string Summary);
}
