// Channel APK benchmark driver (benchmarks/client/channels.sh runs it):
//   write <apk> <channels.txt> <out> [parallel]   ChannelApks.WriteAsync, the way the ClientChannels target calls it
//   buffered <apk> <count> <out>        the same number of plain copies through a 1 MiB FileStream buffer (the alternative
//                                       to the kernel copy File.Copy makes), for the copy-method figure
//   check <out> <channels.txt>          every APK reads its channel back
using System.Diagnostics;
using Walle.Pipelines.Client.Channels;
using Walle.Pipelines.Engine;

var clock = Stopwatch.StartNew();
switch (args[0])
{
    case "write":
    {
        var channels = ChannelsFile.Parse(args[2]);
        var written = await ChannelApks.WriteAsync(new ChannelApkSettings(args[1], args[3], channels) { BaseName = "vega-1.6.0", MaxParallelism = args.Length > 4 ? int.Parse(args[4]) : 4 }, new BuildContext());
        Console.WriteLine($"{clock.ElapsedMilliseconds} ms, {written.Count} APKs");
        break;
    }
    case "buffered":
    {
        Directory.CreateDirectory(args[3]);
        var buffer = new byte[1 << 20];
        for (var i = 0; i < int.Parse(args[2]); i++)
        {
            using var from = new FileStream(args[1], FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            using var to = new FileStream(Path.Combine(args[3], $"copy{i}.apk"), FileMode.CreateNew, FileAccess.Write, FileShare.None, 1);
            int read;
            while ((read = from.Read(buffer)) > 0) to.Write(buffer, 0, read);
        }
        Console.WriteLine($"{clock.ElapsedMilliseconds} ms");
        break;
    }
    case "check":
    {
        var expected = ChannelsFile.Parse(args[2]).Select(c => c.Channel).Order(StringComparer.Ordinal);
        var read = Directory.GetFiles(args[1], "*.apk").Select(f => ApkChannel.Read(f)!.Channel).Order(StringComparer.Ordinal);
        if (!expected.SequenceEqual(read)) throw new InvalidOperationException("channels did not read back");
        Console.WriteLine("all channels read back");
        break;
    }
}
