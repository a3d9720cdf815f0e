using System.Globalization;
using System.Net;
using System.Text;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>
/// The report as one self-contained HTML page: inline CSS, inline SVG drawn here (graph and timeline are laid out
/// in C#, so the page shows everything with scripts off), and a few lines of inline script for highlighting. No
/// external URL of any kind: it is opened from Jenkins artifacts and mail attachments, often offline.
/// </summary>
internal static class BuildReportPage
{
    private const int NodeWidth = 190, NodeHeight = 46, ColumnGap = 70, RowGap = 18, TimelineWidth = 900, LaneHeight = 26;

    public static string Render(BuildReportModel model)
    {
        var html = new StringBuilder();
        var title = model.Plan is { Invoked.Count: > 0 } plan ? string.Join(", ", plan.Invoked) : "Build";
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(title)).Append(" — ").Append(E(model.Status)).Append("</title>\n")
            .Append("<style>").Append(Css).Append("</style>\n</head>\n<body data-ready=\"0\">\n");
        html.Append("<header class=\"").Append(StatusClass(model.Status)).Append("\"><h1>").Append(E(title)).Append("</h1><p>")
            .Append("<span id=\"status\">").Append(E(model.Status)).Append("</span>")
            .Append(" · started ").Append(E(model.Started.ToString("yyyy-MM-dd HH:mm:ss zzz", CultureInfo.InvariantCulture)))
            .Append(model.Duration is { } total ? " · " + E(Format(total)) : "")
            .Append(model.Link is { } link ? $" · <a href=\"{E(link)}\">CI build</a>" : "")
            .Append("</p></header>\n<main>\n");
        if (model.Error is { } error) html.Append("<section id=\"error\"><h2>Planning failed</h2><pre>").Append(E(error)).Append("</pre></section>\n");
        if (model.Plan is { } p)
        {
            html.Append("<section><h2>Plan</h2>\n");
            Graph(html, p, model.Targets);
            html.Append("</section>\n");
            if (model.Targets.Any(t => t.Start is not null))
            {
                html.Append("<section><h2>Timeline</h2>\n");
                Timeline(html, model.Targets, model.Duration ?? TimeSpan.Zero);
                html.Append("</section>\n");
            }

            Targets(html, p, model.Targets);
        }

        Parameters(html, model.Parameters);
        html.Append("</main>\n<script>").Append(Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Graph(StringBuilder html, BuildPlan plan, IReadOnlyList<TargetRun> runs)
    {
        var names = plan.Targets.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        var level = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var target in plan.Targets) // plan order: predecessors first
            level[target.Name] = target.Relations.Where(r => names.Contains(r.Target) && level.ContainsKey(r.Target)).Select(r => level[r.Target] + 1).DefaultIfEmpty(0).Max();
        var rows = new Dictionary<int, int>();
        var position = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            var column = level[target.Name];
            var row = rows.GetValueOrDefault(column);
            rows[column] = row + 1;
            position[target.Name] = (10 + column * (NodeWidth + ColumnGap), 10 + row * (NodeHeight + RowGap));
        }

        var width = 20 + (rows.Count == 0 ? 0 : rows.Keys.Max() + 1) * (NodeWidth + ColumnGap) - ColumnGap;
        var height = 20 + (rows.Count == 0 ? 0 : rows.Values.Max()) * (NodeHeight + RowGap) - RowGap;
        var status = runs.ToDictionary(r => r.Name, r => r.Status, StringComparer.Ordinal);
        html.Append($"<svg id=\"graph\" class=\"graph\" role=\"img\" aria-label=\"Plan graph\" width=\"{width}\" height=\"{Math.Max(height, 20)}\" viewBox=\"0 0 {width} {Math.Max(height, 20)}\">\n")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#667\"/></marker></defs>\n");
        foreach (var target in plan.Targets)
        foreach (var relation in target.Relations.Where(r => position.ContainsKey(r.Target)))
        {
            var (fx, fy) = position[relation.Target];
            var (tx, ty) = position[target.Name];
            var (x1, y1, x2, y2) = (fx + NodeWidth, fy + NodeHeight / 2.0, tx, ty + NodeHeight / 2.0);
            var kind = relation.Kind switch { RelationKind.After => "after", RelationKind.TriggeredBy => "triggered", _ => "depends" };
            html.Append($"<path class=\"edge {kind}\" data-from=\"{E(relation.Target)}\" data-to=\"{E(target.Name)}\" d=\"M{N(x1)},{N(y1)} C{N(x1 + ColumnGap / 2.0)},{N(y1)} {N(x2 - ColumnGap / 2.0)},{N(y2)} {N(x2)},{N(y2)}\" marker-end=\"url(#arrow)\"><title>{E(relation.Target)} → {E(target.Name)} ({kind})</title></path>\n");
        }

        foreach (var target in plan.Targets)
        {
            var (x, y) = position[target.Name];
            var details = new List<string>();
            if (target.RunsOn is { } label) details.Add("on " + label);
            if (target.Uses.Count > 0) details.Add("uses " + string.Join(", ", target.Uses));
            var css = StatusClass(status.GetValueOrDefault(target.Name) is { } s ? BuildSummary.Describe(s) : "planned");
            html.Append($"<g class=\"node {css}\" data-target=\"{E(target.Name)}\" transform=\"translate({N(x)},{N(y)})\" tabindex=\"0\">")
                .Append($"<rect width=\"{NodeWidth}\" height=\"{NodeHeight}\" rx=\"6\"/>")
                .Append($"<text x=\"10\" y=\"19\" class=\"name\">{E(Clip(target.Name, 24))}</text>")
                .Append($"<text x=\"10\" y=\"36\" class=\"details\">{E(Clip(string.Join(" · ", details), 30))}</text>")
                .Append($"<title>{E(target.Name)}{(target.Description is { } d ? ": " + E(d) : "")}</title></g>\n");
        }

        html.Append("</svg>\n<p class=\"legend\">→ depends on · <span class=\"dash\">- -</span> after (order only) · <span class=\"dot\">···</span> triggered by</p>\n");
    }

    /// <summary>Each target that ran as a bar at its start; bars that overlap in time go to separate lanes.</summary>
    private static void Timeline(StringBuilder html, IReadOnlyList<TargetRun> runs, TimeSpan total)
    {
        var ran = runs.Where(r => r.Start is not null).OrderBy(r => r.Start).ToList();
        var end = Math.Max(total.TotalMilliseconds, ran.Max(r => (r.Start!.Value + r.Duration).TotalMilliseconds));
        var scale = TimelineWidth / Math.Max(end, 1);
        var laneEnds = new List<double>();
        var placed = new List<(TargetRun Run, int Lane)>();
        foreach (var run in ran)
        {
            var start = run.Start!.Value.TotalMilliseconds;
            var lane = laneEnds.FindIndex(e => e <= start);
            if (lane < 0) { lane = laneEnds.Count; laneEnds.Add(0); }
            laneEnds[lane] = start + run.Duration.TotalMilliseconds;
            placed.Add((run, lane));
        }

        var height = laneEnds.Count * LaneHeight + 24;
        html.Append($"<svg id=\"timeline\" class=\"timeline\" role=\"img\" aria-label=\"Timeline\" width=\"{TimelineWidth + 20}\" height=\"{height}\" viewBox=\"0 0 {TimelineWidth + 20} {height}\">\n");
        foreach (var (run, lane) in placed)
        {
            var x = 10 + run.Start!.Value.TotalMilliseconds * scale;
            var w = Math.Max(2, run.Duration.TotalMilliseconds * scale);
            html.Append($"<g class=\"bar {StatusClass(BuildSummary.Describe(run.Status!.Value))}\" data-target=\"{E(run.Name)}\" data-lane=\"{lane}\">")
                .Append($"<rect x=\"{N(x)}\" y=\"{lane * LaneHeight + 4}\" width=\"{N(w)}\" height=\"{LaneHeight - 6}\" rx=\"3\"/>")
                .Append($"<text x=\"{N(x + 4)}\" y=\"{lane * LaneHeight + 18}\">{E(run.Name)} {E(Format(run.Duration))}</text>")
                .Append($"<title>{E(run.Name)}: {E(BuildSummary.Describe(run.Status!.Value))}, started at +{E(Format(run.Start.Value))}, {E(Format(run.Duration))}</title></g>\n");
        }

        var axis = laneEnds.Count * LaneHeight + 18;
        html.Append($"<text class=\"axis\" x=\"10\" y=\"{axis}\">0s</text><text class=\"axis\" x=\"{TimelineWidth + 10}\" y=\"{axis}\" text-anchor=\"end\">{E(Format(TimeSpan.FromMilliseconds(end)))}</text>\n</svg>\n");
    }

    private static void Targets(StringBuilder html, BuildPlan plan, IReadOnlyList<TargetRun> runs)
    {
        html.Append("<section><h2>Targets</h2>\n<table id=\"targets\"><thead><tr><th>Target</th><th>Status</th><th>Duration</th><th>Runs on</th><th>Uses</th><th>Notes</th></tr></thead><tbody>\n");
        var byName = runs.ToDictionary(r => r.Name, StringComparer.Ordinal);
        foreach (var target in plan.Targets)
        {
            var run = byName.GetValueOrDefault(target.Name);
            var status = run?.Status is { } s ? BuildSummary.Describe(s) : target.Skipped is not null ? "Skipped" : "Planned";
            html.Append($"<tr data-target=\"{E(target.Name)}\"><td>{E(target.Name)}</td><td class=\"status {StatusClass(status)}\">{E(status)}</td>")
                .Append($"<td>{(run is { Duration.Ticks: > 0 } ? E(Format(run.Duration)) : "")}</td><td>{E(target.RunsOn ?? "")}</td><td>{E(string.Join(", ", target.Uses))}</td>")
                .Append($"<td>{E(run?.Note ?? target.Skipped ?? "")}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    private static void Parameters(StringBuilder html, IReadOnlyList<ReportParameter> parameters)
    {
        if (parameters.Count == 0) return;
        html.Append("<section><h2>Parameters</h2>\n<table id=\"parameters\"><thead><tr><th>Parameter</th><th>Option</th><th>Value</th><th>Source</th></tr></thead><tbody>\n");
        foreach (var parameter in parameters)
            html.Append($"<tr><td>{E(parameter.Name)}{(parameter.IsSecret ? " <span class=\"secret\">secret</span>" : "")}</td><td><code>{E(parameter.Option)}</code></td>")
                .Append($"<td><code>{E(parameter.Value)}</code></td><td>{E(parameter.Source)}</td></tr>\n");
        html.Append("</tbody></table></section>\n");
    }

    private static string StatusClass(string status) => status.ToLowerInvariant() switch
    {
        "succeeded" => "ok",
        "failed" or "aborted" or "failed in planning" => "bad",
        "cancelled" or "not run" => "warn",
        "skipped" or "up to date" => "skip",
        _ => "plan",
    };

    private static string Format(TimeSpan duration) =>
        duration.TotalMinutes >= 1 ? $"{(int)duration.TotalMinutes}:{duration.Seconds:00}" : $"{duration.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)}s";

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Css = """
        body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1d2330;background:#f6f7f9}
        header{padding:14px 24px;color:#fff;background:#5b6475}header.ok{background:#2e7d4f}header.bad{background:#b3261e}header.warn{background:#a86b00}
        header h1{margin:0;font-size:20px}header p{margin:4px 0 0}header a{color:#fff}
        main{padding:8px 24px 40px}section{background:#fff;border:1px solid #dde1e8;border-radius:8px;padding:8px 16px 14px;margin:14px 0;overflow-x:auto}
        h2{font-size:16px;margin:8px 0}pre{white-space:pre-wrap;color:#b3261e}
        table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:4px 8px;border-bottom:1px solid #eceff3;vertical-align:top}
        tr.hl td{background:#fff6d6}.secret{font-size:11px;background:#eee;border-radius:3px;padding:0 4px}
        .status.ok{color:#2e7d4f}.status.bad{color:#b3261e}.status.warn{color:#a86b00}.status.skip{color:#5b6475}
        .node rect{fill:#eef1f6;stroke:#8a93a5;stroke-width:1.5}.node.ok rect{fill:#e3f4ea;stroke:#2e7d4f}.node.bad rect{fill:#fde7e5;stroke:#b3261e}
        .node.warn rect{fill:#fff3dc;stroke:#a86b00}.node.skip rect{fill:#f1f1f1;stroke:#aaa;stroke-dasharray:4 3}.node.hl rect{stroke-width:3}
        .node text.name{font-weight:600;font-size:13px}.node text.details{font-size:11px;fill:#5b6475}.node{cursor:pointer}
        .edge{fill:none;stroke:#667;stroke-width:1.4}.edge.after{stroke-dasharray:6 4}.edge.triggered{stroke-dasharray:2 3}
        .bar rect{fill:#8a93a5}.bar.ok rect{fill:#4caf78}.bar.bad rect{fill:#e0574f}.bar.warn rect{fill:#e0a030}.bar.skip rect{fill:#bbb}
        .bar text{font-size:11px;fill:#1d2330}.axis{font-size:11px;fill:#5b6475}.legend{font-size:12px;color:#5b6475}
        """;

    /// <summary>Clicking a target (graph node, bar or row) highlights it everywhere; the page marks itself ready for tests.</summary>
    private const string Script = """
        (function () {
          var items = document.querySelectorAll('[data-target]');
          function highlight(name) {
            for (var i = 0; i < items.length; i++) items[i].classList.toggle('hl', items[i].getAttribute('data-target') === name);
          }
          for (var i = 0; i < items.length; i++) {
            items[i].addEventListener('click', function (e) { highlight(e.currentTarget.getAttribute('data-target')); });
          }
          document.body.setAttribute('data-ready', String(items.length));
        })();
        """;
}
