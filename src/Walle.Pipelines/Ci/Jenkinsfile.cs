using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Ci;

/// <summary>Jenkinsfile generation from a <see cref="BuildPlan"/>: the text, writing it, and checking a committed one.</summary>
public static class Jenkinsfile
{
    /// <summary>
    /// The declarative pipeline for <paramref name="plan"/>: its stages (chains of targets sharing a <c>RunsOn</c> label),
    /// independent ones in <c>parallel</c>, locks, credentials, stashes and the settings' customisations.
    /// </summary>
    /// <param name="plan">The plan of the pipeline's entry targets.</param>
    /// <param name="settings">The customisations.</param>
    /// <param name="context">Where warnings go (a target that runs after another stage's files without consuming them).</param>
    /// <param name="rootDirectory">The repository root, to make absolute <c>Produces</c> globs workspace-relative; null when all are relative.</param>
    /// <exception cref="JenkinsfileException">The plan cannot be staged, a secret has no credentials id, or two stages share a name.</exception>
    public static string Generate(BuildPlan plan, JenkinsfileSettings settings, BuildContext context, string? rootDirectory = null)
    {
        var stages = JenkinsStages.Plan(plan, rootDirectory, settings.HiddenParameters);
        var stageOf = stages.SelectMany(s => s.Targets.Select(t => (Target: t, Stage: s))).ToDictionary(p => p.Target, p => p.Stage);
        foreach (var target in plan.Targets)
        foreach (var before in target.Relations.Select(r => r.Target).Distinct())
        {
            var earlier = plan.Targets.First(t => t.Name == before);
            if (target.HasActions && earlier.Produces.Count > 0 && stageOf[before] != stageOf[target.Name] && !target.Consumes.Contains(before))
                context.Logger.Warning("'{Target}' runs after '{Before}' in another stage (another agent) without Consumes: the files '{Before}' produces ({Globs}) are not unstashed for it",
                    target.Name, before, before, string.Join(", ", earlier.Produces));
        }

        var missing = stages.SelectMany(s => s.Secrets.Where(p => !settings.Credentials.ContainsKey(p)).Select(p => (Parameter: p, Stage: s.Name)))
            .GroupBy(m => m.Parameter)
            .Select(g => $"'{g.Key}' (read in stage {string.Join(", ", g.Select(m => $"'{m.Stage}'").Distinct())})")
            .ToList();
        if (missing.Count > 0)
            throw new JenkinsfileException(
                $"Secret parameter(s) without a Jenkins credentials id: {string.Join(", ", missing)}. A secret reaches a stage only through withCredentials: " +
                "map each to the id of a 'Secret text' credential in the settings' Credentials (parameter name -> credentials id).");
        var names = settings.StagesBefore.Concat(settings.StagesAfter).Select(s => s.Name).Concat(stages.Select(s => s.Name)).ToList();
        if (names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            throw new JenkinsfileException($"Two stages are named '{twice.Key}'; Jenkins needs unique stage names. Rename your own stage in StagesBefore/StagesAfter.");
        return JenkinsfileWriter.Render(plan, stages, settings);
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/> through a temporary file, so a reader never sees half a file.</summary>
    public static async Task WriteAsync(string path, string text, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temporary = full + $".{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllTextAsync(temporary, text, new UTF8Encoding(false), cancellationToken);
            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Null when the file at <paramref name="path"/> holds exactly <paramref name="expected"/>; otherwise a unified-style
    /// diff from the committed file to the generated text (a missing file is all additions).
    /// </summary>
    public static string? Compare(string path, string expected)
    {
        var committed = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n") : "";
        return committed == expected ? null : Diff(committed, expected, Path.GetFileName(path));
    }

    /// <summary>Changed lines with two lines of context, <c>-</c> for the committed file and <c>+</c> for the generated one.</summary>
    internal static string Diff(string committed, string generated, string name)
    {
        var lines = InlineDiffBuilder.Diff(committed, generated, ignoreWhiteSpace: false).Lines;
        var text = new StringBuilder($"--- {name} (committed)\n+++ {name} (generated)\n");
        const int context = 2;
        var shown = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Type != ChangeType.Unchanged)
                for (var j = Math.Max(0, i - context); j <= Math.Min(lines.Count - 1, i + context); j++) shown[j] = true;
        for (var i = 0; i < lines.Count; i++)
        {
            if (!shown[i]) continue;
            if (i > 0 && !shown[i - 1]) text.Append("@@ line ").Append(lines[i].Position ?? i + 1).Append(" @@\n");
            text.Append(lines[i].Type switch { ChangeType.Inserted => '+', ChangeType.Deleted => '-', _ => ' ' }).Append(lines[i].Text).Append('\n');
        }

        return text.ToString();
    }
}
