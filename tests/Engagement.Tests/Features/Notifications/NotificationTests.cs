using System.Net;
using System.Text.Json.Nodes;
using Engagement.Tests.Features.OneOnOnes;
using Engagement.Tests.Support;
using Ical.Net;

namespace Engagement.Tests.Features.Notifications;

[Collection(HostCollection.Name)]
public sealed class NotificationTests(HostFixture fixture)
{
    private const string Inbox = "query ($unreadOnly: Boolean) { notifications(first: 5, unreadOnly: $unreadOnly) { unreadCount hasMore items { id kind category title link read } } }";

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_new_notification_reaches_the_open_inbox_live_and_reading_it_elsewhere_clears_the_count()
    {
        var cookie = await Host.SessionCookieAsync(TestOrg.OtherTeam);
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(Host, cookie);
        await socket.SubscribeAsync("inbox", "subscription { notificationsChanged { unreadCount notification { kind title link read } } }");
        await socket.SendAsync(new JsonObject { ["type"] = "ping" });
        Assert.Equal("pong", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        (await Host.GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(fixture.Org.IdOf(TestOrg.OtherTeam), points: 0, message: "Great demo today"),
            await Host.SignedInAsync(TestOrg.Spare))).DataOrThrow();

        var pushed = (await socket.ReceiveAsync())["payload"]!["data"]!["notificationsChanged"]!;
        Assert.Equal("kudos-received", pushed["notification"]!["kind"]!.GetValue<string>());
        Assert.Equal("Sam Spare gave you kudos for Own it", pushed["notification"]!["title"]!.GetValue<string>());
        Assert.True(pushed["unreadCount"]!.GetValue<int>() >= 1);

        var reader = Host.NewClient(cookie);
        var page = (await Host.GraphQLAsync(Inbox, new { unreadOnly = true }, reader)).DataOrThrow()["notifications"]!;
        Assert.Equal("/recognition", page["items"]![0]!["link"]!.GetValue<string>());
        (await Host.GraphQLAsync("mutation { markAllNotificationsRead { unreadCount } }", client: reader)).DataOrThrow();

        var cleared = (await socket.ReceiveAsync())["payload"]!["data"]!["notificationsChanged"]!;
        Assert.Equal(0, cleared["unreadCount"]!.GetValue<int>());
        Assert.Null(cleared["notification"]);
        Assert.Empty((await Host.GraphQLAsync(Inbox, new { unreadOnly = true }, reader)).DataOrThrow()["notifications"]!["items"]!.AsArray());
    }

    [Fact]
    public async Task Nobody_reads_or_marks_another_persons_notifications()
    {
        (await Host.GraphQLAsync(KudosRequests.Give, KudosRequests.Kudos(fixture.Org.IdOf(TestOrg.Locked), points: 0), await Host.SignedInAsync(TestOrg.Spare)))
            .DataOrThrow();
        var theirs = (await Host.GraphQLAsync(Inbox, new { unreadOnly = true }, await fixture.ClientOfAsync(TestOrg.Locked))).DataOrThrow()["notifications"]!;
        var id = theirs["items"]![0]!["id"]!.GetValue<string>();

        (await Host.GraphQLAsync("mutation ($ids: [ID!]!) { markNotificationsRead(ids: $ids) { unreadCount } }", new { ids = new[] { id } },
            await fixture.ClientOfAsync(TestOrg.Peer))).DataOrThrow();

        Assert.True(await fixture.Database.ScalarAsync<bool>($"SELECT read_at IS NULL FROM notifications WHERE id = '{id}'"));
        Assert.Equal("UNAUTHENTICATED", (await Host.GraphQLAsync(Inbox, new { unreadOnly = false })).FirstErrorCode);
    }

    [Fact]
    public async Task Preferences_are_saved_per_person_and_impossible_reminders_are_refused()
    {
        const string update = """
            mutation ($input: NotificationPreferencesInput!) {
              updateNotificationPreferences(input: $input) { emailAddress categories { category email } oneOnOneReminderHours }
            }
            """;
        var peer = await fixture.ClientOfAsync(TestOrg.Peer);

        var saved = (await Host.GraphQLAsync(update, new { input = new { emailCategories = new[] { "ONE_ON_ONES", "FEEDBACK" }, oneOnOneReminderHours = new[] { 2, 48 } } }, peer))
            .DataOrThrow()["updateNotificationPreferences"]!;
        var tooMany = await Host.GraphQLAsync(update, new { input = new { emailCategories = Array.Empty<string>(), oneOnOneReminderHours = new[] { 1, 2, 3, 4, 5 } } }, peer);
        var tooLate = await Host.GraphQLAsync(update, new { input = new { emailCategories = Array.Empty<string>(), oneOnOneReminderHours = new[] { 200 } } }, peer);
        var someoneElse = (await Host.GraphQLAsync("{ notificationPreferences { emailAddress oneOnOneReminderHours categories { email } } }",
            client: await fixture.ClientOfAsync(TestOrg.Chief))).DataOrThrow()["notificationPreferences"]!;

        Assert.Equal(TestOrg.Peer, saved["emailAddress"]!.GetValue<string>());
        Assert.Equal([48, 2], saved["oneOnOneReminderHours"]!.AsArray().Select(hours => hours!.GetValue<int>()));
        Assert.Equal(["FEEDBACK", "ONE_ON_ONES"], saved["categories"]!.AsArray().Where(c => c!["email"]!.GetValue<bool>()).Select(c => c!["category"]!.GetValue<string>()));
        Assert.Equal("INVALID_ARGUMENT", tooMany.FirstErrorCode);
        Assert.Equal("INVALID_ARGUMENT", tooLate.FirstErrorCode);
        Assert.Equal([24, 1], someoneElse["oneOnOneReminderHours"]!.AsArray().Select(hours => hours!.GetValue<int>()));
        Assert.All(someoneElse["categories"]!.AsArray(), category => Assert.True(category!["email"]!.GetValue<bool>()));
    }

    [Fact]
    public async Task The_private_calendar_feed_is_valid_icalendar_with_each_1on1_and_stops_when_replaced()
    {
        var manager = await fixture.ClientOfAsync(TestOrg.Chief);
        // Another test may have scheduled this pair first; either way the chief has a series.
        await Host.GraphQLAsync("""
            mutation ($reportId: ID!, $input: OneOnOneScheduleInput!) { scheduleOneOnOne(reportId: $reportId, input: $input) { id } }
            """, new { reportId = fixture.Org.IdOf(TestOrg.HrAdmin), input = OneOnOneTests.Weekly(localTime: "17:00") }, manager);
        var next = (await Host.GraphQLAsync("{ myOneOnOnes { series { report { name } nextMeeting { id startsAt } } } }", client: manager))
            .DataOrThrow()["myOneOnOnes"]!["series"]!.AsArray();
        var url = (await Host.GraphQLAsync("mutation { resetCalendarFeed }", client: manager)).DataOrThrow()["resetCalendarFeed"]!.GetValue<string>();
        using var anonymous = new HttpClient();

        var response = await anonymous.GetAsync(url);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.NotEmpty(next);
        foreach (var series in next)
        {
            var meeting = Assert.Single(calendar.Events, e => e.Uid == $"{series!["nextMeeting"]!["id"]!.GetValue<string>()}@engagement");
            Assert.Equal($"1:1 with {series!["report"]!["name"]!.GetValue<string>()}", meeting.Summary);
            Assert.Equal(DateTimeOffset.Parse(series["nextMeeting"]!["startsAt"]!.GetValue<string>()).UtcDateTime, meeting.DtStart!.AsUtc);
            Assert.Equal(TimeSpan.FromMinutes(30), meeting.DtEnd!.AsUtc - meeting.DtStart.AsUtc);
        }

        var replaced = (await Host.GraphQLAsync("mutation { resetCalendarFeed }", client: manager)).DataOrThrow()["resetCalendarFeed"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(replaced)).StatusCode);
        var revoked = (await Host.GraphQLAsync("mutation { revokeCalendarFeed { calendarFeed { active } } }", client: manager)).DataOrThrow();
        Assert.False(revoked["revokeCalendarFeed"]!["calendarFeed"]!["active"]!.GetValue<bool>());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(replaced)).StatusCode);
    }
}
