namespace Walle.Pipelines.Assets.Ui.Csb;

/// <summary>
/// ProjectNodeOptions: a layout embedded in another. The binary names the embedded layout's <c>.csb</c> (the runtime
/// loads it with CSLoader); the embedded <c>.csd</c> must be a layout of the same UI folder.
/// </summary>
internal static class ProjectNodeWriter
{
    public static int Write(NodeContext n, int widget, Func<string, bool> layoutExists)
    {
        var file = n.E.Child("FileData");
        var path = file?.Text("Path", "") ?? "";
        if (path.Length == 0)
            throw n.E.Error($"node '{n.Name}' embeds no layout (ProjectNode without FileData Path)");
        if (!path.EndsWith(LayoutFiles.Extension, StringComparison.OrdinalIgnoreCase) || !layoutExists(path))
            throw new UiExportException($"Layout '{n.E.Layout}', node '{n.Name}' (line {file!.Value.Line}): embedded layout '{path}' " +
                                        "is not a layout of the UI folder. Add it, or fix the path in Cocos Studio.");
        n.Resources.EmbeddedLayouts.Add(path);
        var fileName = n.B.String(LayoutFiles.BinaryName(path));
        n.B.Start(3);
        n.B.Offset(0, widget);
        n.B.Offset(1, fileName);
        n.B.Float(2, n.E.Float("InnerActionSpeed", 1));
        return n.B.End();
    }
}
