using System.Globalization;
using Mono.Unix.Native;

namespace Walle.Pipelines.Caching;

/// <summary>
/// What a memo of file contents trusts instead of reading the bytes again — the one trust rule of every such memo
/// in Walle (target inputs, patch fingerprints). A remembered hash is reused only when, for the same absolute path,
/// all of these are unchanged: size, modification time, <b>status-change time (ctime)</b>, inode and device; and
/// neither time was within <see cref="RacyWindow"/> of when the hash was taken. mtime can be set by <c>cp -a</c>,
/// <c>rsync -a</c>, <c>tar</c> or a cache restore, so equal size and mtime prove nothing; ctime cannot be set by a
/// user and changes with every write, rename or copy, and a replaced file gets a new inode. Where the system has no
/// ctime and inode (Windows), nothing is trusted: every file is read.
/// </summary>
public readonly record struct FileIdentity(long Size, long ModifiedNs, long ChangedNs, long Inode, long Device)
{
    /// <summary>A file written within this time of being hashed is read again next time (its times may not tell a later write apart).</summary>
    public static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(1);

    private static readonly bool Supported = !OperatingSystem.IsWindows() && Probe();

    /// <summary>The identity of the file at <paramref name="fullPath"/> (links followed), or null where it cannot be trusted.</summary>
    public static FileIdentity? Of(string fullPath)
    {
        if (!Supported || Syscall.stat(fullPath, out var stat) != 0) return null;
        return new FileIdentity(stat.st_size, Nanoseconds(stat.st_mtime, stat.st_mtime_nsec), Nanoseconds(stat.st_ctime, stat.st_ctime_nsec),
            (long)stat.st_ino, (long)stat.st_dev);
    }

    /// <summary>The current time on the same scale as the file times, to record when a hash was taken.</summary>
    public static long Now() => (DateTime.UtcNow - DateTime.UnixEpoch).Ticks * 100;

    /// <summary>Whether a hash of a file with <paramref name="recorded"/> identity, taken at <paramref name="hashedAtNs"/>, holds for this file.</summary>
    public bool Matches(FileIdentity recorded, long hashedAtNs)
    {
        var racy = RacyWindow.Ticks * 100;
        return this == recorded && ModifiedNs < hashedAtNs - racy && ChangedNs < hashedAtNs - racy;
    }

    /// <summary>Tab-separated, for memo files.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Size}\t{ModifiedNs}\t{ChangedNs}\t{Inode}\t{Device}");

    /// <summary>Reads <see cref="ToString"/>'s five fields.</summary>
    public static FileIdentity? Parse(ReadOnlySpan<string> fields)
    {
        if (fields.Length != 5) return null;
        Span<long> values = stackalloc long[5];
        for (var i = 0; i < 5; i++)
            if (!long.TryParse(fields[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i])) return null;
        return new FileIdentity(values[0], values[1], values[2], values[3], values[4]);
    }

    private static long Nanoseconds(long seconds, long nanoseconds) => seconds * 1_000_000_000 + nanoseconds;

    /// <summary>The native part of Mono.Unix may be missing for an unusual runtime: then no memo is trusted.</summary>
    private static bool Probe()
    {
        try
        {
            return Syscall.stat(AppContext.BaseDirectory, out _) == 0;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException or TypeInitializationException)
        {
            return false;
        }
    }
}
