namespace Walle.Pipelines.Client.Ios;

/// <summary>An <c>xcodebuild -exportArchive</c> run: the archive into an <c>.ipa</c>.</summary>
/// <param name="ArchivePath">The <c>.xcarchive</c>.</param>
/// <param name="ExportPath">The folder the <c>.ipa</c> is written to.</param>
/// <param name="Options">The export options (written as <c>ExportOptions.plist</c> in the export folder).</param>
public sealed record XcodeExportSettings(string ArchivePath, string ExportPath, ExportOptions Options);
