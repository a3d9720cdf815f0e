namespace Walle.Pipelines.Server;

/// <summary>An image built on the engine.</summary>
/// <param name="Service">The service.</param>
/// <param name="Repository">Its repository, <c>registry/project/service</c>.</param>
/// <param name="Tags">Its tags in push order (the version first).</param>
/// <param name="ImageId">The engine's image id (<c>sha256:…</c>).</param>
public sealed record BuiltImage(string Service, string Repository, IReadOnlyList<string> Tags, string ImageId);

/// <summary>An image pushed to the registry: what deploy steps read from <c>artifacts/images.json</c>.</summary>
/// <param name="Service">The service.</param>
/// <param name="Repository">Its repository, <c>registry/project/service</c>.</param>
/// <param name="Tags">The tags pushed, in order.</param>
/// <param name="Digest">The manifest digest the registry stores (<c>sha256:…</c>); pull with <c>repository@digest</c>.</param>
/// <param name="Version">The version tag.</param>
/// <param name="Revision">The git commit.</param>
public sealed record PushedImage(string Service, string Repository, IReadOnlyList<string> Tags, string Digest, string Version, string Revision)
{
    /// <summary>The reference that pins exactly this image: <c>repository@digest</c>.</summary>
    public string PinnedReference => $"{Repository}@{Digest}";
}
