namespace Walle.Pipelines.Assets.Sheets;

/// <summary>A sheet cannot be built from its input: the message names the sheet, the file and how to fix it.</summary>
public sealed class SheetException(string message) : Exception(message);
