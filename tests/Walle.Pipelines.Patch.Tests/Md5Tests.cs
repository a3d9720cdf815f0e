using System.Security.Cryptography;
using Walle.Pipelines.Storage;

namespace Walle.Pipelines.Patch.Tests;

public class Md5Tests
{
    // Around MD5's block (64) and padding (56) edges, the 64 KB read window and its padding block, and a few larger files.
    private static readonly int[] Lengths = [.. Enumerable.Range(0, 130), 447, 448, 511, 512, 1000, 65_471, 65_472, 65_535, 65_536, 65_537, 131_072, 200_003, 1_000_000];

    [Fact]
    public void Multi_buffer_hashing_matches_md5_for_every_length_and_lane_reuse()
    {
        Assert.True(Md5Lanes.IsSupported, "this machine's CPU has no AVX2: the multi-buffer path cannot be tested here");
        using var folder = new TempFolder();
        var random = new Random(7);
        var files = Lengths.Select((length, i) =>
        {
            var bytes = new byte[length];
            random.NextBytes(bytes);
            return (Path: folder.File($"f{i}.bin", bytes), Md5: Convert.ToHexStringLower(MD5.HashData(bytes)), Length: (long)length);
        }).ToArray();

        var results = new (string Md5, long Size)?[files.Length];
        var next = -1;
        using (var lanes = new Md5Lanes())
            lanes.Run(() => Interlocked.Increment(ref next) is var i && i < files.Length ? i : -1, i => files[i].Path, (i, md5, size) => results[i] = (md5, size), CancellationToken.None);

        for (var i = 0; i < files.Length; i++)
            Assert.True(results[i] == (files[i].Md5, files[i].Length), $"length {files[i].Length}: got {results[i]}, expected {files[i].Md5}");
    }

    [Fact]
    public void File_by_file_hashing_reports_the_md5_and_the_bytes_hashed()
    {
        using var folder = new TempFolder();
        foreach (var length in new[] { 0, 1, 262_143, 262_144, 262_145, 700_000 })
        {
            var bytes = RandomNumberGenerator.GetBytes(length);
            var path = folder.File($"f{length}.bin", bytes);
            Assert.Equal(Convert.ToHexStringLower(MD5.HashData(bytes)), Md5.OfFile(path, out var size));
            Assert.Equal(length, size);
            Assert.Equal(Md5.OfFile(path), Md5.OfFile(path)); // the per-thread digest is reset between files
        }
    }

    [Fact]
    public void A_file_that_cannot_be_opened_fails_the_run_with_its_name()
    {
        using var folder = new TempFolder();
        var present = folder.File("a.bin", "a");
        var missing = Path.Combine(folder.Path, "gone.bin");
        var paths = new[] { present, missing };
        var next = -1;
        using var lanes = new Md5Lanes();
        var error = Assert.Throws<FileNotFoundException>(() =>
            lanes.Run(() => Interlocked.Increment(ref next) is var i && i < paths.Length ? i : -1, i => paths[i], (_, _, _) => { }, CancellationToken.None));
        Assert.Contains("gone.bin", error.Message);
    }
}
