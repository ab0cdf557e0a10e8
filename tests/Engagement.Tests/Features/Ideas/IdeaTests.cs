using System.Text.Json.Nodes;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.Ideas;

/// <summary>Ideas through the API, on a database of their own.</summary>
[Collection(HostCollection.Name)]
public sealed class IdeaTests : IAsyncLifetime
{
    private const string Submit = """
        mutation ($input: IdeaInput!) { submitIdea(input: $input) { followToken idea { id status owner { id } author { id } anonymous } } }
        """;

    private const string Move = """
        mutation ($id: ID!, $status: IdeaStatus!, $response: String!, $into: ID) {
          moveIdea(id: $id, status: $status, response: $response, mergeIntoId: $into) { status voteCount firstResponseAt responses { toStatus response } }
        }
        """;

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private TestOrg _org = null!;
    private HttpClient _employee = null!;
    private HttpClient _manager = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        _org = await TestOrg.SeedAsync(_host, _database);
        _employee = await _host.SignedInAsync(TestOrg.Employee);
        _manager = await _host.SignedInAsync(TestOrg.TheirManager);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    public static object Idea(string title = "Self-service returns kiosk", bool anonymous = false) => new
    {
        input = new { title, problem = "Customers queue for 20 minutes to return an item.", proposal = "Put a kiosk by the door.", category = "Customer experience", anonymous },
    };

    private async Task<string> SubmitAsync(HttpClient author, string title = "Self-service returns kiosk") =>
        (await _host.GraphQLAsync(Submit, Idea(title), author)).DataOrThrow()["submitIdea"]!["idea"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_named_idea_is_owned_by_the_authors_manager_and_due_within_the_answer_time()
    {
        var submitted = (await _host.GraphQLAsync(Submit, Idea(), _employee)).DataOrThrow()["submitIdea"]!;

        Assert.Equal(_org.IdOf(TestOrg.TheirManager).ToString(), submitted["idea"]!["owner"]!["id"]!.GetValue<string>());
        Assert.Null(submitted["followToken"]);
        var queue = (await _host.GraphQLAsync("{ ideasAwaitingMyAnswer { id answerDueAt } }", client: _manager)).DataOrThrow()["ideasAwaitingMyAnswer"]!.AsArray();
        Assert.Equal(submitted["idea"]!["id"]!.GetValue<string>(), queue.Single()!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_retried_submission_returns_the_idea_it_already_made()
    {
        const string SubmitOnce = """
            mutation ($input: IdeaInput!, $id: ID, $token: String) {
              submitIdea(input: $input, submissionId: $id, followToken: $token) { followToken idea { id } }
            }
            """;
        var id = Guid.NewGuid();
        var token = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');

        var first = (await _host.GraphQLAsync(SubmitOnce, new { ((dynamic)Idea(anonymous: true)).input, id, token }, _employee)).DataOrThrow()["submitIdea"]!;
        var retry = (await _host.GraphQLAsync(SubmitOnce, new { ((dynamic)Idea(anonymous: true)).input, id, token }, _employee)).DataOrThrow()["submitIdea"]!;
        var someoneElse = await _host.GraphQLAsync(SubmitOnce, new { ((dynamic)Idea()).input, id, token = (string?)null }, _manager);
        var weak = await _host.GraphQLAsync(SubmitOnce, new { ((dynamic)Idea(anonymous: true)).input, id = Guid.NewGuid(), token = "short" }, _employee);

        Assert.Equal(token, first["followToken"]!.GetValue<string>());
        Assert.Equal(token, retry["followToken"]!.GetValue<string>());
        Assert.Equal(id.ToString(), retry["idea"]!["id"]!.GetValue<string>());
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM ideas"));
        Assert.Equal("IDEA_EXISTS", someoneElse.FirstErrorCode);
        Assert.Equal("FOLLOW_TOKEN_INVALID", weak.FirstErrorCode);
    }

    [Fact]
    public async Task The_owner_moves_the_idea_along_the_workflow_with_a_response_each_time()
    {
        var id = await SubmitAsync(_employee);

        await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "Looking at costs." }, _manager);
        await _host.GraphQLAsync(Move, new { id, status = "PLANNED", response = "Budget approved for Q1." }, _manager);
        var moved = (await _host.GraphQLAsync(Move, new { id, status = "IN_PROGRESS", response = "Kiosk ordered." }, _manager)).DataOrThrow()["moveIdea"]!;

        Assert.Equal("IN_PROGRESS", moved["status"]!.GetValue<string>());
        Assert.Equal(["UNDER_REVIEW", "PLANNED", "IN_PROGRESS"], moved["responses"]!.AsArray().Select(r => r!["toStatus"]!.GetValue<string>()));
        Assert.NotNull(moved["firstResponseAt"]);
        Assert.Equal(3L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE recipient_id = '{_org.IdOf(TestOrg.Employee)}' AND kind = 'idea-answered'"));
    }

    public static TheoryData<string, string, string> BadMoves() => new()
    {
        { "DONE", "Skipping ahead", "TRANSITION_FORBIDDEN" },
        { "UNDER_REVIEW", "   ", "RESPONSE_REQUIRED" },
        { "UNDER_REVIEW", new string('x', 2001), "RESPONSE_TOO_LONG" },
        { "MERGED", "Same as another", "MERGE_TARGET_MISSING" },
    };

    [Theory]
    [MemberData(nameof(BadMoves))]
    public async Task A_move_the_rules_forbid_is_refused_and_nothing_changes(string status, string response, string code)
    {
        var id = await SubmitAsync(_employee);

        var refused = await _host.GraphQLAsync(Move, new { id, status, response }, _manager);

        Assert.Equal(code, refused.FirstErrorCode);
        Assert.Equal("NEW", await _database.ScalarAsync<string>($"SELECT status FROM ideas WHERE id = '{id}'"));
        Assert.Equal(0L, await _database.ScalarAsync<long>($"SELECT count(*) FROM idea_responses WHERE idea_id = '{id}'"));
    }

    [Fact]
    public async Task Only_the_owner_or_an_hr_admin_may_move_an_idea()
    {
        var id = await SubmitAsync(_employee);

        var byAuthor = await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "I approve my own idea" }, _employee);
        var byOtherManager = await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "Not mine" }, await _host.SignedInAsync(TestOrg.AnotherManager));
        var byHr = await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "HR will look" }, await _host.SignedInAsync(TestOrg.HrAdmin));

        Assert.Equal("FORBIDDEN", byAuthor.FirstErrorCode);
        Assert.Equal("FORBIDDEN", byOtherManager.FirstErrorCode);
        Assert.Equal("UNDER_REVIEW", byHr.DataOrThrow()["moveIdea"]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_vote_counts_once_and_can_be_withdrawn()
    {
        var id = await SubmitAsync(_employee);
        var peer = await _host.SignedInAsync(TestOrg.Peer);

        var first = (await _host.GraphQLAsync("mutation ($id: ID!) { voteForIdea(id: $id) { voteCount votedByMe } }", new { id }, peer)).DataOrThrow()["voteForIdea"]!;
        var again = await _host.GraphQLAsync("mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }", new { id }, peer);
        var withdrawn = (await _host.GraphQLAsync("mutation ($id: ID!) { withdrawVote(id: $id) { voteCount votedByMe } }", new { id }, peer)).DataOrThrow()["withdrawVote"]!;

        Assert.Equal(1, first["voteCount"]!.GetValue<int>());
        Assert.True(first["votedByMe"]!.GetValue<bool>());
        Assert.Equal("ALREADY_VOTED", again.FirstErrorCode);
        Assert.Equal(0, withdrawn["voteCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task Many_people_voting_at_once_are_each_counted_once()
    {
        var id = await SubmitAsync(_employee);
        var voters = await Task.WhenAll(TestOrg.People.Select(person => _host.SignedInAsync(person.Email)));

        await Task.WhenAll(voters.SelectMany(voter => new[]
        {
            _host.GraphQLAsync("mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }", new { id }, voter),
            _host.GraphQLAsync("mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }", new { id }, voter),
        }));

        Assert.Equal(TestOrg.People.Count, await _database.ScalarAsync<int>($"SELECT vote_count FROM ideas WHERE id = '{id}'"));
    }

    [Fact]
    public async Task Merging_moves_the_votes_without_counting_anyone_twice()
    {
        var kept = await SubmitAsync(_employee, "Returns kiosk");
        var duplicate = await SubmitAsync(_employee, "Kiosk for returns");
        var peer = await _host.SignedInAsync(TestOrg.Peer);
        var other = await _host.SignedInAsync(TestOrg.OtherTeam);
        const string Vote = "mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }";
        await _host.GraphQLAsync(Vote, new { id = kept }, peer);
        await _host.GraphQLAsync(Vote, new { id = duplicate }, peer);
        await _host.GraphQLAsync(Vote, new { id = duplicate }, other);

        var merged = (await _host.GraphQLAsync(Move, new { id = duplicate, status = "MERGED", response = "Same idea as the kiosk one.", into = kept }, _manager))
            .DataOrThrow()["moveIdea"]!;

        Assert.Equal("MERGED", merged["status"]!.GetValue<string>());
        Assert.Equal(2, await _database.ScalarAsync<int>($"SELECT vote_count FROM ideas WHERE id = '{kept}'"));
        var intoItself = await _host.GraphQLAsync(Move, new { id = kept, status = "MERGED", response = "Loop", into = kept }, _manager);
        var intoMerged = await _host.GraphQLAsync(Move, new { id = kept, status = "MERGED", response = "Loop", into = duplicate }, _manager);
        Assert.Equal("MERGE_INTO_ITSELF", intoItself.FirstErrorCode);
        Assert.Equal("MERGE_TARGET_CLOSED", intoMerged.FirstErrorCode);
    }

    [Fact]
    public async Task The_author_edits_until_the_idea_is_answered()
    {
        var id = await SubmitAsync(_employee);
        const string Edit = "mutation ($id: ID!, $input: IdeaInput!) { editIdea(id: $id, input: $input) { title } }";

        var edited = (await _host.GraphQLAsync(Edit, new { id, ((dynamic)Idea("Returns kiosk, version 2")).input }, _employee)).DataOrThrow()["editIdea"]!;
        var byPeer = await _host.GraphQLAsync(Edit, new { id, ((dynamic)Idea("Hijacked")).input }, await _host.SignedInAsync(TestOrg.Peer));
        await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "Reviewing." }, _manager);
        var late = await _host.GraphQLAsync(Edit, new { id, ((dynamic)Idea("Too late")).input }, _employee);

        Assert.Equal("Returns kiosk, version 2", edited["title"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", byPeer.FirstErrorCode);
        Assert.Equal("IDEA_REVIEWED", late.FirstErrorCode);
    }

    [Fact]
    public async Task Answer_times_count_business_hours_per_team_against_the_target()
    {
        var id = await SubmitAsync(_employee);
        await _host.GraphQLAsync(Move, new { id, status = "UNDER_REVIEW", response = "Looking." }, _manager);
        // Submitted on a Friday at 16:00 in Paris, answered on Monday at 10:00: two working hours, not 66 clock hours.
        await using (var backdate = _database.DataSource.CreateCommand($"""
            UPDATE ideas SET created_at = '2026-11-20 16:00+01', first_response_at = '2026-11-23 10:00+01' WHERE id = '{id}'
            """))
        {
            await backdate.ExecuteNonQueryAsync();
        }

        var support = (await _host.GraphQLAsync("{ ideaAnswerTimes { team answered unanswered medianHours answeredWithinTarget } }", client: _employee))
            .DataOrThrow()["ideaAnswerTimes"]!.AsArray().Single(row => row!["team"]!.GetValue<string>() == "Support")!;
        var idea = (await _host.GraphQLAsync("query ($id: ID!) { idea(id: $id) { hoursToFirstResponse } }", new { id }, _employee)).DataOrThrow()["idea"]!;

        Assert.Equal(1, support["answered"]!.GetValue<int>());
        Assert.Equal(2.0, support["medianHours"]!.GetValue<double>(), precision: 6);
        Assert.Equal(1.0, support["answeredWithinTarget"]!.GetValue<double>());
        Assert.Equal(2.0, idea["hoursToFirstResponse"]!.GetValue<double>(), precision: 6);
    }

    [Fact]
    public async Task Search_and_sorts_find_the_right_ideas()
    {
        var kiosk = await SubmitAsync(_employee, "Self-service returns kiosk");
        var parking = await SubmitAsync(_employee, "Bike parking behind the store");
        await _host.GraphQLAsync("mutation ($id: ID!) { voteForIdea(id: $id) { voteCount } }", new { id = parking }, _manager);

        var found = await IdsAsync("{ ideas(search: \"bike\") { nodes { id } } }");
        var top = await IdsAsync("{ ideas(sort: TOP) { nodes { id } } }");
        var oldestUnanswered = await IdsAsync("{ ideas(sort: OLDEST_UNANSWERED) { nodes { id } } }");

        Assert.Equal([parking], found);
        Assert.Equal([parking, kiosk], top);
        Assert.Equal([kiosk, parking], oldestUnanswered);
    }

    private async Task<List<string>> IdsAsync(string query) =>
        (await _host.GraphQLAsync(query, client: _employee)).DataOrThrow()["ideas"]!["nodes"]!.AsArray().Select(node => node!["id"]!.GetValue<string>()).ToList();
}
