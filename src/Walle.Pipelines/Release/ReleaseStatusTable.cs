using Spectre.Console;
using Spectre.Console.Rendering;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>The routing document as readable text tables: tracks (production and gray) and reviews.</summary>
public static class ReleaseStatusTable
{
    /// <summary>Renders <paramref name="document"/> as plain text, <paramref name="width"/> columns wide.</summary>
    public static string Render(RoutingDocument document, int width = 160)
    {
        var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = width;
        var change = document.Change == null ? "seed" : $"{document.Change.At:u} by {document.Change.By}: {document.Change.Summary}";
        console.WriteLine($"Routing revision {document.Revision} ({change})");

        var tracks = Table("Track", "Production", "Clients", "Server group", "Gray", "Gray server group", "Whitelist");
        foreach (var t in document.Tracks)
        {
            var g = t.Gray;
            tracks.AddRow(Cells(t.Name, t.Production.Version, t.Production.ClientVersions.ToString(), t.Production.ServerGroup,
                g == null ? "-" : $"{g.Version} · {GrayRelease.Describe(g)}" + (g.ClientVersions == null ? "" : $" · clients {g.ClientVersions}"),
                g?.ServerGroup ?? "-",
                g == null ? "-" : $"{g.Accounts.Count} accounts, {g.Devices.Count} devices, {g.Networks.Count} networks"));
        }
        console.Write(tracks);

        if (document.Reviews.Count > 0)
        {
            var reviews = Table("In review", "Client version", "Server group", "Manifest");
            foreach (var r in document.Reviews) reviews.AddRow(Cells(r.Platform, r.ClientVersion.ToString(), r.ServerGroup, r.Manifest));
            console.Write(reviews);
        }
        else console.WriteLine("No client version in review.");
        return writer.ToString();
    }

    private static Table Table(params string[] headers)
    {
        var table = new Table().Border(TableBorder.Ascii);
        foreach (var h in headers) table.AddColumn(new TableColumn(Markup.Escape(h)));
        return table;
    }

    private static IRenderable[] Cells(params string[] values) => values.Select(v => (IRenderable)new Text(v)).ToArray();
}
