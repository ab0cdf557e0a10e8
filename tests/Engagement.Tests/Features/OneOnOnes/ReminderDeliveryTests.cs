using Engagement.Features.Feedback;
using Engagement.Features.Notifications;
using Engagement.Features.OneOnOnes;
using Engagement.Tests.Support;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.OneOnOnes;

/// <summary>Reminders, prompts and their e-mails against hosts of their own, so every notification counted here is theirs.</summary>
[Collection(HostCollection.Name)]
public sealed class ReminderDeliveryTests
{
    private const string Schedule = """
        mutation ($reportId: ID!, $input: OneOnOneScheduleInput!) { scheduleOneOnOne(reportId: $reportId, input: $input) { id nextMeeting { id startsAt } } }
        """;

    private static async Task<string> ScheduleSoonAsync(TestHost host, TestOrg org, TimeSpan startsIn)
    {
        var manager = await host.SignedInAsync(TestOrg.TheirManager);
        var meetingId = (await host.GraphQLAsync(Schedule, new { reportId = org.IdOf(TestOrg.Employee), input = OneOnOneTests.Weekly() }, manager))
            .DataOrThrow()["scheduleOneOnOne"]!["nextMeeting"]!["id"]!.GetValue<string>();
        (await host.GraphQLAsync("mutation ($meetingId: ID!, $startsAt: DateTime!) { moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt) { id } }",
            new { meetingId, startsAt = DateTimeOffset.UtcNow.Add(startsIn) }, manager)).DataOrThrow();
        return meetingId;
    }

    [Fact]
    public async Task Two_hangfire_servers_and_forced_reruns_send_each_reminder_and_its_email_exactly_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        var mail = Path.Combine(Path.GetTempPath(), $"engagement-shared-mail-{Guid.NewGuid():N}");
        var settings = new Dictionary<string, string?> { ["Jobs:Recurring"] = "true", ["Email:PickupDirectory"] = mail };
        await using var first = new TestHost(database.Url, settings);
        await using var second = new TestHost(database.Url, settings);
        var org = await TestOrg.SeedAsync(first, database);
        var meetingId = await ScheduleSoonAsync(first, org, TimeSpan.FromMinutes(30));

        // Each host's Hangfire server picks jobs from the one queue: the recurring jobs triggered by hand on both,
        // and the same jobs enqueued again and again as a retry would.
        var jobIds = new List<string>();
        foreach (var host in new[] { first, second })
        {
            var recurring = host.Services.GetRequiredService<IRecurringJobManager>();
            var client = host.Services.GetRequiredService<IBackgroundJobClient>();
            recurring.Trigger("one-on-one-reminders");
            recurring.Trigger("notification-emails");
            for (var run = 0; run < 3; run++)
            {
                jobIds.Add(client.Enqueue<OneOnOneReminderJob>(job => job.RunAsync(CancellationToken.None)));
                jobIds.Add(client.Enqueue<NotificationEmailJob>(job => job.RunAsync(CancellationToken.None)));
            }
        }

        await WaitUntilAsync(async () => await database.ScalarAsync<long>(
            $"SELECT count(*) FROM hangfire.job WHERE id IN ({string.Join(',', jobIds)}) AND statename = 'Succeeded'") == jobIds.Count);
        // And straight calls racing on both hosts at once, the emails after the reminders they send.
        await Task.WhenAll(new[] { first, second }.Select(host => host.Services.GetRequiredService<OneOnOneReminderJob>().RunAsync(CancellationToken.None)));
        await Task.WhenAll(new[] { first, second }.SelectMany(host => Enumerable.Repeat(host, 2))
            .Select(host => host.Services.GetRequiredService<NotificationEmailJob>().RunAsync(CancellationToken.None)));

        var reminders = await database.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'one-on-one-reminder'");
        var prompts = await database.ScalarAsync<long>("SELECT count(*) FROM notifications WHERE kind = 'one-on-one-agenda-prompt'");
        // Other recurring jobs may fire meanwhile (their cron minute may come): count only what the 1:1 jobs caused.
        var sent = await database.ScalarAsync<long>(
            "SELECT count(*) FROM notification_emails x JOIN notifications n ON n.id = x.notification_id WHERE x.status = 'SENT' AND n.kind LIKE 'one-on-one%'");
        Assert.Equal(2, reminders);
        Assert.Equal(2, prompts);
        Assert.Equal(1L, await database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE kind = 'one-on-one-reminder' AND recipient_id = '{org.IdOf(TestOrg.Employee)}' AND dedup_key LIKE '%:1h'"));
        Assert.Equal(4, sent);
        var files = Directory.GetFiles(mail, "*.eml").Select(File.ReadAllText).Where(text => text.Contains("X-Engagement-Notification: one-on-one")).ToList();
        Assert.Equal(4, files.Count);
        Assert.Contains(files, text => text.Contains("Subject: Your 1:1 with Mona Alpha starts in 30 minutes")
            && text.Contains($"/one-on-ones/meetings/{Uri.EscapeDataString(meetingId)}"));
    }

    [Fact]
    public async Task Reminders_follow_each_persons_lead_times_and_prompts_the_overdue_nudge_and_the_check_in_prompt_come_once()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        var org = await TestOrg.SeedAsync(host, database);
        (await host.GraphQLAsync("mutation { updateNotificationPreferences(input: { emailCategories: [], oneOnOneReminderHours: [48, 3] }) { oneOnOneReminderHours } }",
            client: await host.SignedInAsync(TestOrg.Employee))).DataOrThrow();
        var meetingId = await ScheduleSoonAsync(host, org, TimeSpan.FromHours(30));
        var start = await database.ScalarAsync<DateTime>("SELECT moved_to FROM one_on_one_meetings");
        var reminders = host.Services.GetRequiredService<OneOnOneReminderJob>();
        async Task<List<string>> KeysAsync(string kind)
        {
            var keys = new List<string>();
            await using var command = database.DataSource.CreateCommand($"SELECT dedup_key FROM notifications WHERE kind = '{kind}' ORDER BY created_at, dedup_key");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                keys.Add(reader.GetString(0));
            }

            return keys;
        }

        // 30 hours ahead: inside the employee's 48-hour lead and the agenda prompt's 2 days, outside the manager's 24 hours.
        Assert.Equal(3, await reminders.RunAtAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(0, await reminders.RunAtAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.EndsWith($"{org.IdOf(TestOrg.Employee)}:48h", Assert.Single(await KeysAsync("one-on-one-reminder")));
        Assert.Equal(2, (await KeysAsync("one-on-one-agenda-prompt")).Count);
        // Two and a half hours before: the manager's 24 hours and the employee's 3 hours have come, one reminder each.
        Assert.Equal(2, await reminders.RunAtAsync(new DateTimeOffset(start, TimeSpan.Zero).AddHours(-2.5), CancellationToken.None));
        Assert.Equal(3, (await KeysAsync("one-on-one-reminder")).Count);
        Assert.Contains((await KeysAsync("one-on-one-reminder")), key => key.StartsWith($"one-on-one-reminder:{meetingId}:") && key.EndsWith($"{org.IdOf(TestOrg.TheirManager)}:24h"));

        // No meeting held three weeks after the first one was due: one nudge to the manager, however often the job runs.
        var overdue = host.Services.GetRequiredService<OneOnOneOverdueJob>();
        var later = new DateTimeOffset(start, TimeSpan.Zero).AddDays(21);
        Assert.Equal(0, await overdue.RunAtAsync(DateTimeOffset.UtcNow, CancellationToken.None));
        Assert.Equal(1, await overdue.RunAtAsync(later, CancellationToken.None));
        Assert.Equal(0, await overdue.RunAtAsync(later.AddHours(5), CancellationToken.None));
        Assert.Equal(org.IdOf(TestOrg.TheirManager), await database.ScalarAsync<Guid>("SELECT recipient_id FROM notifications WHERE kind = 'one-on-one-overdue'"));

        // The weekly check-in prompt: everyone active, once per week, from Monday 9:00 company time.
        var prompts = host.Services.GetRequiredService<CheckInPromptJob>();
        var monday = new DateTimeOffset(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);
        Assert.Equal(0, await prompts.RunAtAsync(monday, CancellationToken.None));
        Assert.Equal(TestOrg.People.Count, await prompts.RunAtAsync(monday.AddHours(2), CancellationToken.None));
        Assert.Equal(0, await prompts.RunAtAsync(monday.AddDays(3), CancellationToken.None));
    }

    [Fact]
    public async Task Emails_go_over_smtp_to_those_who_want_them_and_are_skipped_for_the_rest()
    {
        await using var smtp = new SmtpSink();
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url, new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = "127.0.0.1", ["Email:SmtpPort"] = smtp.Port.ToString(), ["Email:PublicUrl"] = "https://engagement.example",
        });
        var org = await TestOrg.SeedAsync(host, database);
        (await host.GraphQLAsync("mutation { updateNotificationPreferences(input: { emailCategories: [IDEAS], oneOnOneReminderHours: [24] }) { oneOnOneReminderHours } }",
            client: await host.SignedInAsync(TestOrg.Peer))).DataOrThrow();
        var giver = await host.SignedInAsync(TestOrg.TheirManager);
        foreach (var recipient in new[] { TestOrg.Employee, TestOrg.Peer })
        {
            (await host.GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(org.IdOf(recipient), points: 0, message: "Thanks for the handover"), giver)).DataOrThrow();
        }

        await host.Services.GetRequiredService<NotificationEmailJob>().RunAsync(CancellationToken.None);

        var message = Assert.Single(smtp.Messages);
        Assert.Contains($"To: Ezra Employee <{TestOrg.Employee}>", message);
        Assert.Contains("Subject: Mona Alpha gave you kudos for Own it", message);
        Assert.Contains("https://engagement.example/recognition", message);
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM notification_emails WHERE status = 'SKIPPED'"));
        Assert.Equal(1L, await database.ScalarAsync<long>("SELECT count(*) FROM notification_emails WHERE status = 'SENT'"));
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Hangfire did not finish the jobs within a minute.");
            await Task.Delay(200);
        }
    }
}
