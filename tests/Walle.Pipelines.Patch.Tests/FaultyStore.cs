using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>
/// A fault injector around a real store: counts transfers, and after <see cref="FailAfterPuts"/> uploads every
/// further write fails like a server that died mid-upload. Everything else goes to the real store.
/// </summary>
internal sealed class FaultyStore(IObjectStore inner) : IObjectStore
{
    private int _puts;
    private int _copies;
    public int? FailAfterPuts { get; set; }

    /// <summary>Holds the first write of the live version.manifest until every party got there (a forced race).</summary>
    public Rendezvous? BeforeLiveSwitch { get; set; }
    public int Puts => _puts;
    public int Copies => _copies;

    public string Location => inner.Location;
    public Task<StoredObject?> GetAsync(string key, CancellationToken cancellationToken = default) => inner.GetAsync(key, cancellationToken);
    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken cancellationToken = default) => inner.HeadAsync(key, cancellationToken);
    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken cancellationToken = default) => inner.ListAsync(prefix, cancellationToken);
    public Task DeleteAsync(string key, CancellationToken cancellationToken = default) => inner.DeleteAsync(key, cancellationToken);

    public async Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Increment(ref _puts) > FailAfterPuts)
        {
            await Task.Delay(300, CancellationToken.None);   // the reset arrives a moment later: writes already under way complete
            Fail(_puts);
        }
        if (key == "version.manifest" && BeforeLiveSwitch is { } rendezvous)
        {
            BeforeLiveSwitch = null;
            await rendezvous.ArriveAsync();
        }
        return await inner.PutAsync(key, content, options, cancellationToken);
    }

    public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken cancellationToken = default)
    {
        Fail(_puts + Interlocked.Increment(ref _copies));
        return inner.CopyAsync(sourceKey, destinationKey, options, cancellationToken);
    }

    private void Fail(int writes)
    {
        if (writes > FailAfterPuts) throw new IOException("Connection reset by peer (injected: the server died mid-upload)");
    }
}

/// <summary>Lets <paramref name="parties"/> tasks continue only once all of them arrived.</summary>
internal sealed class Rendezvous(int parties)
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _arrived;

    public Task ArriveAsync()
    {
        if (Interlocked.Increment(ref _arrived) == parties) _all.SetResult();
        return _all.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>A party that failed before arriving: the others need not wait for it.</summary>
    public void Leave()
    {
        if (Interlocked.Increment(ref _arrived) == parties) _all.SetResult();
    }
}
