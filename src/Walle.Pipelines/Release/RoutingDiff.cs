using System.Globalization;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// What changed between two routing documents, one line per field: <c>+ path = value</c>, <c>- path = value</c>,
/// <c>~ path: old → new</c>. Tracks, reviews and server groups are named by identity, not position.
/// </summary>
public static class RoutingDiff
{
    /// <summary>The changed lines; empty when the documents route the same (the revision number aside).</summary>
    public static IReadOnlyList<string> Compute(RoutingDocument before, RoutingDocument after)
    {
        var old = Flatten(before);
        var now = Flatten(after);
        var lines = new List<string>();
        foreach (var (path, value) in old)
        {
            if (!now.TryGetValue(path, out var newValue)) lines.Add($"- {path} = {value}");
            else if (newValue != value) lines.Add($"~ {path}: {value} → {newValue}");
        }
        foreach (var (path, value) in now)
            if (!old.ContainsKey(path)) lines.Add($"+ {path} = {value}");
        return lines;
    }

    /// <summary>The document as ordered <c>path → value</c> pairs (the revision number and change note left out).</summary>
    public static IReadOnlyDictionary<string, string> Flatten(RoutingDocument document)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in document.ServerGroups) fields[$"serverGroups[{group.Name}].gateway"] = group.Gateway;
        foreach (var track in document.Tracks)
        {
            var t = $"tracks[{track.Name}]";
            var p = track.Production;
            fields[t + ".production.version"] = p.Version;
            fields[t + ".production.clientVersions"] = p.ClientVersions.ToString();
            fields[t + ".production.manifest"] = p.Manifest;
            fields[t + ".production.serverGroup"] = p.ServerGroup;
            if (track.Gray is not { } g) continue;
            fields[t + ".gray.version"] = g.Version;
            if (g.ClientVersions != null) fields[t + ".gray.clientVersions"] = g.ClientVersions.ToString();
            fields[t + ".gray.manifest"] = g.Manifest;
            fields[t + ".gray.serverGroup"] = g.ServerGroup;
            fields[t + ".gray.percentage"] = g.Percentage.ToString("0.##", CultureInfo.InvariantCulture) + "%";
            fields[t + ".gray.salt"] = g.Salt;
            if (g.Accounts.Count > 0) fields[t + ".gray.accounts"] = string.Join(", ", g.Accounts);
            if (g.Devices.Count > 0) fields[t + ".gray.devices"] = string.Join(", ", g.Devices);
            if (g.Networks.Count > 0) fields[t + ".gray.networks"] = string.Join(", ", g.Networks);
            fields[t + ".gray.steps"] = GraySteps.Format(g.Steps);
            fields[t + ".gray.step"] = GraySteps.Position(g);
        }
        foreach (var review in document.Reviews)
        {
            var r = $"reviews[{review.Platform} {review.ClientVersion}]";
            fields[r + ".serverGroup"] = review.ServerGroup;
            fields[r + ".manifest"] = review.Manifest;
        }
        return fields;
    }
}
