using System.Diagnostics;

namespace Engagement.Benchmarks;

/// <summary>
/// Measures, in one run, what giving a kudos costs and whether a recipient's history makes it slower, and how the
/// dashboard reads grow from the demo size to 10,000 people with a year of history. Prints ratios measured in the same
/// run, never pass/fail times: machines are noisy.
/// </summary>
public static class BenchmarkRun
{
    public static async Task Main(string[] args)
    {
        var databaseUrl = args.ElementAtOrDefault(0) ?? "postgresql://engagement@127.0.0.1:55432/engagement_bench";
        var demoSizeUrl = args.ElementAtOrDefault(1) ?? "postgresql://engagement@127.0.0.1:55432/engagement_bench_demo";
        var largeUrl = args.ElementAtOrDefault(2) ?? "postgresql://engagement@127.0.0.1:55432/engagement_bench_large";
        await KudosAsync(databaseUrl);
        await DashboardsAsync(demoSizeUrl, largeUrl);
    }

    private static async Task DashboardsAsync(string demoSizeUrl, string largeUrl)
    {
        const int Samples = 7;
        var demo = await DashboardBench.MeasureAsync(demoSizeUrl, 200, Samples);
        var large = await DashboardBench.MeasureAsync(largeUrl, 10_000, Samples);
        Console.WriteLine();
        Console.WriteLine($"Dashboards, a year of history (seeded in {demo.Seeding.TotalSeconds:F1} s and {large.Seeding.TotalSeconds:F1} s); median of {Samples} reads:");
        Console.WriteLine($"  {"read",-36} {demo.People,8:N0} people {large.People,8:N0} people   ratio");
        foreach (var (name, small) in demo.MedianMilliseconds)
        {
            var big = large.MedianMilliseconds[name];
            Console.WriteLine($"  {name,-36} {small,12:F1} ms {big,12:F1} ms {big / small,7:F1}");
        }
    }

    private static async Task KudosAsync(string databaseUrl)
    {
        const int HistoryOfBusyRecipient = 10_000;
        const int Samples = 400;

        await using var bench = await KudosBench.StartAsync(databaseUrl, HistoryOfBusyRecipient);
        Console.WriteLine($"Recipients: busy has {await bench.ReceivedCountAsync(bench.Busy):N0} kudos received, quiet has {await bench.ReceivedCountAsync(bench.Quiet):N0}.");

        await bench.WarmUpAsync(rounds: 60);
        var busy = new List<double>();
        var quiet = new List<double>();
        var baseline = new List<double>();
        var walBefore = await bench.WalPositionAsync();
        var sizeBefore = await bench.RecognitionBytesAsync();
        for (var i = 0; i < Samples; i++)
        {
            // Interleaved, so drift of the machine hits all three series alike.
            busy.Add(await Time(() => bench.GiveAsync(bench.Busy)));
            quiet.Add(await Time(() => bench.GiveAsync(bench.Quiet)));
            baseline.Add(await Time(bench.PlainInsertAsync));
        }

        var kudosWritten = 2 * Samples;
        var walPerKudos = (await bench.WalPositionAsync() - walBefore - await bench.BaselineWalBytesAsync(Samples)) / (double)kudosWritten;
        var sizePerKudos = (await bench.RecognitionBytesAsync() - sizeBefore) / (double)kudosWritten;

        Console.WriteLine($"giveKudos median: busy recipient {Median(busy):F2} ms, quiet recipient {Median(quiet):F2} ms  ->  busy/quiet ratio {Median(busy) / Median(quiet):F2}");
        Console.WriteLine($"giveKudos p95:    busy recipient {P95(busy):F2} ms, quiet recipient {P95(quiet):F2} ms  ->  busy/quiet ratio {P95(busy) / P95(quiet):F2}");
        Console.WriteLine($"baseline (one plain Npgsql INSERT) median {Median(baseline):F2} ms  ->  giveKudos/baseline ratio {Median(quiet) / Median(baseline):F1}");
        Console.WriteLine($"bytes written per kudos: {walPerKudos:N0} WAL bytes, {sizePerKudos:N0} bytes of table and index growth, "
            + $"{await bench.GrainStateBytesAsync():N0} bytes of grain state in total (the giving grain persists nothing)");
    }

    private static async Task<double> Time(Func<Task> action)
    {
        var watch = Stopwatch.StartNew();
        await action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> samples) => samples.Order().ElementAt(samples.Count / 2);

    private static double P95(List<double> samples) => samples.Order().ElementAt((int)(samples.Count * 0.95));
}
