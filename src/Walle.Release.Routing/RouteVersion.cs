namespace Walle.Release.Routing
{
    /// <summary>
    /// The rule for the version a route serves (production or gray): what a cocos2d-x client compares, one to four
    /// dot-separated numbers each read like <c>sscanf("%d")</c>, so 0 to 2147483647 (e.g. <c>1.6.0</c>, <c>1.6.0.1234</c>).
    /// A label such as <c>abc</c> or <c>1.6.0-rc1</c> would compare as text or stop early on the client.
    /// </summary>
    public static class RouteVersion
    {
        private const int MaxParts = 4;

        /// <summary>True when <paramref name="text"/> is one to four dot-separated numbers 0-2147483647.</summary>
        public static bool IsValid(string? text)
        {
            if (text == null || text.Length == 0) return false;
            var parts = text.Split('.');
            if (parts.Length > MaxParts) return false;
            foreach (var part in parts)
            {
                if (part.Length == 0 || part.Length > 10) return false;
                long value = 0;
                foreach (var c in part)
                {
                    if (c < '0' || c > '9') return false;
                    value = value * 10 + (c - '0');
                }
                if (value > int.MaxValue) return false;
            }
            return true;
        }

        /// <summary>What is wrong with <paramref name="text"/> as a route version, with an example; null when it is valid.</summary>
        public static string? Problem(string? text) =>
            IsValid(text) ? null : $"'{text}' is not a version a cocos2d-x client compares: use 1 to 4 dot-separated numbers, e.g. 1.6.0 or 1.6.0.1234";
    }
}
