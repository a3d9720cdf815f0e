namespace Walle.Pipelines.Patch;

/// <summary>One file a hot update can deliver: the MD5 of its raw bytes and its size.</summary>
/// <param name="Md5">Lowercase hex MD5 of the raw bytes.</param>
/// <param name="Size">Size in bytes.</param>
/// <param name="Compressed">True for a zip the client extracts after download.</param>
public sealed record PatchAsset(string Md5, long Size, bool Compressed = false);
