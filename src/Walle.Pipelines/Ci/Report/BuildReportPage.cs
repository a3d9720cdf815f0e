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
            var ran = false;
            foreach (var run in model.Targets) ran |= run.Start is not null;
            if (ran)
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

    /// <summary>A target's box in the graph.</summary>
    private sealed class Node(PlannedTarget target, int column, int row)
    {
        public PlannedTarget Target { get; } = target;
        public double X { get; } = 10 + column * (NodeWidth + ColumnGap);
        public double Y { get; } = 10 + row * (NodeHeight + RowGap);
        public int Column { get; } = column;
    }

    // Plain loops and reference-type collections below: LINQ and collections over value types (tuples, doubles,
    // nullable statuses) are compiled at run time on first use, which cost most of the page's 30 ms first render.
    private static void Graph(StringBuilder html, BuildPlan plan, IReadOnlyList<TargetRun> runs)
    {
        var nodes = new Dictionary<string, Node>(StringComparer.Ordinal);
        var rowsInColumn = new List<int>();
        foreach (var target in plan.Targets) // plan order: predecessors first
        {
            var column = 0;
            foreach (var relation in target.Relations)
                if (nodes.TryGetValue(relation.Target, out var before) && before.Column + 1 > column) column = before.Column + 1;
            while (rowsInColumn.Count <= column) rowsInColumn.Add(0);
            nodes[target.Name] = new Node(target, column, rowsInColumn[column]++);
        }

        var maxRows = 0;
        foreach (var rows in rowsInColumn) maxRows = Math.Max(maxRows, rows);
        var width = N(Math.Max(20, 20 + rowsInColumn.Count * (NodeWidth + ColumnGap) - ColumnGap));
        var height = N(Math.Max(20, 20 + maxRows * (NodeHeight + RowGap) - RowGap));
        var byName = new Dictionary<string, TargetRun>(StringComparer.Ordinal);
        foreach (var run in runs) byName[run.Name] = run;
        html.Append("<svg id=\"graph\" class=\"graph\" role=\"img\" aria-label=\"Plan graph\" width=\"").Append(width).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(width).Append(' ').Append(height).Append("\">\n")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\"><path d=\"M0,0L10,5L0,10z\" fill=\"#667\"/></marker></defs>\n");
        foreach (var node in nodes.Values)
        foreach (var relation in node.Target.Relations)
        {
            if (!nodes.TryGetValue(relation.Target, out var from)) continue;
            double x1 = from.X + NodeWidth, y1 = from.Y + NodeHeight / 2.0, x2 = node.X, y2 = node.Y + NodeHeight / 2.0;
            var kind = relation.Kind switch { RelationKind.After => "after", RelationKind.TriggeredBy => "triggered", _ => "depends" };
            html.Append("<path class=\"edge ").Append(kind).Append("\" data-from=\"").Append(E(relation.Target)).Append("\" data-to=\"").Append(E(node.Target.Name))
                .Append("\" d=\"M").Append(N(x1)).Append(',').Append(N(y1)).Append(" C").Append(N(x1 + ColumnGap / 2.0)).Append(',').Append(N(y1)).Append(' ')
                .Append(N(x2 - ColumnGap / 2.0)).Append(',').Append(N(y2)).Append(' ').Append(N(x2)).Append(',').Append(N(y2))
                .Append("\" marker-end=\"url(#arrow)\"><title>").Append(E(relation.Target)).Append(" → ").Append(E(node.Target.Name)).Append(" (").Append(kind).Append(")</title></path>\n");
        }

        foreach (var node in nodes.Values)
        {
            var target = node.Target;
            var details = target.RunsOn is { } label ? "on " + label : "";
            if (target.Uses.Count > 0) details += (details.Length > 0 ? " · " : "") + "uses " + string.Join(", ", target.Uses);
            var css = StatusClass(byName.TryGetValue(target.Name, out var run) && run.Status is { } status ? BuildSummary.Describe(status) : "planned");
            html.Append("<g class=\"node ").Append(css).Append("\" data-target=\"").Append(E(target.Name)).Append("\" transform=\"translate(").Append(N(node.X)).Append(',').Append(N(node.Y))
                .Append(")\" tabindex=\"0\"><rect width=\"").Append(N(NodeWidth)).Append("\" height=\"").Append(N(NodeHeight)).Append("\" rx=\"6\"/>")
                .Append("<text x=\"10\" y=\"19\" class=\"name\">").Append(E(Clip(target.Name, 24))).Append("</text>")
                .Append("<text x=\"10\" y=\"36\" class=\"details\">").Append(E(Clip(details, 30))).Append("</text>")
                .Append("<title>").Append(E(target.Name)).Append(target.Description is { } d ? ": " + E(d) : "").Append("</title></g>\n");
        }

        html.Append("</svg>\n<p class=\"legend\">→ depends on · <span class=\"dash\">- -</span> after (order only) · <span class=\"dot\">···</span> triggered by</p>\n");
    }

    /// <summary>Each target that ran as a bar at its start; bars that overlap in time go to separate lanes.</summary>
    private static void Timeline(StringBuilder html, IReadOnlyList<TargetRun> runs, TimeSpan total)
    {
        var ran = new List<TargetRun>();
        foreach (var run in runs) if (run.Start is not null) ran.Add(run);
        ran.Sort((a, b) => a.Start!.Value.CompareTo(b.Start!.Value));
        var end = total.TotalMilliseconds;
        foreach (var run in ran) end = Math.Max(end, (run.Start!.Value + run.Duration).TotalMilliseconds);
        var scale = TimelineWidth / Math.Max(end, 1);
        var laneEnds = new double[ran.Count];
        var lanes = 0;
        var text = new StringBuilder();
        foreach (var run in ran)
        {
            var start = run.Start!.Value.TotalMilliseconds;
            var lane = 0;
            while (lane < lanes && laneEnds[lane] > start) lane++;
            if (lane == lanes) lanes++;
            laneEnds[lane] = start + run.Duration.TotalMilliseconds;
            var x = 10 + start * scale;
            var w = Math.Max(2, run.Duration.TotalMilliseconds * scale);
            var status = BuildSummary.Describe(run.Status!.Value);
            text.Append("<g class=\"bar ").Append(StatusClass(status)).Append("\" data-target=\"").Append(E(run.Name)).Append("\" data-lane=\"").Append(N(lane))
                .Append("\"><rect x=\"").Append(N(x)).Append("\" y=\"").Append(N(lane * LaneHeight + 4)).Append("\" width=\"").Append(N(w)).Append("\" height=\"").Append(N(LaneHeight - 6))
                .Append("\" rx=\"3\"/><text x=\"").Append(N(x + 4)).Append("\" y=\"").Append(N(lane * LaneHeight + 18)).Append("\">").Append(E(run.Name)).Append(' ').Append(E(Format(run.Duration)))
                .Append("</text><title>").Append(E(run.Name)).Append(": ").Append(E(status)).Append(", started at +").Append(E(Format(run.Start.Value))).Append(", ").Append(E(Format(run.Duration)))
                .Append("</title></g>\n");
        }

        var height = N(lanes * LaneHeight + 24);
        var axis = N(lanes * LaneHeight + 18);
        html.Append("<svg id=\"timeline\" class=\"timeline\" role=\"img\" aria-label=\"Timeline\" width=\"").Append(N(TimelineWidth + 20)).Append("\" height=\"").Append(height)
            .Append("\" viewBox=\"0 0 ").Append(N(TimelineWidth + 20)).Append(' ').Append(height).Append("\">\n").Append(text)
            .Append("<text class=\"axis\" x=\"10\" y=\"").Append(axis).Append("\">0s</text><text class=\"axis\" x=\"").Append(N(TimelineWidth + 10)).Append("\" y=\"").Append(axis)
            .Append("\" text-anchor=\"end\">").Append(E(Format(TimeSpan.FromMilliseconds(end)))).Append("</text>\n</svg>\n");
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

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);

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
