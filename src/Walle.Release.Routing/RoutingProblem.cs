namespace Walle.Release.Routing
{
    /// <summary>One thing wrong with a routing document.</summary>
    /// <param name="Path">Where, as a JSON path, e.g. <c>$.tracks[ios/appstore].gray.percentage</c>.</param>
    /// <param name="Message">What is wrong and how to fix it.</param>
    public sealed record RoutingProblem(string Path, string Message)
    {
        /// <summary><c>path: message</c>.</summary>
        public override string ToString() => Path + ": " + Message;
    }
}
