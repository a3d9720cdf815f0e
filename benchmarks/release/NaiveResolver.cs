using System.IO.Hashing;
using System.Text;
using Walle.Release.Routing;

namespace Walle.Release.Benchmarks;

/// <summary>
/// The anchor: the resolver a server team typically writes by hand on the document model — LINQ over the
/// tracks and reviews, versions split and parsed per call, the bucket from xxHash32 over a freshly encoded string.
/// </summary>
public sealed class NaiveResolver(RoutingDocument document)
{
    public string? Resolve(string platform, string channel, string clientVersion, string account, string? device, string? ip)
    {
        var track = document.Tracks.FirstOrDefault(t => t.Platform == platform && t.Channel == channel);
        if (track == null) return null;
        var version = ClientVersion.Parse(string.Join('.', clientVersion.Split('.').Select(int.Parse)));
        var review = document.Reviews.FirstOrDefault(r => r.Platform == platform && r.ClientVersion == version);
        if (review != null) return review.ServerGroup;
        var gray = track.Gray;
        if (gray != null && (gray.ClientVersions ?? track.Production.ClientVersions).Contains(version))
        {
            if (gray.Accounts.Contains(account) || (device != null && gray.Devices.Contains(device))) return gray.ServerGroup;
            if (ip != null && System.Net.IPAddress.TryParse(ip, out var address) && gray.Networks.Any(n => n.Contains(address))) return gray.ServerGroup;
            var hash = XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(gray.Salt + ":" + account));
            if (hash % 10000 < gray.Percentage * 100) return gray.ServerGroup;
        }
        return track.Production.ClientVersions.Contains(version) ? track.Production.ServerGroup : null;
    }
}
