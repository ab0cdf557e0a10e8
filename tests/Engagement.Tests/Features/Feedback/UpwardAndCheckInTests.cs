using Engagement.Features.Feedback;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Feedback;

[Collection(HostCollection.Name)]
public sealed class UpwardAndCheckInTests : IAsyncLifetime
{
    private const string SendUpward = "mutation ($text: String!) { sendUpwardFeedback(text: $text) { week threshold message } }";
    private const string Batches = "{ upwardFeedbackForMe { threshold batches { releasedWeek notes { text } } } }";

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
    }

    [Fact]
    public async Task Upward_notes_reach_the_manager_only_as_a_batch_of_three_with_no_trace_of_their_authors()
    {
        // Marc Beta manages Otto, Sam and Lou.
        var manager = await _host.SignedInAsync(TestOrg.AnotherManager);
        var authors = new[] { TestOrg.OtherTeam, TestOrg.Spare, TestOrg.Locked };
        var traces = authors.SelectMany(email => new[] { _org.IdOf(email).ToString(), email, TestOrg.People.Single(p => p.Email == email).Name }).ToList();
        var before = await DatabaseSnapshot.EveryRowAsync(_database);
        var logsBefore = _host.Logs.Lines.Count;

        foreach (var author in authors.Take(2))
        {
            (await _host.GraphQLAsync(SendUpward, new { text = $"Note from {author.Length} letters" }, await _host.SignedInAsync(author))).DataOrThrow();
        }

        var afterTwo = (await _host.GraphQLAsync(Batches, client: manager)).DataOrThrow()["upwardFeedbackForMe"]!;
        (await _host.GraphQLAsync(SendUpward, new { text = "Third note" }, await _host.SignedInAsync(authors[2]))).DataOrThrow();
        var afterThree = (await _host.GraphQLAsync(Batches, client: manager)).DataOrThrow()["upwardFeedbackForMe"]!;
        var otherManager = (await _host.GraphQLAsync(Batches, client: await _host.SignedInAsync(TestOrg.TheirManager))).DataOrThrow()["upwardFeedbackForMe"]!;

        Assert.Equal(3, afterTwo["threshold"]!.GetValue<int>());
        Assert.Empty(afterTwo["batches"]!.AsArray());
        Assert.Equal(3, afterThree["batches"]!.AsArray().Single()!["notes"]!.AsArray().Count);
        Assert.Empty(otherManager["batches"]!.AsArray());
        var newRows = (await DatabaseSnapshot.EveryRowAsync(_database)).Except(before).Where(row => !row.StartsWith("public.sessions")).ToList();
        foreach (var trace in traces)
        {
            Assert.DoesNotContain(newRows, row => row.Contains(trace, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(_host.Logs.Lines.Skip(logsBefore), line => line.Contains(trace, StringComparison.OrdinalIgnoreCase) && !line.Contains("signed in"));
            Assert.DoesNotContain(trace, afterThree.ToJsonString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task Someone_without_a_manager_cannot_send_upward_feedback()
    {
        var refused = await _host.GraphQLAsync(SendUpward, new { text = "Hello" }, await _host.SignedInAsync(TestOrg.Chief));

        Assert.Equal("NO_MANAGER", refused.FirstErrorCode);
    }

    [Fact]
    public async Task A_check_in_reaches_the_manager_who_replies_and_missing_people_are_listed()
    {
        var employee = await _host.SignedInAsync(TestOrg.Employee);
        var manager = await _host.SignedInAsync(TestOrg.TheirManager);
        var checkIn = (await _host.GraphQLAsync("""
            mutation { submitCheckIn(input: { mood: 4, wins: "Fixed the till", blockers: "Waiting on IT", priorities: "Stock count" }) { id week mood } }
            """, client: employee)).DataOrThrow()["submitCheckIn"]!;

        var team = (await _host.GraphQLAsync("{ teamCheckIns { checkIns { id blockers } missing { name } } }", client: manager)).DataOrThrow()["teamCheckIns"]!;
        var replied = (await _host.GraphQLAsync("mutation ($id: ID!) { replyToCheckIn(checkInId: $id, text: \"I'll chase IT\") { replies { text author { name } } } }",
            new { id = checkIn["id"]!.GetValue<string>() }, manager)).DataOrThrow()["replyToCheckIn"]!;
        var byPeer = await _host.GraphQLAsync("mutation ($id: ID!) { replyToCheckIn(checkInId: $id, text: \"Nosy\") { id } }",
            new { id = checkIn["id"]!.GetValue<string>() }, await _host.SignedInAsync(TestOrg.Peer));
        var mine = (await _host.GraphQLAsync("{ myCheckIn { mood replies { text } } }", client: employee)).DataOrThrow()["myCheckIn"]!;
        var badMood = await _host.GraphQLAsync("mutation { submitCheckIn(input: { mood: 6, wins: \"\", blockers: \"\", priorities: \"\" }) { id } }", client: employee);

        Assert.Equal("Waiting on IT", team["checkIns"]!.AsArray().Single()!["blockers"]!.GetValue<string>());
        Assert.Equal(["Pia Peer"], team["missing"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()));
        Assert.Equal("Mona Alpha", replied["replies"]![0]!["author"]!["name"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", byPeer.FirstErrorCode);
        Assert.Equal("I'll chase IT", mine["replies"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("MOOD_INVALID", badMood.FirstErrorCode);
    }

    [Fact]
    public async Task An_unanswered_blocker_is_raised_to_the_manager_once_however_often_the_job_runs()
    {
        (await _host.GraphQLAsync("mutation { submitCheckIn(input: { mood: 2, wins: \"\", blockers: \"No laptop\", priorities: \"\" }) { id } }",
            client: await _host.SignedInAsync(TestOrg.Employee))).DataOrThrow();
        await using (var late = _database.DataSource.CreateCommand("UPDATE check_ins SET submitted_at = now() - interval '10 days'"))
        {
            await late.ExecuteNonQueryAsync();
        }

        var job = _host.Services.GetRequiredService<FeedbackFollowUpJob>();
        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));

        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM feedback_escalations WHERE kind = 'check-in-blocker' AND level = 1"));
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE kind = 'check-in-blocker-escalated' AND recipient_id = '{_org.IdOf(TestOrg.TheirManager)}'"));
    }
}
