using Engagement.Tests.Support;

namespace Engagement.Tests.Features.Recognition;

/// <summary>Two hosts form one cluster on one database; one giver floods both with kudos at once.</summary>
[Collection(HostCollection.Name)]
public sealed class AllowanceRaceTests
{
    [Fact]
    public async Task Concurrent_kudos_across_two_hosts_never_overspend_and_the_books_balance()
    {
        await using var database = await TestDatabase.CreateAsync();
        var cluster = new Dictionary<string, string?> { ["Orleans:ClusterId"] = $"race-{Guid.NewGuid():N}" };
        await using var first = new TestHost(database.Url, cluster);
        await using var second = new TestHost(database.Url, cluster);
        var org = await TestOrg.SeedAsync(first, database);
        await KudosRequests.SetAllowanceAsync(first, await first.SignedInAsync(TestOrg.HrAdmin), 100);
        var cookie = await first.SessionCookieAsync(TestOrg.Employee);
        var clients = new[] { first.NewClient(cookie), second.NewClient(cookie) };
        var hosts = new[] { first, second };

        // 40 requests of 7 points: only 14 fit in 100.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 40).Select(i =>
            hosts[i % 2].GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(org.IdOf(TestOrg.Peer), points: 7), clients[i % 2])));

        var accepted = attempts.Count(attempt => attempt.Body["errors"] is null);
        Assert.Equal(14, accepted);
        Assert.All(attempts.Where(attempt => attempt.Body["errors"] is not null), attempt => Assert.Equal("ALLOWANCE_EXCEEDED", attempt.FirstErrorCode));
        Assert.Equal(98L, await database.ScalarAsync<long>("SELECT sum(points * recipient_count) FROM kudos"));
        Assert.Equal(98L, await database.ScalarAsync<long>("SELECT sum(points) FROM kudos_recipients"));
        Assert.Equal(2L, await database.ScalarAsync<long>("SELECT count(*) FROM orleansmembershiptable WHERE status = 3"));
    }
}
