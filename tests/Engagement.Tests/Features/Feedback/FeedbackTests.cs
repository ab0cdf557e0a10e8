using Engagement.Features.Feedback;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Feedback;

[Collection(HostCollection.Name)]
public sealed class FeedbackTests : IAsyncLifetime
{
    private const string Give = """
        mutation ($input: GiveFeedbackInput!) { giveFeedback(input: $input) { id text visibility recipient { id } } }
        """;

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

    private Task<HttpClient> As(string email) => _host.SignedInAsync(email);

    [Fact]
    public async Task Private_feedback_is_for_the_recipient_and_shared_feedback_also_for_their_managers()
    {
        var peer = await As(TestOrg.Peer);
        (await _host.GraphQLAsync(Give, new { input = new { recipientId = _org.IdOf(TestOrg.Employee), text = "Private: great demo", visibility = "PRIVATE" } }, peer)).DataOrThrow();
        (await _host.GraphQLAsync(Give, new { input = new { recipientId = _org.IdOf(TestOrg.Employee), text = "Shared: great demo", visibility = "SHARED_WITH_MANAGER" } }, peer)).DataOrThrow();
        const string About = "query ($id: ID!) { feedbackAbout(employeeId: $id) { text } }";

        var inbox = (await _host.GraphQLAsync("{ myFeedbackInbox { received { text } } }", client: await As(TestOrg.Employee))).DataOrThrow()["myFeedbackInbox"]!["received"]!.AsArray();
        var byManager = (await _host.GraphQLAsync(About, new { id = _org.IdOf(TestOrg.Employee) }, await As(TestOrg.TheirManager))).DataOrThrow()["feedbackAbout"]!.AsArray();
        var byChief = (await _host.GraphQLAsync(About, new { id = _org.IdOf(TestOrg.Employee) }, await As(TestOrg.Chief))).DataOrThrow()["feedbackAbout"]!.AsArray();
        var byPeer = await _host.GraphQLAsync(About, new { id = _org.IdOf(TestOrg.Employee) }, peer);
        var byOtherManager = await _host.GraphQLAsync(About, new { id = _org.IdOf(TestOrg.Employee) }, await As(TestOrg.AnotherManager));

        Assert.Equal(2, inbox.Count);
        Assert.Equal(["Shared: great demo"], byManager.Select(note => note!["text"]!.GetValue<string>()));
        Assert.Single(byChief);
        Assert.Equal("FORBIDDEN", byPeer.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byOtherManager.FirstErrorCode);
    }

    [Theory]
    [InlineData("self", "SELF_FEEDBACK")]
    [InlineData("unknown", "RECIPIENT_UNKNOWN")]
    [InlineData("empty", "TEXT_INVALID")]
    [InlineData("long", "TEXT_INVALID")]
    public async Task Bad_feedback_is_refused_and_nothing_is_stored(string problem, string code)
    {
        var (recipient, text) = problem switch
        {
            "self" => (_org.IdOf(TestOrg.Employee), "Well done me"),
            "unknown" => (Guid.NewGuid(), "Hello"),
            "empty" => (_org.IdOf(TestOrg.Peer), "  "),
            _ => (_org.IdOf(TestOrg.Peer), new string('x', FeedbackRules.MaxTextLength + 1)),
        };

        var refused = await _host.GraphQLAsync(Give, new { input = new { recipientId = recipient, text } }, await As(TestOrg.Employee));

        Assert.Equal(code, refused.FirstErrorCode);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM feedback"));
    }

    [Fact]
    public async Task A_request_is_answered_once_and_the_answer_reaches_the_person_who_asked()
    {
        var employee = await As(TestOrg.Employee);
        var request = (await _host.GraphQLAsync("""
            mutation ($peers: [ID!]!) { requestFeedback(input: { question: "How did my presentation go?", respondentIds: $peers }) { id respondents { status } } }
            """, new { peers = new[] { _org.IdOf(TestOrg.Peer), _org.IdOf(TestOrg.OtherTeam) } }, employee)).DataOrThrow()["requestFeedback"]!;
        var id = request["id"]!.GetValue<string>();
        var peer = await As(TestOrg.Peer);
        var waiting = (await _host.GraphQLAsync("{ myFeedbackInbox { requestsToMe { id question } } }", client: peer)).DataOrThrow()["myFeedbackInbox"]!["requestsToMe"]!.AsArray();

        (await _host.GraphQLAsync(Give, new { input = new { recipientId = _org.IdOf(TestOrg.Employee), text = "Clear and calm.", requestId = id } }, peer)).DataOrThrow();
        var twice = await _host.GraphQLAsync(Give, new { input = new { recipientId = _org.IdOf(TestOrg.Employee), text = "Again", requestId = id } }, peer);
        (await _host.GraphQLAsync("mutation ($id: ID!) { declineFeedbackRequest(requestId: $id) }", new { id }, await As(TestOrg.OtherTeam))).DataOrThrow();
        var stranger = await _host.GraphQLAsync("mutation ($id: ID!) { declineFeedbackRequest(requestId: $id) }", new { id }, await As(TestOrg.Spare));
        var mine = (await _host.GraphQLAsync("{ myFeedbackInbox { myRequests { answers { text } respondents { status employee { name } } } } }", client: employee))
            .DataOrThrow()["myFeedbackInbox"]!["myRequests"]![0]!;

        Assert.Equal(id, waiting.Single()!["id"]!.GetValue<string>());
        Assert.Equal("REQUEST_CLOSED", twice.FirstErrorCode);
        Assert.Equal("FORBIDDEN", stranger.FirstErrorCode);
        Assert.Equal(["Clear and calm."], mine["answers"]!.AsArray().Select(answer => answer!["text"]!.GetValue<string>()));
        Assert.Equal(["DECLINED", "ANSWERED"], mine["respondents"]!.AsArray().OrderBy(r => r!["employee"]!["name"]!.GetValue<string>()).Select(r => r!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Only_a_manager_may_ask_about_someone_else()
    {
        const string Ask = "mutation ($subject: ID!, $peers: [ID!]!) { requestFeedback(input: { subjectId: $subject, question: \"How is Ezra doing?\", respondentIds: $peers }) { id } }";
        var variables = new { subject = _org.IdOf(TestOrg.Employee), peers = new[] { _org.IdOf(TestOrg.OtherTeam) } };

        var byManager = await _host.GraphQLAsync(Ask, variables, await As(TestOrg.TheirManager));
        var byPeer = await _host.GraphQLAsync(Ask, variables, await As(TestOrg.Peer));

        Assert.Null(byManager.Body["errors"]);
        Assert.Equal("NOT_YOUR_REPORT", byPeer.FirstErrorCode);
    }

    [Fact]
    public async Task An_overdue_request_reminds_each_silent_respondent_once_a_day_however_often_the_job_runs()
    {
        (await _host.GraphQLAsync("mutation ($peers: [ID!]!) { requestFeedback(input: { question: \"Thoughts?\", respondentIds: $peers }) { id } }",
            new { peers = new[] { _org.IdOf(TestOrg.Peer) } }, await As(TestOrg.Employee))).DataOrThrow();
        await using (var overdue = _database.DataSource.CreateCommand("UPDATE feedback_requests SET due_at = now() - interval '1 day'"))
        {
            await overdue.ExecuteNonQueryAsync();
        }

        var job = _host.Services.GetRequiredService<FeedbackFollowUpJob>();
        await Task.WhenAll(job.RunAsync(CancellationToken.None), job.RunAsync(CancellationToken.None));
        await job.RunAsync(CancellationToken.None);

        Assert.Equal(1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE kind = 'feedback-request-reminder' AND recipient_id = '{_org.IdOf(TestOrg.Peer)}'"));
    }
}
