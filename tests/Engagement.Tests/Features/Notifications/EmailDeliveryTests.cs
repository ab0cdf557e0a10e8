using Engagement.Features.Notifications;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Notifications;

/// <summary>E-mail at least once: what a host that died mid-send or a failed send leaves behind is sent again, once, with the same Message-ID.</summary>
[Collection(HostCollection.Name)]
public sealed class EmailDeliveryTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private TestOrg _org = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        _org = await TestOrg.SeedAsync(_host, _database);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
        if (Directory.Exists(_host.MailPickupDirectory))
        {
            Directory.Delete(_host.MailPickupDirectory, recursive: true);
        }
    }

    /// <summary>A kudos to someone, which notifies them; returns the notification's id.</summary>
    private async Task<Guid> NotifyAsync(string recipient)
    {
        (await _host.GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(_org.IdOf(recipient), points: 0), await _host.SignedInAsync(TestOrg.Employee))).DataOrThrow();
        return await _database.ScalarAsync<Guid>($"SELECT id FROM notifications WHERE recipient_id = '{_org.IdOf(recipient)}' ORDER BY created_at DESC LIMIT 1");
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private string[] MessagesFor(Guid notification) =>
        Directory.Exists(_host.MailPickupDirectory)
            ? [.. Directory.GetFiles(_host.MailPickupDirectory, "*.eml").Select(File.ReadAllText).Where(text => text.Contains($"<{notification}@engagement>"))]
            : [];

    private Task RunTwiceAtOnceAsync()
    {
        var job = _host.Services.GetRequiredService<NotificationEmailJob>();
        return Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_claim_its_host_never_finished_is_sent_again_once_the_lease_is_over_and_a_fresh_one_is_not()
    {
        var abandoned = await NotifyAsync(TestOrg.Peer);
        var inFlight = await NotifyAsync(TestOrg.TheirManager);
        // Two hosts claimed these and died before sending: one long ago, one a moment ago.
        await ExecuteAsync($"""
            INSERT INTO notification_emails (notification_id, status, claimed_at) VALUES
                ('{abandoned}', 'SENDING', now() - interval '{NotificationEmailJob.SendLease.TotalMinutes + 1} minutes'),
                ('{inFlight}', 'SENDING', now() - interval '1 minute')
            """);

        await RunTwiceAtOnceAsync();

        Assert.Single(MessagesFor(abandoned));
        Assert.Empty(MessagesFor(inFlight));
        Assert.Equal("SENT", await _database.ScalarAsync<string>($"SELECT status FROM notification_emails WHERE notification_id = '{abandoned}'"));
        Assert.Equal(2, await _database.ScalarAsync<int>($"SELECT attempts FROM notification_emails WHERE notification_id = '{abandoned}'"));
        Assert.Contains($"Message-Id: <{abandoned}@engagement>", MessagesFor(abandoned)[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_failed_send_is_tried_again_until_it_has_had_its_attempts()
    {
        var failedOnce = await NotifyAsync(TestOrg.Peer);
        var failedForGood = await NotifyAsync(TestOrg.TheirManager);
        await ExecuteAsync($"""
            INSERT INTO notification_emails (notification_id, status, claimed_at, attempts, error) VALUES
                ('{failedOnce}', 'FAILED', now() - interval '2 minutes', 1, '451 try later'),
                ('{failedForGood}', 'FAILED', now() - interval '1 hour', {NotificationEmailJob.MaxAttempts}, '550 no such mailbox')
            """);

        await RunTwiceAtOnceAsync();

        Assert.Single(MessagesFor(failedOnce));
        Assert.Empty(MessagesFor(failedForGood));
        Assert.Equal("FAILED", await _database.ScalarAsync<string>($"SELECT status FROM notification_emails WHERE notification_id = '{failedForGood}'"));
    }
}
