using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using Microsoft.Win32.SafeHandles;

namespace Walle.Pipelines.Storage;

/// <summary>
/// MD5 of many files at once on one core: eight files side by side in the eight 32-bit lanes of AVX2 registers
/// ("multi-buffer" hashing). MD5 is a serial chain within one file, so a single file cannot go faster than one
/// scalar step at a time, but eight independent files can share each instruction: a build's thousands of assets
/// hash several times faster than file by file. Each lane streams its file through a 64 KB window; when a file ends,
/// the lane takes the next one. Use one instance per thread.
/// </summary>
internal sealed class Md5Lanes : IDisposable
{
    /// <summary>True when the CPU has AVX2; otherwise hash file by file with <see cref="Md5.OfFile(string, out long)"/>.</summary>
    public static bool IsSupported => Avx2.IsSupported;

    private const int Width = 8;
    private const int Window = 64 * 1024;
    private const int Region = Window + 64; // room for the padding block after a full window

    private static readonly uint[] K = Enumerable.Range(0, 64).Select(i => (uint)(long)Math.Floor(Math.Abs(Math.Sin(i + 1)) * 4294967296.0)).ToArray();

    private readonly byte[] _buffer = new byte[Width * Region];
    private readonly Lane[] _lanes = Enumerable.Range(0, Width).Select(_ => new Lane()).ToArray();

    private sealed class Lane
    {
        public SafeFileHandle? Handle;
        public int File = -1;
        public long Offset, Length;
        public int Position, End;
        public bool Last;
    }

    /// <summary>
    /// Hashes files until <paramref name="take"/> returns a negative number: each taken index is opened through
    /// <paramref name="path"/> and reported to <paramref name="done"/> with its MD5 and the number of bytes hashed.
    /// </summary>
    public void Run(Func<int> take, Func<int, string> path, Action<int, string, long> done, CancellationToken cancellationToken)
    {
        Vector256<uint> a = default, b = default, c = default, d = default;
        Span<Vector256<uint>> words = stackalloc Vector256<uint>[16];
        Span<byte> digest = stackalloc byte[16];
        var more = true;
        while (true)
        {
            var active = 0;
            for (var l = 0; l < Width; l++)
            {
                var lane = _lanes[l];
                if (lane.File < 0 && more)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var file = take();
                    if (file < 0) more = false;
                    else
                    {
                        Start(l, file, path(file));
                        a = a.WithElement(l, 0x67452301u);
                        b = b.WithElement(l, 0xefcdab89u);
                        c = c.WithElement(l, 0x98badcfeu);
                        d = d.WithElement(l, 0x10325476u);
                    }
                }
                if (lane.File >= 0) active++;
            }
            if (active == 0) return;

            LoadWords(words);
            Compress(ref a, ref b, ref c, ref d, words);

            for (var l = 0; l < Width; l++)
            {
                var lane = _lanes[l];
                if (lane.File < 0) continue;
                lane.Position += 64;
                if (lane.Position < lane.End) continue;
                if (!lane.Last)
                {
                    Fill(l);
                    continue;
                }
                BinaryPrimitives.WriteUInt32LittleEndian(digest, a.GetElement(l));
                BinaryPrimitives.WriteUInt32LittleEndian(digest[4..], b.GetElement(l));
                BinaryPrimitives.WriteUInt32LittleEndian(digest[8..], c.GetElement(l));
                BinaryPrimitives.WriteUInt32LittleEndian(digest[12..], d.GetElement(l));
                var (index, length) = (lane.File, lane.Length);
                Close(lane);
                done(index, Convert.ToHexStringLower(digest), length);
            }
        }
    }

    /// <summary>Closes files left open by a failed or cancelled run.</summary>
    public void Dispose()
    {
        foreach (var lane in _lanes) Close(lane);
    }

    private void Start(int l, int file, string path)
    {
        var lane = _lanes[l];
        lane.Handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        lane.File = file;
        lane.Length = RandomAccess.GetLength(lane.Handle);
        lane.Offset = 0;
        Fill(l);
    }

    /// <summary>Reads the lane's next window; after the file's last byte, appends MD5's padding and bit length.</summary>
    private void Fill(int l)
    {
        var lane = _lanes[l];
        var region = _buffer.AsSpan(l * Region, Region);
        var n = 0;
        while (n < Window && lane.Offset + n < lane.Length)
        {
            var read = RandomAccess.Read(lane.Handle!, region.Slice(n, (int)Math.Min(Window - n, lane.Length - lane.Offset - n)), lane.Offset + n);
            if (read == 0)
            {
                lane.Length = lane.Offset + n; // the file shrank meanwhile: hash what is there
                break;
            }
            n += read;
        }
        lane.Offset += n;
        lane.Position = 0;
        lane.Last = lane.Offset == lane.Length;
        if (!lane.Last)
        {
            lane.End = n;
            return;
        }
        var end = (n + 9 + 63) & ~63;
        region[n] = 0x80;
        region[(n + 1)..(end - 8)].Clear();
        BinaryPrimitives.WriteUInt64LittleEndian(region[(end - 8)..], (ulong)lane.Length * 8);
        lane.End = end;
    }

    private static void Close(Lane lane)
    {
        lane.Handle?.Dispose();
        lane.Handle = null;
        lane.File = -1;
    }

    /// <summary>The current 64-byte block of every lane, transposed so <c>words[w]</c> holds word w of all eight.</summary>
    private void LoadWords(Span<Vector256<uint>> words)
    {
        ref var start = ref MemoryMarshal.GetArrayDataReference(_buffer);
        Span<Vector256<uint>> rows = stackalloc Vector256<uint>[Width];
        for (var half = 0; half < 2; half++)
        {
            for (var l = 0; l < Width; l++)
            {
                var lane = _lanes[l];
                var offset = l * Region + (lane.File >= 0 ? lane.Position : 0) + half * 32;
                rows[l] = Vector256.LoadUnsafe(ref start, (nuint)offset).AsUInt32();
            }
            Transpose(rows, words.Slice(half * 8, 8));
        }
    }

    /// <summary>8x8 transpose of 32-bit elements: <c>output[w][l] = rows[l][w]</c>.</summary>
    private static void Transpose(ReadOnlySpan<Vector256<uint>> rows, Span<Vector256<uint>> output)
    {
        var t0 = Avx2.UnpackLow(rows[0], rows[1]);
        var t1 = Avx2.UnpackHigh(rows[0], rows[1]);
        var t2 = Avx2.UnpackLow(rows[2], rows[3]);
        var t3 = Avx2.UnpackHigh(rows[2], rows[3]);
        var t4 = Avx2.UnpackLow(rows[4], rows[5]);
        var t5 = Avx2.UnpackHigh(rows[4], rows[5]);
        var t6 = Avx2.UnpackLow(rows[6], rows[7]);
        var t7 = Avx2.UnpackHigh(rows[6], rows[7]);
        var u0 = Avx2.UnpackLow(t0.AsUInt64(), t2.AsUInt64()).AsUInt32();
        var u1 = Avx2.UnpackHigh(t0.AsUInt64(), t2.AsUInt64()).AsUInt32();
        var u2 = Avx2.UnpackLow(t1.AsUInt64(), t3.AsUInt64()).AsUInt32();
        var u3 = Avx2.UnpackHigh(t1.AsUInt64(), t3.AsUInt64()).AsUInt32();
        var u4 = Avx2.UnpackLow(t4.AsUInt64(), t6.AsUInt64()).AsUInt32();
        var u5 = Avx2.UnpackHigh(t4.AsUInt64(), t6.AsUInt64()).AsUInt32();
        var u6 = Avx2.UnpackLow(t5.AsUInt64(), t7.AsUInt64()).AsUInt32();
        var u7 = Avx2.UnpackHigh(t5.AsUInt64(), t7.AsUInt64()).AsUInt32();
        output[0] = Avx2.Permute2x128(u0, u4, 0x20);
        output[1] = Avx2.Permute2x128(u1, u5, 0x20);
        output[2] = Avx2.Permute2x128(u2, u6, 0x20);
        output[3] = Avx2.Permute2x128(u3, u7, 0x20);
        output[4] = Avx2.Permute2x128(u0, u4, 0x31);
        output[5] = Avx2.Permute2x128(u1, u5, 0x31);
        output[6] = Avx2.Permute2x128(u2, u6, 0x31);
        output[7] = Avx2.Permute2x128(u3, u7, 0x31);
    }

    /// <summary>MD5's compression function (RFC 1321) on one block per lane, four steps per loop turn (shift counts repeat every four).</summary>
    private static void Compress(ref Vector256<uint> a, ref Vector256<uint> b, ref Vector256<uint> c, ref Vector256<uint> d, ReadOnlySpan<Vector256<uint>> m)
    {
        var (x, y, z, w) = (a, b, c, d);
        for (var i = 0; i < 16; i += 4)
        {
            x = y + Rotate(x + (w ^ (y & (z ^ w))) + Vector256.Create(K[i]) + m[i], 7);
            w = x + Rotate(w + (z ^ (x & (y ^ z))) + Vector256.Create(K[i + 1]) + m[i + 1], 12);
            z = w + Rotate(z + (y ^ (w & (x ^ y))) + Vector256.Create(K[i + 2]) + m[i + 2], 17);
            y = z + Rotate(y + (x ^ (z & (w ^ x))) + Vector256.Create(K[i + 3]) + m[i + 3], 22);
        }
        for (var i = 16; i < 32; i += 4)
        {
            x = y + Rotate(x + (z ^ (w & (y ^ z))) + Vector256.Create(K[i]) + m[(5 * i + 1) & 15], 5);
            w = x + Rotate(w + (y ^ (z & (x ^ y))) + Vector256.Create(K[i + 1]) + m[(5 * i + 6) & 15], 9);
            z = w + Rotate(z + (x ^ (y & (w ^ x))) + Vector256.Create(K[i + 2]) + m[(5 * i + 11) & 15], 14);
            y = z + Rotate(y + (w ^ (x & (z ^ w))) + Vector256.Create(K[i + 3]) + m[(5 * i + 16) & 15], 20);
        }
        for (var i = 32; i < 48; i += 4)
        {
            x = y + Rotate(x + (y ^ z ^ w) + Vector256.Create(K[i]) + m[(3 * i + 5) & 15], 4);
            w = x + Rotate(w + (x ^ y ^ z) + Vector256.Create(K[i + 1]) + m[(3 * i + 8) & 15], 11);
            z = w + Rotate(z + (w ^ x ^ y) + Vector256.Create(K[i + 2]) + m[(3 * i + 11) & 15], 16);
            y = z + Rotate(y + (z ^ w ^ x) + Vector256.Create(K[i + 3]) + m[(3 * i + 14) & 15], 23);
        }
        for (var i = 48; i < 64; i += 4)
        {
            x = y + Rotate(x + (z ^ (y | ~w)) + Vector256.Create(K[i]) + m[(7 * i) & 15], 6);
            w = x + Rotate(w + (y ^ (x | ~z)) + Vector256.Create(K[i + 1]) + m[(7 * i + 7) & 15], 10);
            z = w + Rotate(z + (x ^ (w | ~y)) + Vector256.Create(K[i + 2]) + m[(7 * i + 14) & 15], 15);
            y = z + Rotate(y + (w ^ (z | ~x)) + Vector256.Create(K[i + 3]) + m[(7 * i + 21) & 15], 21);
        }
        a += x;
        b += y;
        c += z;
        d += w;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Rotate(Vector256<uint> v, [ConstantExpected] int bits) =>
        Vector256.ShiftLeft(v, bits) | Vector256.ShiftRightLogical(v, 32 - bits);
}
