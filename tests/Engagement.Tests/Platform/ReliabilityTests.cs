using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Platform;

/// <summary>What a crash of a part does to people giving kudos at that moment: nothing acknowledged is lost, and every failure says "try again".</summary>
[Collection(HostCollection.Name)]
public sealed class ReliabilityTests(HostFixture fixture)
{
    [Fact]
    public async Task PostgreSQL_restarted_immediately_under_load_loses_no_acknowledged_kudos_and_answers_only_success_or_503()
    {
        if (Environment.GetEnvironmentVariable("ENGAGEMENT_DATABASE_URL") is { Length: > 0 })
        {
            // Only the local cluster of infra/db.sh can be restarted by a test; a server of one's own is left alone.
            return;
        }

        await using var database = await TestDatabase.CreateAsync();
        // As durable as the portal's own database: a clone of the test template trades that away for speed.
        await database.ScalarAsync<int>($"ALTER DATABASE {database.Name} SET synchronous_commit = on; SELECT 1");
        // Six people giving as fast as they can would spend their request budget: this test is about PostgreSQL, not that.
        await using var host = new TestHost(database.Url, new Dictionary<string, string?> { ["RateLimit:PermitsPerMinute"] = "1000000" });
        var org = await TestOrg.SeedAsync(host, database);
        await KudosRequests.SetAllowanceAsync(host, await host.SignedInAsync(TestOrg.HrAdmin), 10_000);
        string[] givers = [TestOrg.Employee, TestOrg.Peer, TestOrg.TheirManager, TestOrg.AnotherManager, TestOrg.OtherTeam, TestOrg.Spare];
        var clients = new Dictionary<string, HttpClient>();
        foreach (var giver in givers)
        {
            clients[giver] = await host.SignedInAsync(giver);
        }

        var acknowledged = new ConcurrentBag<string>();
        var answers = new ConcurrentBag<(HttpStatusCode Status, string? Code, bool Failed, bool RetryAfter)>();
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(12));
        async Task GiveUntilStoppedAsync(string giver)
        {
            var recipient = org.IdOf(giver == TestOrg.Chief ? TestOrg.HrAdmin : TestOrg.Chief);
            while (!stop.IsCancellationRequested)
            {
                var request = KudosRequests.Kudos(recipient, points: 1);
                // A client retries with the same key until it hears an answer, for up to 30 seconds, as the app does.
                var deadline = DateTime.UtcNow.AddSeconds(30);
                while (DateTime.UtcNow < deadline)
                {
                    GraphQLResponse response;
                    try
                    {
                        response = await host.GraphQLAsync(KudosRequests.Give, request, clients[giver]);
                    }
                    catch (HttpRequestException)
                    {
                        answers.Add((0, "NO_ANSWER", true, false));
                        continue;
                    }

                    answers.Add((response.Status, response.FirstErrorCode, response.Body["errors"] is not null,
                        response.Status == HttpStatusCode.ServiceUnavailable && response.RetryAfter is not null));
                    if (response.Status == HttpStatusCode.OK && response.FirstErrorCode is null)
                    {
                        acknowledged.Add(response.Data!["giveKudos"]!["id"]!.GetValue<string>());
                        break;
                    }

                    await Task.Delay(200);
                }
            }
        }

        var writers = givers.Select(giver => Task.Run(() => GiveUntilStoppedAsync(giver))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(3));
        var restartedAt = Stopwatch.StartNew();
        await RestartPostgreSqlAsync();
        var restartTook = restartedAt.Elapsed;
        // The other tests' database and host share this server: their idle connections died too.
        fixture.Database.DataSource.Clear();
        fixture.Host.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().Clear();
        await Task.WhenAll(writers);

        // Back by itself: a request soon after PostgreSQL is up succeeds.
        var recovery = Stopwatch.StartNew();
        while (recovery.Elapsed < TimeSpan.FromSeconds(10)
               && (await host.GraphQLAsync("{ me { id } }", client: clients[TestOrg.Employee])).Status != HttpStatusCode.OK)
        {
            await Task.Delay(100);
        }

        database.DataSource.Clear();
        var stored = await database.ScalarAsync<long>("SELECT count(*) FROM kudos");
        var storedAcknowledged = await database.ScalarAsync<long>(
            $"SELECT count(*) FROM kudos WHERE id = ANY('{{{string.Join(',', acknowledged)}}}'::uuid[])");
        Assert.True(acknowledged.Count > 20, $"only {acknowledged.Count} kudos were acknowledged");
        Assert.Equal(acknowledged.Count, acknowledged.Distinct().Count());
        Assert.Equal(acknowledged.Count, storedAcknowledged);
        // At most the last attempt of each writer may have been stored without an answer; none twice.
        Assert.InRange(stored, acknowledged.Count, acknowledged.Count + givers.Length);
        Assert.All(answers, answer => Assert.True((answer.Status == HttpStatusCode.OK && !answer.Failed)
            || (answer.Status == HttpStatusCode.ServiceUnavailable && answer.Code == "UNAVAILABLE" && answer.RetryAfter), $"answered {answer.Status} {answer.Code}"));
        Assert.True(recovery.Elapsed < TimeSpan.FromSeconds(10), $"not back {recovery.Elapsed} after a restart of {restartTook}");
    }

    private static async Task RestartPostgreSqlAsync()
    {
        var (exitCode, output) = await Scripts.RunAsync("infra/db.sh", ["--restart-immediately"]);
        Assert.True(exitCode == 0, $"the restart failed: {output}");
    }
}
