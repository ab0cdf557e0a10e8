using System.Diagnostics;
using Engagement.Features.Insights;
using Engagement.Platform;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Engagement.Benchmarks;

/// <summary>The dashboard reads, each timed as the median of several runs on a company of a given size with a year of history.</summary>
public static class DashboardBench
{
    public sealed record Timings(int People, TimeSpan Seeding, IReadOnlyDictionary<string, double> MedianMilliseconds);

    public static async Task<Timings> MeasureAsync(string databaseUrl, int people, int samples)
    {
        await using var data = NpgsqlDataSource.Create(Database.ToConnectionString(databaseUrl));
        // infra/bench.sh starts from empty databases; a database already seeded (a second run by hand) is kept.
        var seeding = Stopwatch.StartNew();
        if (!await data.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM employees)", CancellationToken.None))
        {
            await YearOfHistory.CreateAsync(data, people);
        }

        seeding.Stop();

        await using var host = BenchHost.Start(databaseUrl);
        var dashboards = host.Services.GetRequiredService<Dashboards>();
        static Guid Person(int index) => Guid.Parse($"00000000-0000-0000-0000-{index:x12}");
        var hr = Caller.Employee(Person(1), isHrAdmin: true);
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var team = Guid.Parse("00000000-0000-0000-0001-000000000003");
        // Person n manages 8n+1 to 8n+8: a tenth of the way down everyone's reports are individual contributors.
        var reads = new Dictionary<string, Func<Task>>
        {
            ["manager, 8 direct reports"] = () => dashboards.ManagerAsync(Caller.Employee(Person(people / 10), false), null, null, null, CancellationToken.None),
            ["manager, an eighth of the company"] = () => dashboards.ManagerAsync(hr, Person(1), null, null, CancellationToken.None),
            ["manager, the whole company"] = () => dashboards.ManagerAsync(hr, Person(0), null, null, CancellationToken.None),
            ["HR, company, 90 days"] = () => dashboards.CompanyAsync(hr, [], [], [], null, null, CancellationToken.None),
            ["HR, company, a year"] = () => dashboards.CompanyAsync(hr, [], [], [], today.AddDays(-365), today, CancellationToken.None),
            ["HR, one team"] = () => dashboards.CompanyAsync(hr, [team], [], [], null, null, CancellationToken.None),
            ["HR, level 4 in one time zone"] = () => dashboards.CompanyAsync(hr, [], [4], ["Europe/Paris"], null, null, CancellationToken.None),
        };

        var medians = new Dictionary<string, double>();
        foreach (var (name, read) in reads)
        {
            await read();
            var times = new List<double>();
            for (var sample = 0; sample < samples; sample++)
            {
                var watch = Stopwatch.StartNew();
                await read();
                times.Add(watch.Elapsed.TotalMilliseconds);
            }

            medians[name] = times.Order().ElementAt(times.Count / 2);
        }

        return new Timings(people, seeding.Elapsed, medians);
    }
}
