using System.IO.Hashing;
using Walle.Pipelines.Assets.Ui.Csb;
using Walle.Pipelines.Caching;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Assets.Ui.Native;

/// <summary>
/// Layouts in the build cache the sprite sheets use (<see cref="BuildCache"/>: one zip per key, local then remote).
/// Two entries per layout: under its source key, what it uses (<c>uses.json</c>), so a checkout that never exported it
/// learns its content key without parsing it; under its content key, the <c>.csb</c> with its XxHash128. A restored
/// binary is used only when its hash matches and it decodes as a layout (<see cref="CsbCheck"/>, the check every
/// exporter's output passes); otherwise the entry is reported damaged and the layout is exported again, which
/// rewrites the local entry.
/// </summary>
internal sealed class UiLayoutCache(BuildCache cache, BuildContext context)
{
    private const string UsesFile = "uses.json";
    private const string BinaryFile = "layout.csb";
    private const string HashFile = "layout.csb.xxh128";

    /// <summary>What the layout uses, from the entry under its source key; null on a miss or a damaged entry.</summary>
    public async Task<LayoutUses?> TryUsesAsync(string layout, string sourceKey, CancellationToken cancellationToken)
    {
        if (await TryReadAsync(sourceKey, cancellationToken) is not { } entry) return null;
        if (entry.Files.GetValueOrDefault(UsesFile) is { } json && LayoutUses.FromJson(json) is { } uses) return uses;
        Damaged(layout, sourceKey, $"no readable {UsesFile}");
        return null;
    }

    /// <summary>The layout's verified binary from the entry under its content key; null on a miss or a damaged entry.</summary>
    public async Task<(byte[] Bytes, CacheSource Source)?> TryBinaryAsync(string layout, string contentKey, CancellationToken cancellationToken)
    {
        if (await TryReadAsync(contentKey, cancellationToken) is not { } entry) return null;
        var bytes = entry.Files.GetValueOrDefault(BinaryFile);
        var hash = entry.Files.GetValueOrDefault(HashFile);
        var problem = bytes is null || hash is null ? $"{BinaryFile} or its hash is missing"
            : System.Text.Encoding.ASCII.GetString(hash) != Hash(bytes) ? "the .csb does not match its hash"
            : CsbCheck.Problem(bytes);
        if (problem is null) return (bytes!, entry.Source);
        Damaged(layout, contentKey, problem);
        return null;
    }

    /// <summary>Stores what the layout uses and its binary. A cache that cannot be written is a warning, never a failed export.</summary>
    public async Task StoreAsync(string layout, string sourceKey, LayoutUses uses, string contentKey, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            await cache.StoreAsync(sourceKey, new Dictionary<string, byte[]> { [UsesFile] = uses.ToJson() }, cancellationToken);
            await cache.StoreAsync(contentKey, new Dictionary<string, byte[]>
            {
                [BinaryFile] = bytes,
                [HashFile] = System.Text.Encoding.ASCII.GetBytes(Hash(bytes)),
            }, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Logger.Warning("Layout {Layout}: not stored in the build cache {Cache} ({Message})", layout, cache.LocalDirectory, e.Message);
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    private void Damaged(string layout, string key, string problem) =>
        context.Logger.Warning("Layout {Layout}: build cache entry {Key} in {Cache} is damaged ({Problem}); exporting the layout again",
            layout, key, cache.LocalDirectory, problem);

    private async Task<CacheEntry?> TryReadAsync(string key, CancellationToken cancellationToken)
    {
        try
        {
            return await cache.TryReadAsync(key, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Logger.Warning("Build cache entry {Key} in {Cache} could not be read ({Message}); exporting instead", key, cache.LocalDirectory, e.Message);
            return null;
        }
    }
}
