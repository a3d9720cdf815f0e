using System.Runtime.CompilerServices;
using System.Text;
using Walle.Pipelines.Storage;
using Walle.Release.Routing;

namespace Walle.Pipelines.Release;

/// <summary>
/// Reads and publishes routing revisions in an object store. Publishing writes the new revision once
/// (<c>If-None-Match: *</c>, which also claims its number) and then replaces the live document only if it is
/// still the one the change was based on (<c>If-Match</c> its ETag): two engineers never overwrite each other.
/// </summary>
public sealed class RoutingStore(IObjectStore store, ReleaseStoreLayout layout)
{
    private const string LiveCacheControl = "no-cache";
    private const string RevisionCacheControl = "public, max-age=31536000, immutable";

    /// <summary>The store.</summary>
    public IObjectStore Store => store;

    /// <summary>The key layout.</summary>
    public ReleaseStoreLayout Layout => layout;

    /// <summary>
    /// The live document; null when none was ever published (no revisions either). A live document that does not
    /// parse or validate, or is missing while revisions exist, is refused with how to repair it
    /// (<see cref="LiveDocumentCorruptException"/>).
    /// </summary>
    public async Task<RoutingSnapshot?> LoadLiveAsync(CancellationToken cancellationToken = default)
    {
        var (text, etag) = await ReadAsync(layout.LiveKey, cancellationToken);
        var source = $"{store.Of(layout.LiveKey)}";
        if (text == null)
        {
            // Revisions are written before the live document, so a missing one with revisions kept was deleted.
            var latest = await LatestRevisionAsync(cancellationToken);
            if (latest == null) return null;
            throw new LiveDocumentCorruptException(
                $"The live routing document {source} is missing, but revisions up to {latest} exist in {store.Of(layout.RevisionsPrefix)}: " +
                $"game servers were last given revision {latest} or earlier, so Walle will not start again from the seed.", latest);
        }
        try
        {
            return new RoutingSnapshot(RoutingJson.Parse(text, source), etag, source);
        }
        catch (RoutingDocumentException e)
        {
            throw new LiveDocumentCorruptException(
                $"The live routing document is corrupt, so Walle will not change it blindly. {e.Message}",
                await LatestRevisionAsync(cancellationToken), e);
        }
    }

    /// <summary>The live object's ETag even when its content is corrupt (for an explicit repair); null when absent.</summary>
    public async Task<string?> LiveETagAsync(CancellationToken cancellationToken = default) =>
        (await store.HeadAsync(layout.LiveKey, cancellationToken))?.ETag;

    /// <summary>A stored revision; null when it does not exist.</summary>
    public async Task<RoutingDocument?> LoadRevisionAsync(int revision, CancellationToken cancellationToken = default)
    {
        var key = layout.RevisionKey(revision);
        var (text, _) = await ReadAsync(key, cancellationToken);
        return text == null ? null : RoutingJson.Parse(text, $"{store.Of(key)}");
    }

    /// <summary>The numbers of all stored revisions, ascending.</summary>
    public async IAsyncEnumerable<int> ListRevisionsAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var numbers = new List<int>();
        await foreach (var info in store.ListAsync(layout.RevisionsPrefix, cancellationToken))
            if (layout.RevisionOf(info.Key) is int n) numbers.Add(n);
        numbers.Sort();
        foreach (var n in numbers) yield return n;
    }

    /// <summary>The newest stored revision number; null when there is none.</summary>
    public async Task<int?> LatestRevisionAsync(CancellationToken cancellationToken = default)
    {
        int? latest = null;
        await foreach (var n in ListRevisionsAsync(cancellationToken)) latest = n;
        return latest;
    }

    /// <summary>
    /// Publishes <paramref name="next"/> (whose <see cref="RoutingDocument.Revision"/> must be the base's plus one)
    /// over the live document whose ETag is <paramref name="baseETag"/> (null: there must be no live document).
    /// Throws <see cref="ReleaseConflictException"/> when someone else published first; then nothing was written.
    /// </summary>
    public async Task PublishAsync(RoutingDocument next, string? baseETag, CancellationToken cancellationToken = default)
    {
        RoutingValidator.ThrowIfInvalid(next, $"revision {next.Revision}");
        var bytes = Encoding.UTF8.GetBytes(RoutingJson.Serialize(next));
        var revisionKey = layout.RevisionKey(next.Revision);
        try
        {
            await store.PutAsync(revisionKey, new MemoryStream(bytes), new PutOptions
            {
                IfNoneMatch = "*",
                CacheControl = RevisionCacheControl,
                ContentType = "application/json",
            }, cancellationToken);
        }
        catch (ObjectConflictException e)
        {
            throw new ReleaseConflictException(
                $"Revision {next.Revision} already exists ({store.Of(revisionKey)}): someone published since this change read revision {next.Revision - 1}. " +
                "Nothing was written. Check ReleaseStatus and run the command again to apply it on top of the new revision. " +
                $"(If ReleaseStatus still shows revision {next.Revision - 1} after a minute, a publish was interrupted: delete {revisionKey}, which never went live.)", e);
        }
        try
        {
            await store.PutAsync(layout.LiveKey, new MemoryStream(bytes), new PutOptions
            {
                IfMatch = baseETag,
                IfNoneMatch = baseETag == null ? "*" : null,
                CacheControl = LiveCacheControl,
                ContentType = "application/json",
            }, cancellationToken);
        }
        catch (ObjectConflictException e)
        {
            await store.DeleteAsync(revisionKey, CancellationToken.None); // never went live: take the number back
            throw new ReleaseConflictException(
                $"The live routing document {store.Of(layout.LiveKey)} changed since this change read it (revision {next.Revision - 1}). " +
                "Nothing was published. Check ReleaseStatus and run the command again.", e);
        }
    }

    private async Task<(string? Text, string? ETag)> ReadAsync(string key, CancellationToken cancellationToken)
    {
        var stored = await store.GetAsync(key, cancellationToken);
        if (stored == null) return (null, null);
        await using (stored)
        {
            using var reader = new StreamReader(stored.Content, Encoding.UTF8);
            return (await reader.ReadToEndAsync(cancellationToken), stored.Info.ETag);
        }
    }
}
