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
internal sealed class UiLayoutCache(BuildCache cache, string scratchDirectory, BuildContext context)
{
    private const string UsesFile = "uses.json";
    private const string BinaryFile = "layout.csb";
    private const string HashFile = "layout.csb.xxh128";

    /// <summary>What the layout uses, from the entry under its source key; null on a miss or a damaged entry.</summary>
    public async Task<LayoutUses?> TryUsesAsync(string layout, string sourceKey, CancellationToken cancellationToken)
    {
        var restored = await TryRestoreAsync(sourceKey, cancellationToken);
        if (restored is null) return null;
        using (restored)
        {
            if (restored.Read(UsesFile) is { } json && LayoutUses.FromJson(json) is { } uses) return uses;
            Damaged(layout, sourceKey, $"no readable {UsesFile}");
            return null;
        }
    }

    /// <summary>The layout's verified binary from the entry under its content key; null on a miss or a damaged entry.</summary>
    public async Task<(byte[] Bytes, CacheSource Source)?> TryBinaryAsync(string layout, string contentKey, CancellationToken cancellationToken)
    {
        var restored = await TryRestoreAsync(contentKey, cancellationToken);
        if (restored is null) return null;
        using (restored)
        {
            var bytes = restored.Read(BinaryFile);
            var hash = restored.Read(HashFile);
            var problem = bytes is null || hash is null ? $"{BinaryFile} or its hash is missing"
                : System.Text.Encoding.ASCII.GetString(hash) != Hash(bytes) ? "the .csb does not match its hash"
                : CsbCheck.Problem(bytes);
            if (problem is null) return (bytes!, restored.Source);
            Damaged(layout, contentKey, problem);
            return null;
        }
    }

    /// <summary>Stores what the layout uses and its binary. A cache that cannot be written is a warning, never a failed export.</summary>
    public async Task StoreAsync(string layout, string sourceKey, LayoutUses uses, string contentKey, byte[] bytes, CancellationToken cancellationToken)
    {
        var folder = Scratch();
        try
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, UsesFile), uses.ToJson(), cancellationToken);
            await File.WriteAllBytesAsync(Path.Combine(folder, BinaryFile), bytes, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, HashFile), Hash(bytes), cancellationToken);
            await cache.StoreAsync(sourceKey, folder, [UsesFile], cancellationToken);
            await cache.StoreAsync(contentKey, folder, [BinaryFile, HashFile], cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Logger.Warning("Layout {Layout}: not stored in the build cache {Cache} ({Message})", layout, cache.LocalDirectory, e.Message);
        }
        finally
        {
            DeleteQuietly(folder);
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(XxHash128.Hash(bytes));

    private void Damaged(string layout, string key, string problem) =>
        context.Logger.Warning("Layout {Layout}: build cache entry {Key} in {Cache} is damaged ({Problem}); exporting the layout again",
            layout, key, cache.LocalDirectory, problem);

    private string Scratch() => Path.Combine(scratchDirectory, Guid.NewGuid().ToString("N"));

    private async Task<Restored?> TryRestoreAsync(string key, CancellationToken cancellationToken)
    {
        var folder = Scratch();
        try
        {
            Directory.CreateDirectory(folder);
            if (await cache.TryRestoreAsync(key, folder, cancellationToken) is { } hit) return new Restored(folder, hit.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Logger.Warning("Build cache entry {Key} in {Cache} could not be read ({Message}); exporting instead", key, cache.LocalDirectory, e.Message);
        }
        DeleteQuietly(folder);
        return null;
    }

    private static void DeleteQuietly(string folder)
    {
        try
        {
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A scratch folder left behind is harmless: the next export's scratch folders have new names.
        }
    }

    /// <summary>An entry extracted into a scratch folder, removed when disposed.</summary>
    private sealed class Restored(string folder, CacheSource source) : IDisposable
    {
        public CacheSource Source { get; } = source;

        /// <summary>The bytes of a file of the entry; null when the entry has no such regular file.</summary>
        public byte[]? Read(string name)
        {
            var info = new FileInfo(Path.Combine(folder, name));
            return info.Exists && info.LinkTarget is null ? File.ReadAllBytes(info.FullName) : null;
        }

        public void Dispose() => DeleteQuietly(folder);
    }
}
