using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Walle.Release.Routing.Json;

namespace Walle.Release.Routing
{
    /// <summary>
    /// Reads and writes the routing document's JSON (no dependencies, so game servers on any .NET can load it).
    /// Reading is strict: unknown properties, wrong types and invalid content are all reported at once.
    /// </summary>
    public static class RoutingJson
    {
        private const string TimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

        /// <summary>
        /// Parses and validates a document; <paramref name="source"/> (a file or object key) is named in errors.
        /// Throws <see cref="RoutingDocumentException"/> listing every problem.
        /// </summary>
        public static RoutingDocument Parse(string json, string source = "document")
        {
            object? root;
            try
            {
                root = JsonReader.Parse(json);
            }
            catch (FormatException e)
            {
                throw new RoutingDocumentException(source, new[] { new RoutingProblem("$", e.Message) });
            }
            var reader = new Reader();
            var document = reader.Document(root);
            if (reader.Problems.Count > 0) throw new RoutingDocumentException(source, reader.Problems);
            RoutingValidator.ThrowIfInvalid(document, source);
            return document;
        }

        /// <summary>Writes a document as indented JSON with a stable property order (line diffs stay readable).</summary>
        public static string Serialize(RoutingDocument document)
        {
            var root = new JsonObject()
                .Add("schemaVersion", document.SchemaVersion)
                .Add("revision", document.Revision);
            if (document.Change != null)
                root.Add("change", new JsonObject().Add("by", document.Change.By).Add("at", Time(document.Change.At)).Add("summary", document.Change.Summary));
            root.Add("serverGroups", document.ServerGroups.Select(g => (object?)new JsonObject().Add("name", g.Name).Add("gateway", g.Gateway)).ToList());
            root.Add("tracks", document.Tracks.Select(t => (object?)Track(t)).ToList());
            root.Add("reviews", document.Reviews.Select(r => (object?)new JsonObject()
                .Add("platform", r.Platform).Add("clientVersion", r.ClientVersion.ToString())
                .Add("serverGroup", r.ServerGroup).Add("manifest", r.Manifest)).ToList());
            return JsonWriter.Write(root);
        }

        private static JsonObject Track(ReleaseTrack t)
        {
            var p = t.Production;
            var obj = new JsonObject()
                .Add("platform", t.Platform)
                .Add("channel", t.Channel)
                .Add("production", new JsonObject().Add("version", p.Version).Add("clientVersions", Range(p.ClientVersions))
                    .Add("manifest", p.Manifest).Add("serverGroup", p.ServerGroup));
            var g = t.Gray;
            if (g == null) return obj;
            return obj.Add("gray", new JsonObject()
                .Add("version", g.Version)
                .AddIfSet("clientVersions", g.ClientVersions == null ? null : Range(g.ClientVersions))
                .Add("manifest", g.Manifest)
                .Add("serverGroup", g.ServerGroup)
                .Add("percentage", g.Percentage)
                .Add("salt", g.Salt)
                .Add("accounts", g.Accounts.Cast<object?>().ToList())
                .Add("devices", g.Devices.Cast<object?>().ToList())
                .Add("networks", g.Networks.Select(n => (object?)n.Text).ToList())
                .Add("steps", g.Steps.Select(s => (object?)Step(s)).ToList())
                .Add("step", g.Step)
                .AddIfSet("stepReachedAt", g.StepReachedAt == null ? null : Time(g.StepReachedAt.Value))
                .AddIfSet("startedAt", g.StartedAt == null ? null : Time(g.StartedAt.Value)));
        }

        private static JsonObject Step(GrayStep s)
        {
            switch (s.Kind)
            {
                case GrayStepKind.SetWeight: return new JsonObject().Add("setWeight", s.Weight);
                case GrayStepKind.Pause: return new JsonObject().Add("pause", new JsonObject().AddIfSet("duration", s.Duration == null ? null : PauseDuration.Format(s.Duration.Value)));
                case GrayStepKind.Check: return new JsonObject().Add("check", new JsonObject().Add("url", s.Url));
                default: return new JsonObject().Add("metric", new JsonObject().Add("url", s.Url).Add("query", s.Query).Add("max", s.Max));
            }
        }

        private static JsonObject Range(VersionRange r) => new JsonObject().Add("min", r.Min.ToString()).Add("max", r.Max.ToString());

        private static string Time(DateTimeOffset t) => t.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

        /// <summary>Maps the JSON tree to the model, collecting every shape problem with its path.</summary>
        private sealed class Reader
        {
            public List<RoutingProblem> Problems { get; } = new List<RoutingProblem>();

            public RoutingDocument Document(object? root)
            {
                var obj = Object(root, "$", "schemaVersion", "revision", "change", "serverGroups", "tracks", "reviews");
                if (obj == null) return new RoutingDocument();
                var changeObj = Object(Optional(obj, "change"), "$.change", "by", "at", "summary", nullable: true);
                return new RoutingDocument
                {
                    SchemaVersion = Int(Required(obj, "schemaVersion", "$"), "$.schemaVersion"),
                    Revision = Int(Required(obj, "revision", "$"), "$.revision"),
                    Change = changeObj == null ? null : new RoutingChange(
                        String(Required(changeObj, "by", "$.change"), "$.change.by"),
                        Time(Required(changeObj, "at", "$.change"), "$.change.at") ?? default,
                        String(Required(changeObj, "summary", "$.change"), "$.change.summary")),
                    ServerGroups = Array(Required(obj, "serverGroups", "$"), "$.serverGroups", (v, p) =>
                    {
                        var g = Object(v, p, "name", "gateway");
                        return g == null ? null : new ServerGroup(String(Required(g, "name", p), p + ".name"), String(Required(g, "gateway", p), p + ".gateway"));
                    }),
                    Tracks = Array(Required(obj, "tracks", "$"), "$.tracks", Track),
                    Reviews = Array(Optional(obj, "reviews"), "$.reviews", Review),
                };
            }

            private ReleaseTrack? Track(object? value, string path)
            {
                var t = Object(value, path, "platform", "channel", "production", "gray");
                if (t == null) return null;
                var p = Object(Required(t, "production", path), path + ".production", "version", "clientVersions", "manifest", "serverGroup");
                var pp = path + ".production";
                return new ReleaseTrack
                {
                    Platform = String(Required(t, "platform", path), path + ".platform"),
                    Channel = String(Required(t, "channel", path), path + ".channel"),
                    Production = p == null ? new ProductionRoute() : new ProductionRoute
                    {
                        Version = String(Required(p, "version", pp), pp + ".version"),
                        ClientVersions = Range(Required(p, "clientVersions", pp), pp + ".clientVersions") ?? new VersionRange(default, default),
                        Manifest = String(Required(p, "manifest", pp), pp + ".manifest"),
                        ServerGroup = String(Required(p, "serverGroup", pp), pp + ".serverGroup"),
                    },
                    Gray = Gray(Optional(t, "gray"), path + ".gray"),
                };
            }

            private GraySlot? Gray(object? value, string path)
            {
                var g = Object(value, path, new[] { "version", "clientVersions", "manifest", "serverGroup", "percentage", "salt", "accounts", "devices", "networks", "steps", "step", "stepReachedAt", "startedAt" }, nullable: true);
                if (g == null) return null;
                return new GraySlot
                {
                    Version = String(Required(g, "version", path), path + ".version"),
                    ClientVersions = Optional(g, "clientVersions") == null ? null : Range(Optional(g, "clientVersions"), path + ".clientVersions"),
                    Manifest = String(Required(g, "manifest", path), path + ".manifest"),
                    ServerGroup = String(Required(g, "serverGroup", path), path + ".serverGroup"),
                    Percentage = Decimal(Required(g, "percentage", path), path + ".percentage"),
                    Salt = String(Required(g, "salt", path), path + ".salt"),
                    Accounts = Array(Optional(g, "accounts"), path + ".accounts", String),
                    Devices = Array(Optional(g, "devices"), path + ".devices", String),
                    Networks = Array(Optional(g, "networks"), path + ".networks", (v, p) =>
                    {
                        var text = String(v, p);
                        if (IpRange.TryParse(text, out var range)) return range;
                        Problems.Add(new RoutingProblem(p, $"'{text}' is not a CIDR range: expected e.g. 10.8.0.0/16 or 2001:db8::/32"));
                        return null;
                    }),
                    Steps = Array(Optional(g, "steps"), path + ".steps", Step),
                    Step = Optional(g, "step") == null ? 0 : Int(Optional(g, "step"), path + ".step"),
                    StepReachedAt = Time(Optional(g, "stepReachedAt"), path + ".stepReachedAt"),
                    StartedAt = Time(Optional(g, "startedAt"), path + ".startedAt"),
                };
            }

            private GrayStep? Step(object? value, string path)
            {
                var s = Object(value, path, "setWeight", "pause", "check", "metric");
                if (s == null) return null;
                if (s.Properties.Count != 1)
                {
                    Problems.Add(new RoutingProblem(path, "a step has exactly one of setWeight, pause, check, metric"));
                    return null;
                }
                var kind = s.Properties[0].Key;
                var body = s.Properties[0].Value;
                var p = path + "." + kind;
                switch (kind)
                {
                    case "setWeight": return GrayStep.SetWeight(Decimal(body, p));
                    case "pause":
                        var pause = Object(body, p, "duration");
                        var durationText = pause == null || Optional(pause, "duration") == null ? null : String(Optional(pause, "duration"), p + ".duration");
                        if (durationText == null) return GrayStep.Pause();
                        if (PauseDuration.TryParse(durationText, out var duration)) return GrayStep.Pause(duration);
                        Problems.Add(new RoutingProblem(p + ".duration", $"'{durationText}' is not a duration: expected a whole number and s, m, h or d, e.g. 30m"));
                        return null;
                    case "check":
                        var check = Object(body, p, "url");
                        return check == null ? null : GrayStep.Check(String(Required(check, "url", p), p + ".url"));
                    default:
                        var metric = Object(body, p, "url", "query", "max");
                        return metric == null ? null : GrayStep.Metric(String(Required(metric, "url", p), p + ".url"), String(Required(metric, "query", p), p + ".query"), Double(Required(metric, "max", p), p + ".max"));
                }
            }

            private ReviewRoute? Review(object? value, string path)
            {
                var r = Object(value, path, "platform", "clientVersion", "serverGroup", "manifest");
                if (r == null) return null;
                return new ReviewRoute
                {
                    Platform = String(Required(r, "platform", path), path + ".platform"),
                    ClientVersion = Version(Required(r, "clientVersion", path), path + ".clientVersion"),
                    ServerGroup = String(Required(r, "serverGroup", path), path + ".serverGroup"),
                    Manifest = String(Required(r, "manifest", path), path + ".manifest"),
                };
            }

            private VersionRange? Range(object? value, string path)
            {
                var r = Object(value, path, "min", "max");
                return r == null ? null : new VersionRange(Version(Required(r, "min", path), path + ".min"), Version(Required(r, "max", path), path + ".max"));
            }

            private ClientVersion Version(object? value, string path)
            {
                var text = String(value, path);
                if (ClientVersion.TryParse(text, out var version)) return version;
                if (text.Length > 0 || value is string) Problems.Add(new RoutingProblem(path, $"'{text}' is not a client version: expected 1 to 4 dot-separated numbers 0-65535, e.g. 1.6.0"));
                return default;
            }

            private static readonly object Missing = new object();

            private object? Required(JsonObject obj, string name, string path)
            {
                if (obj.TryGet(name, out var value)) return value;
                Problems.Add(new RoutingProblem(path + "." + name, "missing"));
                return Missing;
            }

            private static object? Optional(JsonObject obj, string name) => obj.TryGet(name, out var value) ? value : null;

            private JsonObject? Object(object? value, string path, params string[] known) => Object(value, path, known, nullable: false);

            private JsonObject? Object(object? value, string path, string a, string b, string c, bool nullable) => Object(value, path, new[] { a, b, c }, nullable);

            private JsonObject? Object(object? value, string path, string[] known, bool nullable)
            {
                if (value == Missing || (value == null && nullable)) return null;
                if (!(value is JsonObject obj))
                {
                    Problems.Add(new RoutingProblem(path, "expected an object"));
                    return null;
                }
                foreach (var p in obj.Properties)
                    if (System.Array.IndexOf(known, p.Key) < 0)
                        Problems.Add(new RoutingProblem(path + "." + p.Key, $"unknown property; known: {string.Join(", ", known)}"));
                return obj;
            }

            private IReadOnlyList<T> Array<T>(object? value, string path, Func<object?, string, T?> item) where T : class
            {
                if (value == Missing || value == null) return System.Array.Empty<T>();
                if (!(value is List<object?> list))
                {
                    Problems.Add(new RoutingProblem(path, "expected an array"));
                    return System.Array.Empty<T>();
                }
                var result = new List<T>(list.Count);
                for (int i = 0; i < list.Count; i++)
                {
                    var mapped = item(list[i], $"{path}[{i}]");
                    if (mapped != null) result.Add(mapped);
                }
                return result;
            }

            private string String(object? value, string path)
            {
                if (value is string s) return s;
                if (value != Missing) Problems.Add(new RoutingProblem(path, "expected a string"));
                return "";
            }

            private int Int(object? value, string path)
            {
                if (value is JsonNumber n && int.TryParse(n.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i)) return i;
                if (value != Missing) Problems.Add(new RoutingProblem(path, "expected a whole number"));
                return 0;
            }

            private decimal Decimal(object? value, string path)
            {
                if (value is JsonNumber n && decimal.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                if (value != Missing) Problems.Add(new RoutingProblem(path, "expected a number"));
                return 0;
            }

            private double Double(object? value, string path)
            {
                if (value is JsonNumber n && double.TryParse(n.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)) return d;
                if (value != Missing) Problems.Add(new RoutingProblem(path, "expected a number"));
                return 0;
            }

            private DateTimeOffset? Time(object? value, string path)
            {
                if (value == null || value == Missing) return null;
                if (value is string s && DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t)) return t.ToUniversalTime();
                Problems.Add(new RoutingProblem(path, "expected a UTC time like 2026-11-25T10:00:00Z"));
                return null;
            }
        }
    }
}
