using System.Text.RegularExpressions;

namespace Walle.Pipelines.Patch;

/// <summary>
/// Version comparison exactly as the cocos2d-x client's <c>Manifest</c> does it: up to four dot-separated
/// integers read like <c>sscanf("%d.%d.%d.%d")</c> (reading stops at the first non-number, missing parts are 0),
/// and a plain ordinal string comparison when neither version starts with a number.
/// A client updates only when the remote version compares greater than its local one.
/// </summary>
public static partial class CocosVersion
{
    /// <summary>Negative, zero or positive as <paramref name="a"/> is older, equal or newer than <paramref name="b"/>.</summary>
    public static int Compare(string a, string b)
    {
        var (partsA, filledA) = Scan(a);
        var (partsB, filledB) = Scan(b);
        if (filledA == 0 || filledB == 0) return Math.Sign(string.CompareOrdinal(a, b));
        for (var i = 0; i < 4; i++)
            if (partsA[i] != partsB[i]) return partsA[i] > partsB[i] ? 1 : -1;
        return 0;
    }

    /// <summary>True when players on <paramref name="live"/> would update to <paramref name="candidate"/>.</summary>
    public static bool IsNewer(string candidate, string live) => Compare(candidate, live) > 0;

    /// <summary>
    /// The version a rollback publishes: greater than <paramref name="live"/> so clients that already took the
    /// bad version update again, by bumping the fourth number (<c>1.2.0</c> → <c>1.2.0.1</c>, <c>1.2.0.1</c> → <c>1.2.0.2</c>).
    /// </summary>
    public static string NextRollback(string live)
    {
        var (parts, filled) = Scan(live);
        if (filled == 0) throw new ArgumentException($"Live version '{live}' is not numeric; pass the rollback version explicitly.");
        return $"{parts[0]}.{parts[1]}.{parts[2]}.{parts[3] + 1}";
    }

    /// <summary>Throws when <paramref name="version"/> cannot name a folder in the store.</summary>
    public static string Validate(string? version, string parameter = "PatchVersion")
    {
        if (string.IsNullOrWhiteSpace(version))
            throw new ArgumentException($"{parameter} is not set. Pass --{Kebab(parameter)} 1.2.3 (versions compare like the cocos2d-x client: up to four numbers).");
        if (!SafeVersion().IsMatch(version) || version is "." or "..")
            throw new ArgumentException($"{parameter} '{version}' may only contain letters, digits, '.', '-' and '_' (it names a folder in the store).");
        return version;
    }

    /// <summary>
    /// Throws unless <paramref name="version"/> is what a cocos2d-x client compares as numbers — the rule routes use
    /// too (<see cref="Walle.Release.Routing.RouteVersion"/>): one to four dot-separated integers, each read with
    /// <c>%d</c>. <c>abc</c> or <c>1.2.0-beta</c> would be compared as text or cut short by the client, and a later
    /// numeric version could never go live after it.
    /// </summary>
    public static string RequireNumeric(string? version, string parameter = "PatchVersion")
    {
        Validate(version, parameter);
        if (!Walle.Release.Routing.RouteVersion.IsValid(version))
            throw new ArgumentException(
                $"{parameter} '{version}' is not a version the cocos2d-x client compares as numbers: use one to four dot-separated numbers, e.g. 1.2.3 or 1.2.3.4.");
        return version!;
    }

    private static string Kebab(string name) => Regex.Replace(name, "(?<!^)([A-Z])", "-$1").ToLowerInvariant();

    private static (long[] Parts, int Filled) Scan(string version)
    {
        var parts = new long[4];
        var filled = 0;
        var i = 0;
        while (filled < 4)
        {
            var start = i;
            if (i < version.Length && (version[i] == '-' || version[i] == '+')) i++;
            var digits = i;
            while (i < version.Length && char.IsAsciiDigit(version[i])) i++;
            if (i == digits) break;
            parts[filled++] = long.Parse(version.AsSpan(start, i - start));
            if (i >= version.Length || version[i] != '.') break;
            i++;
        }
        return (parts, filled);
    }

    [GeneratedRegex("^[0-9A-Za-z._-]{1,64}$")]
    private static partial Regex SafeVersion();
}
