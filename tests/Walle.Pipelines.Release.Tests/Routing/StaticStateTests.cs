using Walle.Release.Routing;

namespace Walle.Pipelines.Release.Tests.Routing;

/// <summary>Game servers load the routing package once and resolve from many threads: it keeps no process-wide state.</summary>
public sealed class StaticStateTests
{
    [Fact]
    public void The_routing_package_keeps_no_static_mutable_state() =>
        Assert.Empty(StaticState.Offenders(typeof(RoutingResolver).Assembly, new Dictionary<string, string>()));
}
