namespace Walle.Pipelines.Assets.Sheets;

/// <summary>A sprite image of a sheet.</summary>
/// <param name="Name">The frame name written to the data file (path relative to its source folder, '/' separated).</param>
/// <param name="Path">Full path of the image file.</param>
/// <param name="RelativePath">Path relative to its source folder ('/' separated), used in cache keys.</param>
public sealed record SpriteFile(string Name, string Path, string RelativePath);
