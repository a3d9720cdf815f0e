namespace Walle.Release.Routing
{
    /// <summary>An inclusive range of client versions, e.g. <c>1.4.0</c> to <c>1.5.2</c>.</summary>
    /// <param name="Min">The oldest version served.</param>
    /// <param name="Max">The newest version served.</param>
    public sealed record VersionRange(ClientVersion Min, ClientVersion Max)
    {
        /// <summary>True when <paramref name="version"/> lies in the range.</summary>
        public bool Contains(ClientVersion version) => version >= Min && version <= Max;

        /// <summary>True when the two ranges share at least one version.</summary>
        public bool Overlaps(VersionRange other) => Min <= other.Max && other.Min <= Max;

        /// <summary>Parses <c>"1.4.0"</c> (one version) or <c>"1.4.0 - 1.5.2"</c>.</summary>
        public static VersionRange Parse(string text)
        {
            var dash = text.IndexOf('-');
            if (dash < 0)
            {
                var single = ClientVersion.Parse(text.Trim());
                return new VersionRange(single, single);
            }
            return new VersionRange(ClientVersion.Parse(text.Substring(0, dash).Trim()), ClientVersion.Parse(text.Substring(dash + 1).Trim()));
        }

        /// <summary><c>1.4.0</c> or <c>1.4.0 - 1.5.2</c>.</summary>
        public override string ToString() => Min == Max ? Min.ToString() : Min + " - " + Max;
    }
}
