namespace Walle.Pipelines.Client.Packaging;

/// <summary>One client package file of a build: the plain signed APK (no channel) or one channel's.</summary>
/// <param name="File">The file name in the artifacts folder (and in the store's build record).</param>
/// <param name="Channel">The channel written into it; null for the package without a channel.</param>
/// <param name="Sha256">SHA-256 of the file, lowercase hex.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="SigningSchemes">The schemes <c>apksigner verify</c> confirmed, e.g. <c>v1, v2, v3</c>.</param>
public sealed record ClientPackage(string File, string? Channel, string Sha256, long Size, IReadOnlyList<string> SigningSchemes)
{
    /// <summary>The entry of the package at <paramref name="path"/> (its SHA-256 read from the file).</summary>
    public static async Task<ClientPackage> OfFileAsync(string path, string? channel, IReadOnlyList<string> signingSchemes, CancellationToken cancellationToken = default)
    {
        await using var file = System.IO.File.OpenRead(path);
        var sha = Convert.ToHexStringLower(await System.Security.Cryptography.SHA256.HashDataAsync(file, cancellationToken));
        return new ClientPackage(Path.GetFileName(path), channel, sha, file.Length, signingSchemes);
    }
}
