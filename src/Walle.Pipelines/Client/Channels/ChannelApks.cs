using System.Security.Cryptography;
using Walle.Pipelines.Engine;

namespace Walle.Pipelines.Client.Channels;

/// <summary>
/// Channel packages without re-signing: from one signed APK, one APK per channel carrying the channel id and extras in
/// the APK Signing Block's channel pair (<see cref="SigningBlockIds.Channel"/>, Meituan Walle's format). The v2/v3
/// signatures stay valid because they do not cover that block; every other pair is kept byte for byte and in order, the
/// block keeps a page-aligned size when it had one, and the end record points at the moved central directory.
/// </summary>
public static class ChannelApks
{
    /// <summary>
    /// Writes one APK per channel into <see cref="ChannelApkSettings.OutputDirectory"/>, several at once. Each is written
    /// under a temporary name and moved into place; on failure or cancellation the APKs written so far by this call are
    /// deleted, so no partial set (and no partial file) is left for an upload step to pick up.
    /// </summary>
    /// <returns>One record per channel, in the order of <see cref="ChannelApkSettings.Channels"/>.</returns>
    /// <exception cref="ArgumentException">The settings are unusable (no channels, unsafe or duplicate names, a pattern without <c>{channel}</c>).</exception>
    /// <exception cref="FileNotFoundException">The APK does not exist.</exception>
    /// <exception cref="ChannelApkRefusedException">The APK is unsigned or v1-only, a bundle, malformed, ZIP64, v4-signed, or changed while being read.</exception>
    public static async Task<IReadOnlyList<ChannelApk>> WriteAsync(ChannelApkSettings settings, BuildContext context, CancellationToken cancellationToken = default)
    {
        if (!File.Exists(settings.Apk))
            throw new FileNotFoundException($"The APK {settings.Apk} does not exist; sign the package before writing channels.", settings.Apk);
        var outputs = OutputPaths(settings);
        var layout = ApkLayout.Read(settings.Apk);
        Require(layout, settings);
        var replaced = ExistingChannel(layout);
        if (replaced is not null)
            context.Logger.Warning("{Apk} already carries channel '{Channel}'; each channel APK replaces it (one channel pair, not two)", settings.Apk, replaced);
        context.Logger.Information("{Apk}: {Block}", settings.Apk, layout.Block);

        using var entries = await HashEntriesAsync(layout, cancellationToken);
        Directory.CreateDirectory(settings.OutputDirectory);
        var written = new ChannelApk?[outputs.Count];
        try
        {
            using (var progress = context.StartProgress($"Channel APKs from {Path.GetFileName(settings.Apk)}", outputs.Count, "APKs"))
            {
                var options = new ParallelOptions { MaxDegreeOfParallelism = settings.MaxParallelism, CancellationToken = cancellationToken };
                await Parallel.ForAsync(0, outputs.Count, options, (i, token) =>
                {
                    var apk = written[i] = ChannelApkWriter.Write(layout, entries, settings.Channels[i], outputs[i], replaced, token);
                    context.Logger.Information("Wrote {Apk} (channel {Channel}, {Size} bytes, sha256 {Sha256})", apk.Path, apk.Channel, apk.Size, apk.Sha256);
                    progress.Increment();
                    return ValueTask.CompletedTask;
                });
            }
            RequireUnchanged(layout);
        }
        catch
        {
            foreach (var apk in written) if (apk is not null) File.Delete(apk.Path);
            context.Logger.Warning("Channel APKs from {Apk} failed; deleted the {Count} written so far", settings.Apk, written.Count(a => a is not null));
            throw;
        }
        return written!;
    }

    /// <summary>The output path of each channel, checked before anything is read or written.</summary>
    internal static IReadOnlyList<string> OutputPaths(ChannelApkSettings settings)
    {
        if (settings.Channels.Count == 0)
            throw new ArgumentException("No channels were given; list them in a channels file (one channel id per line).");
        if (settings.MaxParallelism < 1)
            throw new ArgumentException($"MaxParallelism is {settings.MaxParallelism}; use 1 or more.");
        if (!settings.FileNamePattern.Contains("{channel}", StringComparison.Ordinal))
            throw new ArgumentException($"The file name pattern '{settings.FileNamePattern}' has no {{channel}}: every channel APK would get the same name. Use e.g. '{{name}}-{{channel}}.apk'.");
        var baseName = settings.BaseName ?? Path.GetFileNameWithoutExtension(settings.Apk);
        if (ChannelName.Problem(baseName, 128) is { } baseProblem)
            throw new ArgumentException($"The base name '{baseName}' is not safe in a file name: {baseProblem}.");

        var input = Path.GetFullPath(settings.Apk);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var paths = new List<string>(settings.Channels.Count);
        foreach (var channel in settings.Channels)
        {
            if (ChannelName.Problem(channel.Channel) is { } problem)
                throw new ArgumentException($"Channel '{channel.Channel}' is not safe as a file name: {problem}. Use letters, digits, '-' or '_'.");
            _ = channel.ToJson(); // refuses an extra named "channel" before any file is written
            var name = settings.FileNamePattern.Replace("{name}", baseName, StringComparison.Ordinal).Replace("{channel}", channel.Channel, StringComparison.Ordinal);
            if (ChannelName.Problem(name, 200) is { } nameProblem)
                throw new ArgumentException($"The file name '{name}' made by the pattern '{settings.FileNamePattern}' is not safe: {nameProblem}.");
            // File systems limit names to 255 bytes; the temporary name adds a dot, 32 hex digits and ".tmp".
            if (System.Text.Encoding.UTF8.GetByteCount(name) > 200)
                throw new ArgumentException($"The file name '{name}' is longer than 200 bytes in UTF-8; use a shorter base name or channel id.");
            if (!seen.Add(name))
                throw new ArgumentException($"Two channels give the file name '{name}' (names are compared ignoring case); make the channel ids differ by more than case.");
            var path = Path.GetFullPath(Path.Combine(settings.OutputDirectory, name));
            if (string.Equals(path, input, StringComparison.Ordinal))
                throw new ArgumentException($"The channel APK {path} would overwrite the input APK; write channel APKs to another folder.");
            paths.Add(path);
        }
        return paths;
    }

    private static void Require(ApkLayout layout, ChannelApkSettings settings)
    {
        var apk = layout.Path;
        if (layout.IsBundle)
            throw new ChannelApkRefusedException(ChannelApkRefusal.Bundle, apk,
                $"{apk} is an Android App Bundle (it holds BundleConfig.pb or base/manifest/), not an APK. Channels are written into signed APKs: " +
                "build a universal APK from the bundle (bundletool build-apks --mode=universal), sign it with v2 or later and write channels into that.");
        if (layout.Block is null)
            throw new ChannelApkRefusedException(ChannelApkRefusal.NotSigned, apk,
                $"{apk} has no APK Signing Block: it is unsigned or signed with v1 (JAR) only, and a channel written there would not be protected " +
                "by any signature. Sign it with v2 or later (apksigner with v2 enabled, after zipalign), then write channels.");
        if (!layout.Block.Pairs.Any(p => SigningBlockIds.IsSignature(p.Id)))
            throw new ChannelApkRefusedException(ChannelApkRefusal.NotSigned, apk,
                $"{apk} has an APK Signing Block without a v2 or v3 signature ({layout.Block}). Sign it with v2 or later (apksigner), then write channels.");
        var idsig = apk + ".idsig";
        if (settings.V4Signing || File.Exists(idsig))
            throw new ChannelApkRefusedException(ChannelApkRefusal.V4Signature, apk,
                $"{apk} is signed with APK Signature Scheme v4{(File.Exists(idsig) ? $" ({idsig} is next to it)" : "")}. A v4 signature covers every byte " +
                "of the file, so each channel APK would need a new one made with the signing key, which is re-signing. Sign the APK for channel " +
                "packages without v4 (v2/v3 are what stores and devices verify; v4 only serves incremental adb installs) and remove the .idsig.");
    }

    /// <summary>The channel the input already carries, for the report; an unreadable pair is replaced all the same.</summary>
    private static string? ExistingChannel(ApkLayout layout)
    {
        if (layout.Block?.Find(SigningBlockIds.Channel) is not { } pair) return null;
        try
        {
            return ChannelInfo.FromJson(pair.Value.Span, layout.Path).Channel;
        }
        catch (ChannelApkRefusedException)
        {
            return "(unreadable channel pair)";
        }
    }

    /// <summary>SHA-256 of the ZIP entries, read once: every channel APK starts with the same bytes.</summary>
    private static async Task<IncrementalHash> HashEntriesAsync(ApkLayout layout, CancellationToken cancellationToken)
    {
        var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 20];
        await using var file = new FileStream(layout.Path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan | FileOptions.Asynchronous);
        var left = layout.BlockOffset;
        while (left > 0)
        {
            var read = await file.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, left)), cancellationToken);
            if (read == 0) throw new ChannelApkRefusedException(ChannelApkRefusal.Changed, layout.Path, $"{layout.Path} got shorter while it was read; do not change the APK while channels are written.");
            hash.AppendData(buffer, 0, read);
            left -= read;
        }
        return hash;
    }

    /// <summary>The copies were made by the kernel after the layout was read: an APK replaced meanwhile would give broken channel APKs.</summary>
    private static void RequireUnchanged(ApkLayout layout)
    {
        var now = new FileInfo(layout.Path);
        if (!now.Exists || now.Length != layout.Length || now.LastWriteTimeUtc != layout.LastWriteTimeUtc)
            throw new ChannelApkRefusedException(ChannelApkRefusal.Changed, layout.Path,
                $"{layout.Path} changed while channel APKs were written from it; the outputs were deleted. Do not rebuild the APK during channel writing and run again.");
    }
}
