using System.Collections.Concurrent;
using Walle.Pipelines.Assets.Sheets;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Engine;
using Walle.Pipelines.Tooling;

namespace Walle.Pipelines.Assets.Ui.Exporter;

/// <summary>
/// Exports Cocos Studio layouts with the studio's CCSUIExporter CLI through the build context's tool runner (a local
/// process, or a container), runs in parallel, and trusts no exit code: every <c>.csd</c> must have become a
/// non-empty <c>.csb</c> that decodes (<see cref="CsbCheck"/>) before anything is published. Outputs are written into
/// a staging folder and moved into <see cref="CcsUiExporterSettings.OutputDirectory"/> only when all runs passed.
/// </summary>
public static class CcsUiExporter
{
    /// <summary>Environment variable that may hold the exporter's full path.</summary>
    public const string ExecutableVariable = "CCSUIEXPORTER_EXE";

    /// <summary>The exporter in <paramref name="environment"/> (<c>$CCSUIEXPORTER_EXE</c> or <c>CCSUIExporter</c> on PATH), or null.</summary>
    public static string? TryFind(IReadOnlyDictionary<string, string> environment) => ToolLocator.TryFind(environment, ExecutableVariable, "CCSUIExporter");

    /// <summary>Exports every layout below <paramref name="sourceDirectory"/>; returns the written <c>.csb</c> files relative to the output folder.</summary>
    /// <exception cref="UiExportException">No layouts, or one or more runs failed or wrote bad output; every problem is listed and nothing is published.</exception>
    public static async Task<IReadOnlyList<string>> ExportAsync(
        string sourceDirectory, CcsUiExporterSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        var layouts = LayoutFiles.Find(sourceDirectory);
        var runs = Runs(sourceDirectory, layouts, settings.Mode);
        using var staging = new StagingFolder(settings.OutputDirectory, "ccsuiexporter");
        var problems = new ConcurrentBag<(string Layout, string Problem)>();
        using (var progress = context.StartProgress("CCSUIExporter", runs.Count, "runs"))
        {
            await Parallel.ForEachAsync(runs,
                new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, settings.MaxParallelism), CancellationToken = cancellationToken },
                async (run, token) =>
                {
                    foreach (var problem in await RunAsync(run, staging.Path, settings, context, token)) problems.Add(problem);
                    progress.Increment();
                });
        }
        if (!problems.IsEmpty)
            throw new UiExportException(
                $"CCSUIExporter failed for {problems.Select(p => p.Layout).Distinct().Count()} of {layouts.Count} layouts (nothing was published):\n" +
                string.Join("\n", problems.OrderBy(p => p.Layout, StringComparer.Ordinal).Select(p => $"  - {p.Layout}: {p.Problem}")));
        var outputs = layouts.Select(LayoutFiles.BinaryName).ToList();
        staging.Publish(outputs);
        context.Logger.Information("CCSUIExporter: {Count} layouts exported in {Runs} runs", layouts.Count, runs.Count);
        return outputs;
    }

    /// <summary>One exporter run: what it is given and the layouts it must export.</summary>
    private sealed record Run(string Input, string Folder, IReadOnlyList<string> Layouts);

    private static List<Run> Runs(string sourceDirectory, IReadOnlyList<string> layouts, CcsUiExportMode mode) => mode == CcsUiExportMode.PerFile
        ? layouts.Select(l => new Run(Path.Combine(sourceDirectory, l), FolderOf(l), [l])).ToList()
        : layouts.GroupBy(FolderOf, StringComparer.Ordinal)
            .Select(g => new Run(Path.Combine(sourceDirectory, g.Key), g.Key, g.ToList())).ToList();

    private static string FolderOf(string layout) => layout.Contains('/') ? layout[..layout.LastIndexOf('/')] : "";

    private static async Task<IReadOnlyList<(string, string)>> RunAsync(
        Run run, string staging, CcsUiExporterSettings settings, BuildContext context, CancellationToken cancellationToken)
    {
        var output = Path.Combine(staging, run.Folder);
        Directory.CreateDirectory(output);
        var tool = new ToolSettings
        {
            Executable = settings.Executable,
            Arguments = CcsUiExporterArguments.Render(run.Input, output, settings),
            Timeout = settings.Timeout,
            Runner = settings.Runner,
        };
        try
        {
            await Tool.RunAsync(tool, context, cancellationToken);
        }
        catch (ToolFailedException e)
        {
            return run.Layouts.Select(l => (l, $"the exporter failed: {e.Message}")).ToList();
        }
        catch (ToolNotFoundException e)
        {
            return run.Layouts.Select(l => (l, e.Message)).ToList();
        }
        var problems = new List<(string, string)>();
        foreach (var layout in run.Layouts)
        {
            var csb = Path.Combine(staging, LayoutFiles.BinaryName(layout));
            if (!File.Exists(csb))
                problems.Add((layout, $"the exporter exited with 0 but wrote no '{LayoutFiles.BinaryName(layout)}'"));
            else if (CsbCheck.Problem(await File.ReadAllBytesAsync(csb, cancellationToken)) is { } problem)
                problems.Add((layout, $"'{LayoutFiles.BinaryName(layout)}' is not a valid layout: {problem}"));
        }
        return problems;
    }
}
