namespace Walle.Pipelines.Client.Packaging;

/// <summary>What <c>ClientUpload</c> records: the packages of <paramref name="Manifest"/>, found in <paramref name="ArtifactsDirectory"/>.</summary>
/// <param name="ArtifactsDirectory">The platform's artifacts folder (<c>artifacts/client/&lt;platform&gt;</c>).</param>
/// <param name="Manifest">The build's client manifest.</param>
public sealed record ClientUploadSettings(string ArtifactsDirectory, ClientManifest Manifest)
{
    /// <summary>Parallel uploads.</summary>
    public int Parallelism { get; init; } = 4;
}
