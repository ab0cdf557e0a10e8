using System.Text.Json.Nodes;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.OneOnOnes;

/// <summary>Each test uses its own manager–report pairs of the shared organisation, since a pair has one series.</summary>
[Collection(HostCollection.Name)]
public sealed class OneOnOneTests(HostFixture fixture)
{
    private const string Schedule = """
        mutation ($reportId: ID!, $input: OneOnOneScheduleInput!) {
          scheduleOneOnOne(reportId: $reportId, input: $input) { id timeZone cadence nextMeeting { id startsAt } }
        }
        """;

    private const string MeetingFields = """
        id status startsAt endsAt moved sharedNotes sharedNotesVersion myPrivateNote
        agenda { id text author { id } discussed carriedOver fromCheckIn }
        actionItems { id text owner { id } done carriedOver }
        series { nextMeeting { id } }
        """;

    private TestHost Host => fixture.Host;

    /// <summary>Weekly on tomorrow's weekday at 10:00 Paris time: the first meeting is tomorrow, whatever day the tests run.</summary>
    public static object Weekly(string? timeZone = "Europe/Paris", string localTime = "10:00")
    {
        var tomorrow = DateTime.UtcNow.AddDays(1);
        return new { cadence = "WEEKLY", weekday = tomorrow.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)tomorrow.DayOfWeek, localTime, timeZone, durationMinutes = 30 };
    }

    private async Task<JsonNode> ScheduleAsync(string manager, string report, object? input = null) =>
        (await Host.GraphQLAsync(Schedule, new { reportId = fixture.Org.IdOf(report), input = input ?? Weekly() }, await fixture.ClientOfAsync(manager)))
            .DataOrThrow()["scheduleOneOnOne"]!;

    private async Task<GraphQLResponse> MeetingAsync(string who, string meetingId) =>
        await Host.GraphQLAsync($"query ($id: ID!) {{ oneOnOneMeeting(id: $id) {{ {MeetingFields} }} }}", new { id = meetingId }, await fixture.ClientOfAsync(who));

    private async Task<GraphQLResponse> OnMeetingAsync(string who, string mutation, string arguments, object variables) =>
        await Host.GraphQLAsync($"mutation ($meetingId: ID!{arguments}) {{ {mutation} {{ {MeetingFields} }} }}", variables, await fixture.ClientOfAsync(who));

    private static JsonNode Data(GraphQLResponse response, string field) => response.DataOrThrow()[field]!;

    [Fact]
    public async Task Manager_and_report_prepare_an_agenda_together_and_what_is_left_open_carries_over()
    {
        var series = await ScheduleAsync(TestOrg.TheirManager, TestOrg.Employee);
        var meetingId = series["nextMeeting"]!["id"]!.GetValue<string>();

        await OnMeetingAsync(TestOrg.TheirManager, "addAgendaItem(meetingId: $meetingId, text: $text)", ", $text: String!", new { meetingId, text = "Rota for December" });
        var withBoth = Data(await OnMeetingAsync(TestOrg.Employee, "addAgendaItem(meetingId: $meetingId, text: $text)", ", $text: String!",
            new { meetingId, text = "Training budget" }), "addAgendaItem");
        var items = withBoth["agenda"]!.AsArray().Select(item => item!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["Rota for December", "Training budget"], withBoth["agenda"]!.AsArray().Select(item => item!["text"]!.GetValue<string>()));

        var reordered = Data(await OnMeetingAsync(TestOrg.Employee, "reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)", ", $itemIds: [ID!]!",
            new { meetingId, itemIds = new[] { items[1], items[0] } }), "reorderAgenda");
        Assert.Equal(["Training budget", "Rota for December"],
            Data(await MeetingAsync(TestOrg.TheirManager, meetingId), "oneOnOneMeeting")["agenda"]!.AsArray().Select(item => item!["text"]!.GetValue<string>()));
        Assert.Equal("INVALID_ARGUMENT", (await OnMeetingAsync(TestOrg.Employee, "reorderAgenda(meetingId: $meetingId, itemIds: $itemIds)", ", $itemIds: [ID!]!",
            new { meetingId, itemIds = new[] { items[1] } })).FirstErrorCode);

        await OnMeetingAsync(TestOrg.TheirManager, "setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: true)", ", $itemId: ID!",
            new { meetingId, itemId = items[0] });
        var action = Data(await OnMeetingAsync(TestOrg.TheirManager, "addActionItem(meetingId: $meetingId, input: $input)", ", $input: ActionItemInput!",
            new { meetingId, input = new { text = "Send the rota draft", ownerId = fixture.Org.IdOf(TestOrg.Employee), dueOn = DateTime.UtcNow.AddDays(5).ToString("yyyy-MM-dd") } }),
            "addActionItem")["actionItems"]!.AsArray().Single()!;
        Assert.Equal("INVALID_ARGUMENT", (await OnMeetingAsync(TestOrg.TheirManager, "addActionItem(meetingId: $meetingId, input: $input)", ", $input: ActionItemInput!",
            new { meetingId, input = new { text = "Someone else's job", ownerId = fixture.Org.IdOf(TestOrg.Peer) } })).FirstErrorCode);

        var held = Data(await OnMeetingAsync(TestOrg.Employee, "markOneOnOneHeld(meetingId: $meetingId)", "", new { meetingId }), "markOneOnOneHeld");
        Assert.Equal("HELD", held["status"]!.GetValue<string>());
        Assert.Equal(["Rota for December"], held["agenda"]!.AsArray().Select(item => item!["text"]!.GetValue<string>()));
        Assert.Equal("MEETING_CLOSED", (await OnMeetingAsync(TestOrg.Employee, "addAgendaItem(meetingId: $meetingId, text: $text)", ", $text: String!",
            new { meetingId, text = "Too late" })).FirstErrorCode);

        var nextId = held["series"]!["nextMeeting"]!["id"]!.GetValue<string>();
        Assert.NotEqual(meetingId, nextId);
        var next = Data(await MeetingAsync(TestOrg.Employee, nextId), "oneOnOneMeeting");
        var carried = next["agenda"]!.AsArray().Single()!;
        Assert.Equal("Training budget", carried["text"]!.GetValue<string>());
        Assert.True(carried["carriedOver"]!.GetValue<bool>());
        var carriedAction = next["actionItems"]!.AsArray().Single()!;
        Assert.Equal(action["id"]!.GetValue<string>(), carriedAction["id"]!.GetValue<string>());
        Assert.True(carriedAction["carriedOver"]!.GetValue<bool>());

        // Done in the next meeting, it closes with that one and is no longer carried.
        await OnMeetingAsync(TestOrg.Employee, "setActionItemDone(meetingId: $meetingId, itemId: $itemId, done: true)", ", $itemId: ID!",
            new { meetingId = nextId, itemId = carriedAction["id"]!.GetValue<string>() });
        var after = Data(await OnMeetingAsync(TestOrg.TheirManager, "markOneOnOneHeld(meetingId: $meetingId)", "", new { meetingId = nextId }), "markOneOnOneHeld");
        var third = Data(await MeetingAsync(TestOrg.TheirManager, after["series"]!["nextMeeting"]!["id"]!.GetValue<string>()), "oneOnOneMeeting");
        Assert.Empty(third["actionItems"]!.AsArray());
    }

    [Fact]
    public async Task Private_notes_stay_with_their_writer_and_outsiders_see_nothing_of_a_series()
    {
        var series = await ScheduleAsync(TestOrg.AnotherManager, TestOrg.Locked);
        var meetingId = series["nextMeeting"]!["id"]!.GetValue<string>();
        const string secret = "Thinking about a promotion for Lou";

        var mine = Data(await OnMeetingAsync(TestOrg.AnotherManager, "savePrivateNote(meetingId: $meetingId, text: $text)", ", $text: String!",
            new { meetingId, text = secret }), "savePrivateNote");
        Assert.Equal(secret, mine["myPrivateNote"]!.GetValue<string>());

        var theirs = await MeetingAsync(TestOrg.Locked, meetingId);
        Assert.Equal("", Data(theirs, "oneOnOneMeeting")["myPrivateNote"]!.GetValue<string>());
        Assert.DoesNotContain(secret, theirs.Body.ToJsonString());
        foreach (var outsider in new[] { TestOrg.HrAdmin, TestOrg.Chief, TestOrg.Peer })
        {
            var response = await MeetingAsync(outsider, meetingId);
            Assert.Equal("NOT_FOUND", response.FirstErrorCode);
            Assert.DoesNotContain(secret, response.Body.ToJsonString());
            Assert.Equal("NOT_FOUND", (await OnMeetingAsync(outsider, "savePrivateNote(meetingId: $meetingId, text: $text)", ", $text: String!",
                new { meetingId, text = "mine now" })).FirstErrorCode);
        }

        Assert.Equal(secret, await fixture.Database.ScalarAsync<string>("SELECT text FROM one_on_one_private_notes"
            + $" WHERE author_id = '{fixture.Org.IdOf(TestOrg.AnotherManager)}'"));
    }

    [Fact]
    public async Task Shared_notes_saved_from_a_stale_version_are_refused_and_nothing_is_lost()
    {
        var series = await ScheduleAsync(TestOrg.Chief, TestOrg.TheirManager, Weekly(localTime: "15:00"));
        var meetingId = series["nextMeeting"]!["id"]!.GetValue<string>();
        var save = "saveSharedNotes(meetingId: $meetingId, text: $text, version: $version)";
        const string arguments = ", $text: String!, $version: Int!";

        var first = Data(await OnMeetingAsync(TestOrg.Chief, save, arguments, new { meetingId, text = "Chief's notes", version = 0 }), "saveSharedNotes");
        var stale = await OnMeetingAsync(TestOrg.TheirManager, save, arguments, new { meetingId, text = "Mona's notes", version = 0 });

        Assert.Equal(1, first["sharedNotesVersion"]!.GetValue<int>());
        Assert.Equal("NOTES_CHANGED", stale.FirstErrorCode);
        Assert.Equal("Chief's notes", Data(await MeetingAsync(TestOrg.TheirManager, meetingId), "oneOnOneMeeting")["sharedNotes"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_move_onto_another_1on1_of_either_person_is_refused_and_a_free_slot_is_taken()
    {
        var withOtto = await ScheduleAsync(TestOrg.AnotherManager, TestOrg.OtherTeam, Weekly(localTime: "09:00"));
        var withSam = await ScheduleAsync(TestOrg.AnotherManager, TestOrg.Spare, Weekly(localTime: "11:00"));
        var samMeeting = withSam["nextMeeting"]!["id"]!.GetValue<string>();
        var ottoStart = DateTimeOffset.Parse(withOtto["nextMeeting"]!["startsAt"]!.GetValue<string>());
        const string move = "moveOneOnOne(meetingId: $meetingId, startsAt: $startsAt)";

        var clash = await OnMeetingAsync(TestOrg.AnotherManager, move, ", $startsAt: DateTime!", new { meetingId = samMeeting, startsAt = ottoStart.AddMinutes(15) });
        var pastTime = await OnMeetingAsync(TestOrg.AnotherManager, move, ", $startsAt: DateTime!", new { meetingId = samMeeting, startsAt = DateTimeOffset.UtcNow.AddHours(-1) });
        var byReport = await OnMeetingAsync(TestOrg.Spare, move, ", $startsAt: DateTime!", new { meetingId = samMeeting, startsAt = ottoStart.AddHours(4) });
        var beyondNext = await OnMeetingAsync(TestOrg.AnotherManager, move, ", $startsAt: DateTime!", new { meetingId = samMeeting, startsAt = ottoStart.AddDays(8) });
        var moved = Data(await OnMeetingAsync(TestOrg.AnotherManager, move, ", $startsAt: DateTime!", new { meetingId = samMeeting, startsAt = ottoStart.AddHours(4) }),
            "moveOneOnOne");

        Assert.Equal("MEETING_OVERLAP", clash.FirstErrorCode);
        Assert.Contains("Otto Other", clash.FirstErrorMessage);
        Assert.Equal("INVALID_ARGUMENT", pastTime.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byReport.FirstErrorCode);
        Assert.Equal("MEETING_OVERLAP", beyondNext.FirstErrorCode);
        Assert.True(moved["moved"]!.GetValue<bool>());
        Assert.Equal(ottoStart.AddHours(4), DateTimeOffset.Parse(moved["startsAt"]!.GetValue<string>()));
        Assert.Equal(samMeeting, moved["id"]!.GetValue<string>());

        var skipped = Data(await OnMeetingAsync(TestOrg.AnotherManager, "skipOneOnOne(meetingId: $meetingId)", "", new { meetingId = samMeeting }), "skipOneOnOne");
        Assert.Equal("SKIPPED", skipped["status"]!.GetValue<string>());
        Assert.NotEqual(samMeeting, skipped["series"]!["nextMeeting"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Bad_schedules_and_wrong_people_get_clear_errors()
    {
        var spare = await Host.SignedInAsync(TestOrg.Spare);
        async Task<string?> Try(string who, string report, object input) =>
            (await Host.GraphQLAsync(Schedule, new { reportId = fixture.Org.IdOf(report), input }, await fixture.ClientOfAsync(who))).FirstErrorCode;

        Assert.Equal("TIME_ZONE_UNKNOWN", await Try(TestOrg.Chief, TestOrg.HrAdmin, Weekly(timeZone: "Moon/Base")));
        Assert.Equal("INVALID_ARGUMENT", await Try(TestOrg.Chief, TestOrg.HrAdmin, new { cadence = "WEEKLY", weekday = 9, localTime = "10:00", durationMinutes = 30 }));
        Assert.Equal("INVALID_ARGUMENT", await Try(TestOrg.Chief, TestOrg.HrAdmin, new { cadence = "WEEKLY", weekday = 2, localTime = "10:00", durationMinutes = 30, startsOn = "2020-01-01" }));
        Assert.Equal("FORBIDDEN", await Try(TestOrg.Peer, TestOrg.HrAdmin, Weekly()));
        var invalidCadence = await Host.GraphQLAsync(Schedule, new { reportId = fixture.Org.IdOf(TestOrg.HrAdmin), input = new { cadence = "DAILY", weekday = 1, localTime = "10:00" } }, spare);
        Assert.NotNull(invalidCadence.FirstErrorMessage);

        // The calendar test may have scheduled this pair already; a second schedule is refused either way.
        Assert.Contains(await Try(TestOrg.Chief, TestOrg.HrAdmin, Weekly(timeZone: null)), new[] { null, "ALREADY_SCHEDULED" });
        Assert.Equal("ALREADY_SCHEDULED", await Try(TestOrg.Chief, TestOrg.HrAdmin, Weekly()));
        var series = (await Host.GraphQLAsync("{ myOneOnOnes { series { id timeZone report { id } } } }", client: await fixture.ClientOfAsync(TestOrg.HrAdmin)))
            .DataOrThrow()["myOneOnOnes"]!["series"]!.AsArray().Single()!;
        Assert.Equal("Europe/Paris", series["timeZone"]!.GetValue<string>());
        Assert.Equal("NOT_FOUND", (await MeetingAsync(TestOrg.Chief, "nonsense")).FirstErrorCode);
        Assert.Equal("NOT_FOUND", (await MeetingAsync(TestOrg.Chief, $"{series["id"]!.GetValue<string>()}:2020-01-01")).FirstErrorCode);
    }

    [Fact]
    public async Task A_check_in_blocker_lands_on_the_next_1on1_agenda_once_and_follows_its_edits()
    {
        var series = await ScheduleAsync(TestOrg.TheirManager, TestOrg.Peer);
        var meetingId = series["nextMeeting"]!["id"]!.GetValue<string>();
        const string submit = "mutation ($input: CheckInInput!) { submitCheckIn(input: $input) { id } }";
        var peer = await fixture.ClientOfAsync(TestOrg.Peer);

        (await Host.GraphQLAsync(submit, new { input = new { mood = 2, wins = "", blockers = "No access to the stock system", priorities = "" } }, peer)).DataOrThrow();
        (await Host.GraphQLAsync(submit, new { input = new { mood = 2, wins = "", blockers = "No access to the stock system since Monday", priorities = "" } }, peer)).DataOrThrow();

        var agenda = Data(await MeetingAsync(TestOrg.TheirManager, meetingId), "oneOnOneMeeting")["agenda"]!.AsArray();
        var item = Assert.Single(agenda)!;
        Assert.True(item["fromCheckIn"]!.GetValue<bool>());
        Assert.Contains("since Monday", item["text"]!.GetValue<string>());
        Assert.Equal(fixture.Org.IdOf(TestOrg.Peer).ToString(), item["author"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_manager_overview_lists_every_direct_report_and_nobody_else()
    {
        var overview = (await Host.GraphQLAsync("{ myReportsOneOnOnes { report { id } overdue series { id } } }", client: await fixture.ClientOfAsync(TestOrg.AnotherManager)))
            .DataOrThrow()["myReportsOneOnOnes"]!.AsArray();

        Assert.Equal(new[] { TestOrg.OtherTeam, TestOrg.Spare, TestOrg.Locked }.Select(email => fixture.Org.IdOf(email).ToString()).Order(),
            overview.Select(row => row!["report"]!["id"]!.GetValue<string>()).Order());
        Assert.All(overview, row => Assert.False(row!["overdue"]!.GetValue<bool>()));
        Assert.Equal("[]", (await Host.GraphQLAsync("{ myReportsOneOnOnes { report { id } } }", client: await fixture.ClientOfAsync(TestOrg.Employee)))
            .DataOrThrow()["myReportsOneOnOnes"]!.ToJsonString());
    }

    [Fact]
    public async Task A_new_schedule_moves_open_agenda_items_to_its_first_meeting()
    {
        var series = await ScheduleAsync(TestOrg.Chief, TestOrg.AnotherManager, Weekly(localTime: "08:00"));
        var meetingId = series["nextMeeting"]!["id"]!.GetValue<string>();
        await OnMeetingAsync(TestOrg.AnotherManager, "addAgendaItem(meetingId: $meetingId, text: $text)", ", $text: String!", new { meetingId, text = "Hiring plan" });
        var inThreeDays = DateTime.UtcNow.AddDays(3);
        var input = new { cadence = "BIWEEKLY", weekday = inThreeDays.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)inThreeDays.DayOfWeek, localTime = "14:00",
            timeZone = "America/New_York", durationMinutes = 45 };
        const string update = """
            mutation ($seriesId: ID!, $input: OneOnOneScheduleInput!) {
              updateOneOnOneSchedule(seriesId: $seriesId, input: $input) { cadence timeZone durationMinutes nextMeeting { id agenda { text } } }
            }
            """;

        var byReport = await Host.GraphQLAsync(update, new { seriesId = series["id"]!.GetValue<string>(), input }, await fixture.ClientOfAsync(TestOrg.AnotherManager));
        var updated = (await Host.GraphQLAsync(update, new { seriesId = series["id"]!.GetValue<string>(), input }, await fixture.ClientOfAsync(TestOrg.Chief)))
            .DataOrThrow()["updateOneOnOneSchedule"]!;

        Assert.Equal("FORBIDDEN", byReport.FirstErrorCode);
        Assert.Equal("BIWEEKLY", updated["cadence"]!.GetValue<string>());
        Assert.Equal("America/New_York", updated["timeZone"]!.GetValue<string>());
        Assert.NotEqual(meetingId, updated["nextMeeting"]!["id"]!.GetValue<string>());
        Assert.Equal("Hiring plan", updated["nextMeeting"]!["agenda"]!.AsArray().Single()!["text"]!.GetValue<string>());
    }
}
