using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Walle.Release.Benchmarks;

// Runs Walle's resolver and the hand-written anchor side by side in one run, then prints throughput per core
// (the benchmark is single-threaded) and the ratio to the anchor, against the goal of 5 million per second.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithId("short")).WithOptions(ConfigOptions.DisableLogFile);
var summary = BenchmarkRunner.Run<ResolverBenchmarks>(config, args);
const double goal = 5_000_000;
double? anchor = null;
var rows = new List<(string Name, double Nanoseconds)>();
foreach (var report in summary.Reports)
{
    if (report.ResultStatistics is not { } stats) continue;
    var name = report.BenchmarkCase.Descriptor.WorkloadMethod.Name;
    rows.Add((name, stats.Mean));
    if (name == nameof(ResolverBenchmarks.NaiveGrayBucket)) anchor = stats.Mean;
}
Console.WriteLine();
Console.WriteLine($"{"benchmark",-18} {"ns/resolution",14} {"resolutions/s/core",20} {"vs anchor",10} {"goal 5M/s",10}");
foreach (var (name, ns) in rows)
{
    var perSecond = 1e9 / ns;
    var ratio = anchor is { } a ? (a / ns).ToString("0.0", CultureInfo.InvariantCulture) + "x" : "-";
    Console.WriteLine($"{name,-18} {ns,14:F1} {perSecond,20:N0} {ratio,10} {(perSecond >= goal ? "met" : "MISSED"),10}");
}
return rows.Count == 0 ? 1 : 0;
