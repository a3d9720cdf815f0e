using Walle.Pipelines.Engine;
// Runs Walle's patch tasks for benchmarks/patch/run.sh.
//   manifest <content> <out dir> <version> [fingerprint cache file]   manifest generation (without a cache: hashes everything)
//   bucket <s3://bucket/>                              creates the bucket (not measured, like rclone mkdir / aws mb)
//   publish <content> <s3://bucket/prefix> <version> [fingerprint cache file]
//   copy <s3://bucket/prefix> <count>                 server-side copy throughput probe
// publish prints the requests it made by kind (HEAD, GET, PUT, COPY, LIST pages are counted as LIST calls, DELETE).
// S3 endpoint and credentials: S3_ENDPOINT, S3_ACCESS_KEY, S3_SECRET_KEY. PATCH_TRACE=1 prints Walle's log lines with times.
using System.Diagnostics;
using Serilog.Core;
using Serilog.Events;
using Walle.Pipelines.Patch;
using Walle.Pipelines.Storage;

var clock = Stopwatch.StartNew();
if (Environment.GetEnvironmentVariable("PATCH_TRACE") == "1")
    Serilog.Log.Logger = new Serilog.LoggerConfiguration().WriteTo.Sink(new TraceSink(clock)).CreateLogger();
switch (args[0])
{
    case "manifest":
    {
        var manifest = await PatchManifests.GenerateAsync(new PatchManifestSettings(args[1], args[3])
        {
            PackageUrl = "https://cdn.example.com/",
            FingerprintCache = args.Length > 4 ? args[4] : null,
        }, new BuildContext());
        await PatchManifests.WriteAsync(manifest, args[2]);
        Console.WriteLine($"manifest: {manifest.Assets.Count} files in {clock.Elapsed.TotalSeconds:0.00} s");
        break;
    }
    case "bucket":
        await ((S3ObjectStore)Open(args[1])).EnsureBucketAsync();
        break;
    case "publish":
    {
        var store = new CountingStore(Open(args[2]));
        var settings = new PatchPublishSettings(args[1], args[3], "https://cdn.example.com/vega/")
        {
            FingerprintCache = args.Length > 4 ? args[4] : null,
            Keep = 0,
        };
        if (Environment.GetEnvironmentVariable("PATCH_COPY_MINIMUM") is { Length: > 0 } copyMinimum)
            settings = settings with { CopyMinimumBytes = long.Parse(copyMinimum) };
        if (Environment.GetEnvironmentVariable("PATCH_PARALLELISM") is { Length: > 0 } parallelism)
            settings = settings with { Parallelism = int.Parse(parallelism) }; // default: the library's
        var result = await GameStatic.PublishAsync(store, settings, new BuildContext());
        Console.WriteLine($"publish {args[3]}: held {result.Held} of {result.Manifest.Assets.Count} in folder {result.Folder}, uploaded {result.Uploaded} ({result.UploadedBytes / 1048576.0:0} MB), copied {result.Copied}, in {clock.Elapsed.TotalSeconds:0.00} s; requests {store.Summary()}");
        if (result.RebaseHint is { } hint) Console.WriteLine($"rebase hint: {hint}");
        break;
    }
    case "copy":
    {
        var store = Open(args[1]);
        await ((S3ObjectStore)store).EnsureBucketAsync();
        var count = int.Parse(args[2]);
        await store.PutAsync("probe/source.bin", new MemoryStream(new byte[20_000]));
        clock.Restart();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) => await store.CopyAsync("probe/source.bin", $"probe/copy{i}.bin", null, ct));
        Console.WriteLine($"copy: {count} copies in {clock.Elapsed.TotalSeconds:0.00} s ({count / clock.Elapsed.TotalSeconds:0}/s)");
        clock.Restart();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) => await store.PutAsync($"probe/put{i}.bin", new MemoryStream(new byte[20_000]), null, ct));
        Console.WriteLine($"put: {count} puts in {clock.Elapsed.TotalSeconds:0.00} s ({count / clock.Elapsed.TotalSeconds:0}/s)");
        clock.Restart();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (i, ct) => await store.HeadAsync($"probe/put{i}.bin", ct));
        Console.WriteLine($"head: {count} heads in {clock.Elapsed.TotalSeconds:0.00} s ({count / clock.Elapsed.TotalSeconds:0}/s)");
        break;
    }
}

static IObjectStore Open(string url)
{
    return ObjectStores.Open(url, new S3StoreSettings("")
    {
        Endpoint = Environment.GetEnvironmentVariable("S3_ENDPOINT"),
        AccessKey = Environment.GetEnvironmentVariable("S3_ACCESS_KEY"),
        SecretKey = Environment.GetEnvironmentVariable("S3_SECRET_KEY"),
        MaxConnections = 32,
    });
}

/// <summary>Counts the requests a publish makes, by kind.</summary>
internal sealed class CountingStore(IObjectStore inner) : IObjectStore
{
    private int _get, _head, _put, _copy, _list, _delete;
    public string Location => inner.Location;
    public Task<StoredObject?> GetAsync(string key, CancellationToken ct = default) { Interlocked.Increment(ref _get); return inner.GetAsync(key, ct); }
    public Task<ObjectInfo?> HeadAsync(string key, CancellationToken ct = default) { Interlocked.Increment(ref _head); return inner.HeadAsync(key, ct); }
    public Task<string> PutAsync(string key, Stream content, PutOptions? options = null, CancellationToken ct = default) { Interlocked.Increment(ref _put); return inner.PutAsync(key, content, options, ct); }
    public Task CopyAsync(string sourceKey, string destinationKey, PutOptions? options = null, CancellationToken ct = default) { Interlocked.Increment(ref _copy); return inner.CopyAsync(sourceKey, destinationKey, options, ct); }
    public IAsyncEnumerable<ObjectInfo> ListAsync(string prefix, CancellationToken ct = default) { Interlocked.Increment(ref _list); return inner.ListAsync(prefix, ct); }
    public Task DeleteAsync(string key, CancellationToken ct = default) { Interlocked.Increment(ref _delete); return inner.DeleteAsync(key, ct); }
    public string Summary() => $"HEAD {_head} GET {_get} PUT {_put} COPY {_copy} LIST {_list} DELETE {_delete}";
}

/// <summary>Prints each log line with the milliseconds since start (PATCH_TRACE=1).</summary>
internal sealed class TraceSink(Stopwatch clock) : ILogEventSink
{
    public void Emit(LogEvent logEvent) => Console.Error.WriteLine($"{clock.ElapsedMilliseconds,7} ms  {logEvent.RenderMessage()}");
}
