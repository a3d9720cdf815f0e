using System;
using System.Collections.Generic;
using System.Linq;

namespace Walle.Release.Routing
{
    /// <summary>
    /// Checks a routing document for mistakes and ambiguity: unknown server groups, duplicate tracks, percentages
    /// outside 0–100, a client version both in review and in gray or production, malformed steps, ...
    /// </summary>
    public static class RoutingValidator
    {
        /// <summary>Every problem of <paramref name="document"/>; empty when it is valid.</summary>
        public static IReadOnlyList<RoutingProblem> Validate(RoutingDocument document)
        {
            var problems = new List<RoutingProblem>();
            void Problem(string path, string message) => problems.Add(new RoutingProblem(path, message));

            if (document.SchemaVersion != RoutingDocument.CurrentSchemaVersion)
                Problem("$.schemaVersion", $"schema version {document.SchemaVersion} is not supported; this Walle.Release.Routing reads {RoutingDocument.CurrentSchemaVersion} (update the package or republish with a matching Walle)");
            if (document.Revision < 0)
                Problem("$.revision", $"revision {document.Revision} is negative; revisions count up from 0 (seed)");

            var groups = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < document.ServerGroups.Count; i++)
            {
                var group = document.ServerGroups[i];
                var path = $"$.serverGroups[{i}]";
                if (!IsName(group.Name)) Problem(path + ".name", $"'{group.Name}' is not a server group name: use lowercase letters, digits, '.', '_' or '-'");
                else if (!groups.Add(group.Name)) Problem(path + ".name", $"server group '{group.Name}' is declared twice");
                if (IsBlank(group.Gateway)) Problem(path + ".gateway", $"server group '{group.Name}' has no gateway address");
            }
            if (document.ServerGroups.Count == 0) Problem("$.serverGroups", "no server groups: declare at least the production group");

            if (document.Tracks.Count == 0) Problem("$.tracks", "no tracks: declare one per platform and channel, e.g. ios/appstore");
            var tracks = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (track, i) in document.Tracks.Select((t, i) => (t, i)))
            {
                var path = $"$.tracks[{i}]";
                if (!IsName(track.Platform)) Problem(path + ".platform", $"'{track.Platform}' is not a platform name: use lowercase letters, digits, '.', '_' or '-' (e.g. ios, android)");
                if (!IsName(track.Channel)) Problem(path + ".channel", $"'{track.Channel}' is not a channel name: use lowercase letters, digits, '.', '_' or '-' (e.g. appstore, taptap)");
                if (!tracks.Add(track.Name)) Problem(path, $"track {track.Name} is declared twice; merge the two entries");
                path = $"$.tracks[{track.Name}]";
                CheckProduction(track.Production, path + ".production", groups, Problem);
                if (track.Gray != null) CheckGray(track, path + ".gray", groups, Problem);
            }

            var reviews = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < document.Reviews.Count; i++)
            {
                var review = document.Reviews[i];
                var path = $"$.reviews[{i}]";
                var name = review.Platform + " " + review.ClientVersion;
                var platformTracks = document.Tracks.Where(t => t.Platform == review.Platform).ToList();
                if (platformTracks.Count == 0) Problem(path + ".platform", $"review of {name}: no track has platform '{review.Platform}'");
                if (!reviews.Add(name)) Problem(path, $"{name} is in review twice");
                CheckGroup(review.ServerGroup, path + ".serverGroup", groups, Problem);
                if (IsBlank(review.Manifest)) Problem(path + ".manifest", $"review of {name} has no manifest URL");
                else CheckManifest(review.Manifest, path + ".manifest", Problem);
                foreach (var track in platformTracks)
                {
                    if (track.Production.ClientVersions.Contains(review.ClientVersion))
                        Problem(path + ".clientVersion", $"{review.ClientVersion} is both in review and served by production on {track.Name} ({track.Production.ClientVersions}); a review version must be a new build");
                    if (track.Gray != null && (track.Gray.ClientVersions ?? track.Production.ClientVersions).Contains(review.ClientVersion))
                        Problem(path + ".clientVersion", $"{review.ClientVersion} is both in review and in the gray of {track.Name}; cancel the review or the gray");
                }
            }
            return problems;
        }

        /// <summary>Throws <see cref="RoutingDocumentException"/> listing every problem, naming <paramref name="source"/>.</summary>
        public static void ThrowIfInvalid(RoutingDocument document, string source)
        {
            var problems = Validate(document);
            if (problems.Count > 0) throw new RoutingDocumentException(source, problems);
        }

        private static void CheckProduction(ProductionRoute production, string path, HashSet<string> groups, Action<string, string> problem)
        {
            if (IsBlank(production.Version)) problem(path + ".version", "production has no version");
            else CheckVersion(production.Version, path + ".version", problem);
            CheckRange(production.ClientVersions, path + ".clientVersions", problem);
            if (IsBlank(production.Manifest)) problem(path + ".manifest", "production has no manifest URL");
            else CheckManifest(production.Manifest, path + ".manifest", problem);
            CheckGroup(production.ServerGroup, path + ".serverGroup", groups, problem);
        }

        private static void CheckGray(ReleaseTrack track, string path, HashSet<string> groups, Action<string, string> problem)
        {
            var gray = track.Gray!;
            if (IsBlank(gray.Version)) problem(path + ".version", "gray has no version");
            else CheckVersion(gray.Version, path + ".version", problem);
            if (gray.ClientVersions != null) CheckRange(gray.ClientVersions, path + ".clientVersions", problem);
            if (IsBlank(gray.Manifest)) problem(path + ".manifest", "gray has no manifest URL");
            else CheckManifest(gray.Manifest, path + ".manifest", problem);
            CheckGroup(gray.ServerGroup, path + ".serverGroup", groups, problem);
            if (gray.ServerGroup == track.Production.ServerGroup && gray.Manifest == track.Production.Manifest && gray.ClientVersions == null)
                problem(path, $"gray {gray.Version} routes to the same server group and manifest as production: nothing would change for gray players");
            CheckPercentage(gray.Percentage, path + ".percentage", problem);
            if (IsBlank(gray.Salt)) problem(path + ".salt", "gray has no salt; any fixed text works, a new one per gray picks new players");
            CheckIds(gray.Accounts, path + ".accounts", "account id", problem);
            CheckIds(gray.Devices, path + ".devices", "device id", problem);
            for (int s = 0; s < gray.Steps.Count; s++)
            {
                var step = gray.Steps[s];
                var stepPath = $"{path}.steps[{s}]";
                switch (step.Kind)
                {
                    case GrayStepKind.SetWeight:
                        CheckPercentage(step.Weight, stepPath + ".setWeight", problem);
                        break;
                    case GrayStepKind.Pause:
                        if (step.Duration is TimeSpan d && d <= TimeSpan.Zero) problem(stepPath + ".pause.duration", "a pause duration must be positive (omit it to wait for GrayNext)");
                        break;
                    case GrayStepKind.Check:
                        if (!HttpUrl.IsValid(step.Url)) problem(stepPath + ".check.url", $"'{step.Url}' is not an http(s) URL");
                        break;
                    case GrayStepKind.Metric:
                        if (!HttpUrl.IsValid(step.Url)) problem(stepPath + ".metric.url", $"'{step.Url}' is not an http(s) URL of a Prometheus server");
                        if (IsBlank(step.Query)) problem(stepPath + ".metric.query", "the metric gate has no query");
                        break;
                }
            }
            if (gray.Step < 0 || gray.Step > gray.Steps.Count)
                problem(path + ".step", $"step {gray.Step} is outside the {gray.Steps.Count} steps");
        }

        private static void CheckVersion(string version, string path, Action<string, string> problem)
        {
            if (RouteVersion.Problem(version) is string message) problem(path, message);
        }

        private static void CheckManifest(string url, string path, Action<string, string> problem)
        {
            if (HttpUrl.ManifestProblem(url) is string message) problem(path, message);
        }

        private static void CheckRange(VersionRange range, string path, Action<string, string> problem)
        {
            if (range.Min > range.Max) problem(path, $"the range {range.Min} - {range.Max} is empty: the first version must not be newer than the last");
        }

        private static void CheckPercentage(decimal value, string path, Action<string, string> problem)
        {
            if (value < 0 || value > 100) problem(path, $"percentage {value} is outside 0-100");
            else if (decimal.Round(value, 2) != value) problem(path, $"percentage {value} has more than two decimals (one bucket is 0.01%)");
        }

        private static void CheckIds(IReadOnlyList<string> ids, string path, string what, Action<string, string> problem)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (int i = 0; i < ids.Count; i++)
            {
                if (IsBlank(ids[i])) problem($"{path}[{i}]", $"empty {what}");
                else if (!seen.Add(ids[i])) problem($"{path}[{i}]", $"{what} '{ids[i]}' is listed twice");
            }
        }

        private static void CheckGroup(string group, string path, HashSet<string> groups, Action<string, string> problem)
        {
            if (!groups.Contains(group))
                problem(path, $"unknown server group '{group}'; declared: {(groups.Count == 0 ? "none" : string.Join(", ", groups.OrderBy(g => g, StringComparer.Ordinal)))}");
        }

        private static bool IsBlank(string? text) => text == null || text.Trim().Length == 0;

        private static bool IsName(string text)
        {
            if (text.Length == 0) return false;
            foreach (var c in text)
                if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-')) return false;
            return text[0] != '.' && text[0] != '-';
        }
    }
}
