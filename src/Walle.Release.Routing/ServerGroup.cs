namespace Walle.Release.Routing
{
    /// <summary>A named group of game servers that players can be routed to (production, gray, review, ...).</summary>
    /// <param name="Name">The name routes refer to, e.g. <c>prod-cn</c>.</param>
    /// <param name="Gateway">Where clients connect, e.g. <c>wss://gw.vega.example.com</c>.</param>
    public sealed record ServerGroup(string Name, string Gateway);
}
