using System;
using System.Globalization;

namespace Walle.Release.Routing
{
    /// <summary>Durations as the document writes them: a whole number and a unit, <c>45s</c>, <c>30m</c>, <c>2h</c>, <c>1d</c>.</summary>
    public static class PauseDuration
    {
        /// <summary>Parses <c>30m</c>; false for anything else.</summary>
        public static bool TryParse(string? text, out TimeSpan duration)
        {
            duration = default;
            if (text == null || text.Length < 2) return false;
            if (!int.TryParse(text.Substring(0, text.Length - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return false;
            switch (text[text.Length - 1])
            {
                case 's': duration = TimeSpan.FromSeconds(n); return true;
                case 'm': duration = TimeSpan.FromMinutes(n); return true;
                case 'h': duration = TimeSpan.FromHours(n); return true;
                case 'd': duration = TimeSpan.FromDays(n); return true;
                default: return false;
            }
        }

        /// <summary>Writes the largest unit that divides the duration exactly.</summary>
        public static string Format(TimeSpan duration)
        {
            long s = (long)duration.TotalSeconds;
            if (s % 86400 == 0 && s != 0) return (s / 86400).ToString(CultureInfo.InvariantCulture) + "d";
            if (s % 3600 == 0 && s != 0) return (s / 3600).ToString(CultureInfo.InvariantCulture) + "h";
            if (s % 60 == 0 && s != 0) return (s / 60).ToString(CultureInfo.InvariantCulture) + "m";
            return s.ToString(CultureInfo.InvariantCulture) + "s";
        }
    }
}
