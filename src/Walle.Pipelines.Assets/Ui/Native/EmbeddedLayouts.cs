namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>Layouts embedding layouts (ProjectNode): a cycle would make the runtime load layouts forever.</summary>
internal static class EmbeddedLayouts
{
    /// <exception cref="UiExportException">A layout embeds itself, directly or through others; the message gives the cycle.</exception>
    public static void ThrowIfCyclic(IReadOnlyDictionary<string, IReadOnlyList<string>> embeds)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var layout in embeds.Keys.Order(StringComparer.Ordinal)) Visit(layout);

        void Visit(string layout)
        {
            var at = path.IndexOf(layout);
            if (at >= 0)
                throw new UiExportException($"Layouts embed each other in a cycle: {string.Join(" → ", path.Skip(at).Append(layout))}. " +
                                            "The runtime would load them forever; remove one of the ProjectNodes.");
            if (!done.Add(layout)) return;
            path.Add(layout);
            foreach (var embedded in embeds.GetValueOrDefault(layout) ?? []) Visit(embedded);
            path.RemoveAt(path.Count - 1);
        }
    }
}
