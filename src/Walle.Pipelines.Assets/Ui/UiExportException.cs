namespace Walle.Pipelines.Assets.Ui;

/// <summary>A UI layout cannot be exported: the message names the layout (file and line where known), the node and the fix.</summary>
public sealed class UiExportException(string message) : Exception(message);
