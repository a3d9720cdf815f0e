using System.Text;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

/// <summary>The behaviour every <see cref="IObjectStore"/> must have; run against the folder store and real S3.</summary>
public abstract class ObjectStoreContract
{
    protected abstract Task<IObjectStore> NewStoreAsync();

    private static MemoryStream Text(string s) => new(Encoding.UTF8.GetBytes(s));

    private static async Task<string> ReadAsync(IObjectStore store, string key)
    {
        await using var stored = await store.GetAsync(key) ?? throw new Xunit.Sdk.XunitException($"{key} missing");
        using var reader = new StreamReader(stored.Content);
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task Put_then_get_returns_the_bytes_and_an_md5_etag()
    {
        var store = await NewStoreAsync();
        var etag = await store.PutAsync("res/ui/hello.txt", Text("hello"));
        Assert.Equal(Md5.OfBytes("hello"u8), etag);
        Assert.Equal("hello", await ReadAsync(store, "res/ui/hello.txt"));
        var head = await store.HeadAsync("res/ui/hello.txt");
        Assert.Equal(5, head!.Size);
        Assert.Equal(etag, head.ETag);
    }

    [Fact]
    public async Task Missing_objects_are_null_and_deleting_them_is_no_error()
    {
        var store = await NewStoreAsync();
        Assert.Null(await store.GetAsync("nothing/here.txt"));
        Assert.Null(await store.HeadAsync("nothing/here.txt"));
        await store.DeleteAsync("nothing/here.txt");
    }

    [Fact]
    public async Task If_none_match_refuses_to_overwrite_an_existing_object()
    {
        var store = await NewStoreAsync();
        await store.PutAsync("project.manifest", Text("first"), new PutOptions { IfNoneMatch = "*" });
        var conflict = await Assert.ThrowsAsync<ObjectConflictException>(() => store.PutAsync("project.manifest", Text("second"), new PutOptions { IfNoneMatch = "*" }));
        Assert.Equal("project.manifest", conflict.Key);
        Assert.Equal("first", await ReadAsync(store, "project.manifest"));
    }

    [Fact]
    public async Task If_match_writes_only_over_the_version_that_was_read()
    {
        var store = await NewStoreAsync();
        var first = await store.PutAsync("version.manifest", Text("v1"));
        var second = await store.PutAsync("version.manifest", Text("v2"), new PutOptions { IfMatch = first });
        await Assert.ThrowsAsync<ObjectConflictException>(() => store.PutAsync("version.manifest", Text("v3"), new PutOptions { IfMatch = first }));
        Assert.Equal("v2", await ReadAsync(store, "version.manifest"));
        await store.PutAsync("version.manifest", Text("v3"), new PutOptions { IfMatch = $"\"{second}\"" });
        Assert.Equal("v3", await ReadAsync(store, "version.manifest"));
    }

    [Fact]
    public async Task Wrong_content_md5_is_rejected_and_nothing_is_stored()
    {
        var store = await NewStoreAsync();
        await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.bin", Text("real bytes"), new PutOptions { ContentMd5 = Md5.OfBytes("other"u8) }));
        Assert.Null(await store.HeadAsync("a.bin"));
    }

    [Fact]
    public async Task A_copy_conditional_on_the_source_bytes_copies_nothing_when_they_changed()
    {
        var store = await NewStoreAsync();
        await store.PutAsync("versions/1.0.0/a.lua", new MemoryStream("print(1)"u8.ToArray()));

        await store.CopyAsync("versions/1.0.0/a.lua", "versions/1.1.0/a.lua", new PutOptions { ContentMd5 = Md5.OfBytes("print(1)"u8) });
        var changed = await Assert.ThrowsAsync<FileNotFoundException>(() =>
            store.CopyAsync("versions/1.0.0/a.lua", "versions/1.2.0/a.lua", new PutOptions { ContentMd5 = Md5.OfBytes("print(2)"u8) }));

        Assert.Contains("no longer holds the bytes", changed.Message);
        Assert.Equal(8, (await store.HeadAsync("versions/1.1.0/a.lua"))!.Size);
        Assert.Null(await store.HeadAsync("versions/1.2.0/a.lua"));
    }

    [Fact]
    public async Task Copy_duplicates_an_object_and_missing_sources_are_reported()
    {
        var store = await NewStoreAsync();
        await store.PutAsync("versions/1.0.0/a.lua", Text("print(1)"));
        await store.CopyAsync("versions/1.0.0/a.lua", "versions/1.1.0/a.lua", new PutOptions { CacheControl = "public, max-age=60" });
        Assert.Equal("print(1)", await ReadAsync(store, "versions/1.1.0/a.lua"));
        var missing = await Assert.ThrowsAsync<FileNotFoundException>(() => store.CopyAsync("versions/1.0.0/none.lua", "x.lua"));
        Assert.Contains("versions/1.0.0/none.lua", missing.Message);
    }

    [Fact]
    public async Task List_returns_keys_under_a_prefix_in_order()
    {
        var store = await NewStoreAsync();
        foreach (var key in new[] { "versions/2/b.txt", "versions/1/z/a.txt", "versions/1/a.txt", "versions/10/c.txt", "other.txt" })
            await store.PutAsync(key, Text(key));
        var keys = new List<string>();
        await foreach (var info in store.ListAsync("versions/1/")) keys.Add(info.Key);
        Assert.Equal(["versions/1/a.txt", "versions/1/z/a.txt"], keys);
        var all = new List<string>();
        await foreach (var info in store.ListAsync("")) all.Add(info.Key);
        Assert.Equal(["other.txt", "versions/1/a.txt", "versions/1/z/a.txt", "versions/10/c.txt", "versions/2/b.txt"], all);
    }

    [Fact]
    public async Task Delete_removes_the_object()
    {
        var store = await NewStoreAsync();
        await store.PutAsync("a/b/c.txt", Text("x"));
        await store.DeleteAsync("a/b/c.txt");
        Assert.Null(await store.HeadAsync("a/b/c.txt"));
        var keys = new List<string>();
        await foreach (var info in store.ListAsync("")) keys.Add(info.Key);
        Assert.Empty(keys);
    }

    [Fact]
    public async Task Deleting_every_key_of_a_folder_at_once_never_fails()
    {
        var store = await NewStoreAsync();
        var keys = Enumerable.Range(0, 48).Select(i => $"versions/1.0.0/res/{i % 12}/f{i}.png").ToArray();
        for (var round = 0; round < 10; round++)
        {
            await Parallel.ForEachAsync(keys, async (key, token) => await store.PutAsync(key, Text(key), cancellationToken: token));
            // Retention deletes a folder 16 keys at a time: the last deletes of a folder race to remove it.
            await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (key, token) => await store.DeleteAsync(key, token));
        }

        var left = new List<string>();
        await foreach (var info in store.ListAsync("")) left.Add(info.Key);
        Assert.Empty(left);
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("res/../../escape.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("res\\ui\\a.png")]
    [InlineData("res//a.png")]
    [InlineData("bad\uFFFDname.png")]
    public async Task Keys_that_escape_the_root_or_are_malformed_are_refused(string key)
    {
        var store = await NewStoreAsync();
        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.PutAsync(key, Text("x")));
        Assert.Contains("Invalid object key", error.Message);
        await Assert.ThrowsAsync<ArgumentException>(() => store.GetAsync(key));
    }

    [Fact]
    public async Task Large_objects_round_trip_intact()
    {
        var store = await NewStoreAsync();
        var bytes = new byte[13 * 1024 * 1024 + 17];
        new Random(3).NextBytes(bytes);
        await store.PutAsync("big/atlas.bin", new MemoryStream(bytes));
        await using var stored = await store.GetAsync("big/atlas.bin");
        Assert.Equal(bytes.Length, stored!.Info.Size);
        Assert.Equal(Md5.OfBytes(bytes), Md5.OfStream(stored.Content));
    }

    [Fact]
    public async Task Concurrent_conditional_creates_have_exactly_one_winner()
    {
        var store = await NewStoreAsync();
        var attempts = Enumerable.Range(0, 8).Select(async i =>
        {
            try
            {
                await store.PutAsync("lock.json", Text($"writer {i}"), new PutOptions { IfNoneMatch = "*" });
                return true;
            }
            catch (ObjectConflictException)
            {
                return false;
            }
        });
        var results = await Task.WhenAll(attempts);
        Assert.Equal(1, results.Count(r => r));
    }
}

public sealed class LocalObjectStoreTests : ObjectStoreContract, IDisposable
{
    private readonly TempFolder _folder = new();

    protected override Task<IObjectStore> NewStoreAsync() =>
        Task.FromResult<IObjectStore>(new LocalObjectStore(Path.Combine(_folder.Path, Guid.NewGuid().ToString("N"))));

    [Fact]
    public void Opening_by_url_picks_the_folder_store_and_reports_bad_urls()
    {
        Assert.IsType<LocalObjectStore>(ObjectStores.Open("file://" + _folder.Path));
        Assert.IsType<LocalObjectStore>(ObjectStores.Open(_folder.Path));
        Assert.IsType<S3ObjectStore>(ObjectStores.Open("s3://bucket/prefix"));
        Assert.Contains("unknown scheme", Assert.Throws<ArgumentException>(() => ObjectStores.Open("ftp://host/x")).Message);
        Assert.Contains("no bucket", Assert.Throws<ArgumentException>(() => ObjectStores.Open("s3:///x")).Message);
        var leaked = Assert.Throws<ArgumentException>(() => ObjectStores.Open("s3://AKIA:topsecret@bucket/x"));
        Assert.DoesNotContain("topsecret", leaked.Message);
        Assert.Contains("S3StoreSettings.AccessKey / SecretKey", leaked.Message);
    }

    [Fact]
    public async Task Parallel_deletes_in_shared_folders_all_succeed_and_leave_no_empty_folders()
    {
        var root = Path.Combine(_folder.Path, "parallel");
        var store = new LocalObjectStore(root);
        var keys = Enumerable.Range(0, 400).Select(i => $"versions/1.0.{i % 3}/res/d{i % 4}/f{i}.png").ToArray();
        foreach (var key in keys) await store.PutAsync(key, new MemoryStream("x"u8.ToArray()));
        await Parallel.ForEachAsync(keys, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (key, token) => await store.DeleteAsync(key, token));
        Assert.Empty(await store.ListAsync("").ToListAsync());
        Assert.False(Directory.Exists(Path.Combine(root, "versions")), "empty folders are removed");
    }

    public void Dispose() => _folder.Dispose();
}

public sealed class S3ObjectStoreTests : ObjectStoreContract
{
    protected override async Task<IObjectStore> NewStoreAsync() => await S3Server.NewStoreAsync("game/vega/");

    [Fact]
    public async Task Keys_live_under_the_prefix_in_the_bucket()
    {
        var store = (S3ObjectStore)await NewStoreAsync();
        await store.PutAsync("a.txt", new MemoryStream("x"u8.ToArray()));
        var listed = await store.Client.ListObjectsV2Async(new Amazon.S3.Model.ListObjectsV2Request { BucketName = store.Location.Split('/')[2] });
        Assert.Equal("game/vega/a.txt", Assert.Single(listed.S3Objects).Key);
        Assert.StartsWith("s3://walle-", store.Location);
    }

    [Fact]
    public async Task Wrong_credentials_give_a_clear_error_without_the_secret()
    {
        var good = (S3ObjectStore)await NewStoreAsync();
        var bucket = good.Location.Split('/')[2];
        var secret = "wrong-secret-" + Guid.NewGuid().ToString("N");
        var store = new S3ObjectStore(S3Server.Settings(bucket) with { SecretKey = secret, MaxAttempts = 1 });
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.txt", new MemoryStream("x"u8.ToArray())));
        Assert.Contains("refused access", error.Message);
        Assert.Contains("S3StoreSettings.AccessKey / SecretKey", error.Message);
        Assert.Equal(ObjectStoreProblem.AccessDenied, error.Problem);
        Assert.DoesNotContain(secret, error.ToString());
        var unknownKey = new S3ObjectStore(S3Server.Settings(bucket) with { AccessKey = "nobody", MaxAttempts = 1 });
        Assert.Contains("refused access", (await Assert.ThrowsAsync<ObjectStoreException>(() => unknownKey.GetAsync("a.txt"))).Message);
    }

    [Fact]
    public async Task A_missing_bucket_is_named_in_the_error()
    {
        var bucket = S3Server.UniqueBucket();
        var store = new S3ObjectStore(S3Server.Settings(bucket));
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.GetAsync("project.manifest"));
        Assert.Contains($"Bucket '{bucket}' does not exist", error.Message);
        Assert.Equal(ObjectStoreProblem.NoSuchBucket, error.Problem);
        error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.txt", new MemoryStream("x"u8.ToArray())));
        Assert.Contains("does not exist", error.Message);
    }

    [Fact]
    public async Task Objects_carry_the_cache_control_they_were_written_with()
    {
        var store = (S3ObjectStore)await NewStoreAsync();
        var bucket = store.Location.Split('/')[2];
        await store.PutAsync("versions/1/a.png", new MemoryStream("png"u8.ToArray()), new PutOptions { CacheControl = PatchCacheControl.Immutable, ContentType = "image/png" });
        await store.CopyAsync("versions/1/a.png", "project.manifest", new PutOptions { CacheControl = PatchCacheControl.Mutable });
        var immutable = await store.Client.GetObjectMetadataAsync(bucket, "game/vega/versions/1/a.png");
        var mutable = await store.Client.GetObjectMetadataAsync(bucket, "game/vega/project.manifest");
        Assert.Equal(PatchCacheControl.Immutable, immutable.Headers.CacheControl);
        Assert.Equal("image/png", immutable.Headers.ContentType);
        Assert.Equal(Directives(PatchCacheControl.Mutable), Directives(mutable.Headers.CacheControl));
    }

    private static string[] Directives(string header) => header.Split(',', StringSplitOptions.TrimEntries).Order().ToArray();
}

/// <summary>Uploads whose MD5 is known go over the direct signed PUT (<see cref="S3Uploader"/>), not the SDK pipeline.</summary>
public sealed class S3KnownMd5UploadTests
{
    private static MemoryStream Bytes(string text) => new(System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Keys_bytes_and_headers_arrive_as_given()
    {
        var store = await S3Server.NewStoreAsync("game/vega/");
        var bucket = store.Location.Split('/')[2];
        string[] keys = ["res/ui/a b+c=d&e;f~g(h)!$',@.png", "res/中文/按钮 1.png", "src/a%20b/x:y*z.lua"];
        foreach (var key in keys)
        {
            var text = "bytes of " + key;
            var etag = await store.PutAsync(key, Bytes(text), new PutOptions { ContentMd5 = Md5.OfBytes(System.Text.Encoding.UTF8.GetBytes(text)), CacheControl = PatchCacheControl.Immutable, ContentType = "image/png" });
            Assert.Equal(Md5.OfBytes(System.Text.Encoding.UTF8.GetBytes(text)), etag);
            await using var stored = await store.GetAsync(key);
            Assert.NotNull(stored);
            Assert.Equal(text, await new StreamReader(stored.Content).ReadToEndAsync());
            var head = await store.Client.GetObjectMetadataAsync(bucket, "game/vega/" + key);
            Assert.Equal(PatchCacheControl.Immutable, head.Headers.CacheControl);
            Assert.Equal("image/png", head.Headers.ContentType);
        }
        Assert.Equal(keys.Order(StringComparer.Ordinal), (await store.ListAsync("").Select(o => o.Key).ToListAsync()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Only_the_rest_of_the_stream_is_uploaded()
    {
        var store = await S3Server.NewStoreAsync();
        var stream = Bytes("skip:keep");
        stream.Position = 5;
        await store.PutAsync("a.txt", stream, new PutOptions { ContentMd5 = Md5.OfBytes("keep"u8) });
        await using var stored = await store.GetAsync("a.txt");
        Assert.Equal("keep", await new StreamReader(stored!.Content).ReadToEndAsync());
    }

    [Fact]
    public async Task Bytes_that_do_not_match_their_md5_are_rejected_and_not_stored()
    {
        var store = await S3Server.NewStoreAsync();
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.bin", Bytes("real bytes"), new PutOptions { ContentMd5 = Md5.OfBytes("other"u8) }));
        Assert.Contains("do not match their MD5", error.Message);
        Assert.Null(await store.HeadAsync("a.bin"));
    }

    [Fact]
    public async Task Conditional_writes_conflict_clearly()
    {
        var store = await S3Server.NewStoreAsync();
        var first = await store.PutAsync("project.manifest", Bytes("one"), new PutOptions { IfNoneMatch = "*", ContentMd5 = Md5.OfBytes("one"u8) });
        await Assert.ThrowsAsync<ObjectConflictException>(() => store.PutAsync("project.manifest", Bytes("two"), new PutOptions { IfNoneMatch = "*", ContentMd5 = Md5.OfBytes("two"u8) }));
        var second = await store.PutAsync("project.manifest", Bytes("two"), new PutOptions { IfMatch = $"\"{first}\"", ContentMd5 = Md5.OfBytes("two"u8) });
        await Assert.ThrowsAsync<ObjectConflictException>(() => store.PutAsync("project.manifest", Bytes("three"), new PutOptions { IfMatch = first, ContentMd5 = Md5.OfBytes("three"u8) }));
        Assert.Equal(second, (await store.HeadAsync("project.manifest"))!.ETag);
    }

    [Fact]
    public async Task Wrong_credentials_are_refused_without_printing_the_secret()
    {
        var good = await S3Server.NewStoreAsync();
        var secret = "wrong-secret-" + Guid.NewGuid().ToString("N");
        using var store = new S3ObjectStore(S3Server.Settings(good.Location.Split('/')[2]) with { SecretKey = secret, MaxAttempts = 1 });
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.txt", Bytes("x"), new PutOptions { ContentMd5 = Md5.OfBytes("x"u8) }));
        Assert.Contains("refused access", error.Message);
        Assert.DoesNotContain(secret, error.ToString());
    }

    [Fact]
    public async Task An_unreachable_server_fails_after_the_retries_with_a_clear_error()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop(); // nothing listens on the port any more: connections are refused
        using var store = new S3ObjectStore(S3Server.Settings("walle-nowhere") with { Endpoint = $"http://127.0.0.1:{port}", MaxAttempts = 3 });
        var error = await Assert.ThrowsAsync<ObjectStoreException>(() => store.PutAsync("a.txt", Bytes("x"), new PutOptions { ContentMd5 = Md5.OfBytes("x"u8) }));
        Assert.Contains("after 3 attempts", error.Message);
        Assert.Contains($"127.0.0.1:{port}", error.Message);
        Assert.DoesNotContain(S3Server.SecretKey, error.ToString());
    }
}
