using System.Text.Json.Nodes;
using Engagement.Features.People;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.OneOnOnes;

/// <summary>A series follows the reporting line and keeps every private note; each test changes the organisation, so it has a host of its own.</summary>
[Collection(HostCollection.Name)]
public sealed class OneOnOneAccessTests : IAsyncLifetime
{
    private const string Meeting = "query ($id: ID!) { oneOnOneMeeting(id: $id) { id status myPrivateNote agenda { text } } }";
    private const string AddAgendaItem = "mutation ($meetingId: ID!, $text: String!) { addAgendaItem(meetingId: $meetingId, text: $text) { id } }";
    private const string SavePrivateNote = "mutation ($meetingId: ID!, $text: String!) { savePrivateNote(meetingId: $meetingId, text: $text) { id } }";

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private TestOrg _org = null!;
    private HttpClient _manager = null!;
    private HttpClient _report = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        _org = await TestOrg.SeedAsync(_host, _database);
        _manager = await _host.SignedInAsync(TestOrg.TheirManager);
        _report = await _host.SignedInAsync(TestOrg.Employee);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<(string SeriesId, string MeetingId)> ScheduleAsync()
    {
        var series = (await _host.GraphQLAsync("""
            mutation ($reportId: ID!, $input: OneOnOneScheduleInput!) { scheduleOneOnOne(reportId: $reportId, input: $input) { id nextMeeting { id } } }
            """, new { reportId = _org.IdOf(TestOrg.Employee), input = OneOnOneTests.Weekly() }, _manager)).DataOrThrow()["scheduleOneOnOne"]!;
        return (series["id"]!.GetValue<string>(), series["nextMeeting"]!["id"]!.GetValue<string>());
    }

    private async Task<JsonNode> AsAsync(HttpClient who, string query, object variables) => (await _host.GraphQLAsync(query, variables, who)).DataOrThrow();

    [Fact]
    public async Task When_a_report_moves_to_another_manager_the_former_one_loses_the_series_at_once_and_the_report_keeps_its_history()
    {
        var (_, meetingId) = await ScheduleAsync();
        var item = (await AsAsync(_manager, "mutation ($meetingId: ID!) { addAgendaItem(meetingId: $meetingId, text: \"Before the move\") { agenda { id } } }",
            new { meetingId }))["addAgendaItem"]!["agenda"]![0]!["id"]!.GetValue<string>();
        await AsAsync(_manager, "mutation ($meetingId: ID!, $itemId: ID!) { setAgendaItemDiscussed(meetingId: $meetingId, itemId: $itemId, discussed: true) { id } }",
            new { meetingId, itemId = item });
        var next = (await AsAsync(_report, "mutation ($meetingId: ID!) { markOneOnOneHeld(meetingId: $meetingId) { series { nextMeeting { id } } } }", new { meetingId }))
            ["markOneOnOneHeld"]!["series"]!["nextMeeting"]!["id"]!.GetValue<string>();
        await AsAsync(_report, AddAgendaItem, new { meetingId = next, text = "Said to the former manager after the move" });

        var moved = TestOrg.People.Select(person => person.Email == TestOrg.Employee ? person with { ManagerEmail = TestOrg.AnotherManager } : person).ToList();
        await _host.Services.GetRequiredService<Organisation>().ApplyAsync(moved, _ => Task.CompletedTask, CancellationToken.None);

        var formerReadsHeld = await _host.GraphQLAsync(Meeting, new { id = meetingId }, _manager);
        var formerReadsNext = await _host.GraphQLAsync(Meeting, new { id = next }, _manager);
        var formerWrites = await _host.GraphQLAsync(AddAgendaItem, new { meetingId = next, text = "Still here?" }, _manager);
        var formerList = (await AsAsync(_manager, "{ myOneOnOnes { series { id } upcoming { id } past { id } } }", new { }))["myOneOnOnes"]!;
        var reportReadsHeld = (await AsAsync(_report, Meeting, new { id = meetingId }))["oneOnOneMeeting"]!;
        var reportList = (await AsAsync(_report, "{ myOneOnOnes { series { id } upcoming { id } past { id status } } }", new { }))["myOneOnOnes"]!;
        var reportWrites = await _host.GraphQLAsync(AddAgendaItem, new { meetingId = next, text = "To nobody" }, _report);

        Assert.Equal("NOT_FOUND", formerReadsHeld.FirstErrorCode);
        Assert.Equal("NOT_FOUND", formerReadsNext.FirstErrorCode);
        Assert.DoesNotContain("after the move", formerReadsNext.Body.ToJsonString());
        Assert.Equal("NOT_FOUND", formerWrites.FirstErrorCode);
        Assert.Empty(formerList["series"]!.AsArray());
        Assert.Empty(formerList["upcoming"]!.AsArray());
        Assert.Empty(formerList["past"]!.AsArray());
        Assert.Equal(["Before the move"], reportReadsHeld["agenda"]!.AsArray().Select(item => item!["text"]!.GetValue<string>()));
        Assert.Empty(reportList["series"]!.AsArray());
        Assert.Empty(reportList["upcoming"]!.AsArray());
        Assert.Equal([meetingId], reportList["past"]!.AsArray().Select(meeting => meeting!["id"]!.GetValue<string>()));
        Assert.Equal("NOT_FOUND", reportWrites.FirstErrorCode);
    }

    [Fact]
    public async Task A_new_schedule_keeps_every_private_note_and_gathers_them_on_its_first_meeting()
    {
        var (seriesId, meetingId) = await ScheduleAsync();
        var date = DateOnly.Parse(meetingId.Split(':')[1]);
        var following = $"{seriesId}:{date.AddDays(7):yyyy-MM-dd}";
        await AsAsync(_report, SavePrivateNote, new { meetingId, text = "Ask about the training budget" });
        await AsAsync(_report, SavePrivateNote, new { meetingId = following, text = "Mention the move to days" });
        await AsAsync(_manager, SavePrivateNote, new { meetingId = following, text = "Think about Ezra's promotion" });
        var inThreeDays = DateTime.UtcNow.AddDays(3);

        var first = (await AsAsync(_manager, """
            mutation ($seriesId: ID!, $input: OneOnOneScheduleInput!) { updateOneOnOneSchedule(seriesId: $seriesId, input: $input) { nextMeeting { id } } }
            """, new
        {
            seriesId,
            input = new { cadence = "WEEKLY", weekday = inThreeDays.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)inThreeDays.DayOfWeek, localTime = "15:00", timeZone = "Europe/Paris", durationMinutes = 30 },
        }))["updateOneOnOneSchedule"]!["nextMeeting"]!["id"]!.GetValue<string>();
        var reportsNote = (await AsAsync(_report, Meeting, new { id = first }))["oneOnOneMeeting"]!["myPrivateNote"]!.GetValue<string>();
        var managersNote = (await AsAsync(_manager, Meeting, new { id = first }))["oneOnOneMeeting"]!["myPrivateNote"]!.GetValue<string>();

        Assert.Equal($"Ask about the training budget\n\nFrom the 1:1 planned for {date.AddDays(7):d MMMM yyyy}:\nMention the move to days", reportsNote);
        Assert.Equal($"From the 1:1 planned for {date.AddDays(7):d MMMM yyyy}:\nThink about Ezra's promotion", managersNote);
        Assert.Equal(2L, await _database.ScalarAsync<long>("SELECT count(*) FROM one_on_one_private_notes"));
    }
}
