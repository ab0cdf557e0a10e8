using System.Text.Json.Nodes;
using Engagement.Tests.Support;
using static Engagement.Tests.Support.KudosRequests;

namespace Engagement.Tests.Features.Recognition;

/// <summary>Giving kudos through the API, on a database of its own so allowances and feeds start empty.</summary>
[Collection(HostCollection.Name)]
public sealed class KudosTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private TestOrg _org = null!;
    private HttpClient _employee = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        _org = await TestOrg.SeedAsync(_host, _database);
        await SetAllowanceAsync(_host, await _host.SignedInAsync(TestOrg.HrAdmin), 100);
        _employee = await _host.SignedInAsync(TestOrg.Employee);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task A_kudos_reaches_the_company_feed_both_people_and_the_recipients_inbox()
    {
        var given = (await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), points: 7), _employee)).DataOrThrow()["giveKudos"]!;
        var id = given["id"]!.GetValue<string>();

        Assert.Equal([id], await FeedIdsAsync("{ recognitionFeed { nodes { id } } }"));
        Assert.Equal([id], await FeedIdsAsync($"{{ recognitionFeed(scope: PERSON, employeeId: \"{_org.IdOf(TestOrg.Peer)}\", direction: RECEIVED) {{ nodes {{ id }} }} }}"));
        Assert.Equal([id], await FeedIdsAsync($"{{ recognitionFeed(scope: PERSON, employeeId: \"{_org.IdOf(TestOrg.Employee)}\", direction: GIVEN) {{ nodes {{ id }} }} }}"));
        Assert.Empty(await FeedIdsAsync($"{{ recognitionFeed(scope: PERSON, employeeId: \"{_org.IdOf(TestOrg.Employee)}\", direction: RECEIVED) {{ nodes {{ id }} }} }}"));
        Assert.Equal(1L, await _database.ScalarAsync<long>(
            $"SELECT count(*) FROM notifications WHERE recipient_id = '{_org.IdOf(TestOrg.Peer)}' AND kind = 'kudos-received'"));
        var allowance = (await _host.GraphQLAsync("{ myAllowance { spent remaining monthlyAllowance } }", client: _employee)).DataOrThrow()["myAllowance"]!;
        Assert.Equal(7, allowance["spent"]!.GetValue<int>());
        Assert.Equal(93, allowance["remaining"]!.GetValue<int>());
    }

    [Theory]
    [InlineData(1_073_741_824, 4)]
    [InlineData(int.MaxValue, 1)]
    [InlineData(-1, 1)]
    [InlineData(101, 1)]
    public async Task Points_beyond_the_allowance_per_colleague_or_below_zero_are_refused_without_wrapping(int points, int recipients)
    {
        var colleagues = new[] { TestOrg.Peer, TestOrg.TheirManager, TestOrg.OtherTeam, TestOrg.Spare }.Take(recipients).Select(_org.IdOf).ToArray();

        var response = await _host.GraphQLAsync(Give, new
        {
            input = new { idempotencyKey = Guid.NewGuid().ToString(), recipientIds = colleagues, message = "Thanks", value = "Own it", points },
        }, _employee);

        Assert.Equal("POINTS_INVALID", response.FirstErrorCode);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM kudos"));
        Assert.Equal(100, (await _host.GraphQLAsync("{ myAllowance { remaining } }", client: _employee)).DataOrThrow()["myAllowance"]!["remaining"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_whole_allowance_to_the_most_recipients_is_refused_as_over_the_allowance()
    {
        var everyone = TestOrg.People.Select(person => person.Email).Where(email => email != TestOrg.Employee).Select(_org.IdOf).ToArray();

        var response = await _host.GraphQLAsync(Give, new
        {
            input = new { idempotencyKey = Guid.NewGuid().ToString(), recipientIds = everyone, message = "Thanks all", value = "Own it", points = 100 },
        }, _employee);
        var fair = await _host.GraphQLAsync(Give, new
        {
            input = new { idempotencyKey = Guid.NewGuid().ToString(), recipientIds = everyone, message = "Thanks all", value = "Own it", points = 100 / everyone.Length },
        }, _employee);

        Assert.Equal("ALLOWANCE_EXCEEDED", response.FirstErrorCode);
        Assert.Contains($"needs {100 * everyone.Length}", response.FirstErrorMessage);
        fair.DataOrThrow();
    }

    [Fact]
    public async Task Leaderboards_and_the_allowance_sum_points_past_two_to_the_31st()
    {
        // A kudos written before points were capped: 2^30 points to each of four people.
        await using (var legacy = _database.DataSource.CreateCommand($"""
            INSERT INTO kudos (id, giver_id, idempotency_key, company_value, message, points, recipient_count, created_at)
            VALUES ('00000000-0000-0000-0000-00000000000c', '{_org.IdOf(TestOrg.Employee)}', 'legacy', 'Own it', 'Legacy', 1073741824, 4, now());
            INSERT INTO kudos_recipients (kudos_id, recipient_id, created_at, points, giver_id, company_value)
            SELECT '00000000-0000-0000-0000-00000000000c', unnest(ARRAY['{_org.IdOf(TestOrg.Peer)}', '{_org.IdOf(TestOrg.TheirManager)}', '{_org.IdOf(TestOrg.OtherTeam)}', '{_org.IdOf(TestOrg.Spare)}']::uuid[]),
                   now(), 1073741824, '{_org.IdOf(TestOrg.Employee)}', 'Own it';
            """))
        {
            await legacy.ExecuteNonQueryAsync();
        }

        var recognising = (await _host.GraphQLAsync("{ leaderboard(kind: MOST_RECOGNISING, period: MONTH) { points } }", client: _employee)).DataOrThrow();
        var recognised = (await _host.GraphQLAsync("{ leaderboard(kind: MOST_RECOGNISED, period: MONTH) { points } }", client: _employee)).DataOrThrow();
        var allowance = (await _host.GraphQLAsync("{ myAllowance { spent remaining } }", client: _employee)).DataOrThrow()["myAllowance"]!;
        var more = await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), points: 1), _employee);

        Assert.Equal(4_294_967_296L, recognising["leaderboard"]![0]!["points"]!.GetValue<long>());
        Assert.Equal(1_073_741_824L, recognised["leaderboard"]![0]!["points"]!.GetValue<long>());
        Assert.Equal(4_294_967_296L, allowance["spent"]!.GetValue<long>());
        Assert.Equal(0L, allowance["remaining"]!.GetValue<long>());
        Assert.Equal("ALLOWANCE_EXCEEDED", more.FirstErrorCode);
    }

    [Fact]
    public async Task An_open_feed_hears_of_a_new_kudos_at_once()
    {
        await using var socket = await GraphQLWebSocketClient.ConnectAsync(_host, await _host.SessionCookieAsync(TestOrg.TheirManager));
        await socket.SubscribeAsync("feed", "subscription { kudosGiven { id message giver { name } recipients { name } } }");
        await socket.SendTextAsync("""{"type":"ping"}""");
        Assert.Equal("pong", (await socket.ReceiveAsync())["type"]!.GetValue<string>());

        var given = (await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), message: "Live thanks"), _employee)).DataOrThrow()["giveKudos"]!;

        var next = await socket.ReceiveAsync();
        Assert.Equal(given["id"]!.GetValue<string>(), next["payload"]!["data"]!["kudosGiven"]!["id"]!.GetValue<string>());
        Assert.Equal("Ezra Employee", next["payload"]!["data"]!["kudosGiven"]!["giver"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_same_request_retried_gives_one_kudos_and_one_debit()
    {
        var request = Kudos(_org.IdOf(TestOrg.Peer), points: 10, key: "retry-after-timeout");

        var attempts = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => _host.GraphQLAsync(Give, request, _employee)));

        Assert.Single(attempts.Select(attempt => attempt.DataOrThrow()["giveKudos"]!["id"]!.GetValue<string>()).Distinct());
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM kudos"));
        Assert.Equal(10L, await _database.ScalarAsync<long>("SELECT sum(points * recipient_count) FROM kudos"));
    }

    [Fact]
    public async Task Several_recipients_each_get_the_points_and_the_giver_pays_for_all()
    {
        var request = new
        {
            input = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), recipientIds = new[] { _org.IdOf(TestOrg.Peer), _org.IdOf(TestOrg.TheirManager) },
                message = "Great launch, both of you", value = "customers first", points = 20,
            },
        };

        var given = (await _host.GraphQLAsync(Give, request, _employee)).DataOrThrow()["giveKudos"]!;

        Assert.Equal("Customers first", given["value"]!.GetValue<string>());
        Assert.Equal(2, given["recipients"]!.AsArray().Count);
        Assert.Equal(40, (await _host.GraphQLAsync("{ myAllowance { spent } }", client: _employee)).DataOrThrow()["myAllowance"]!["spent"]!.GetValue<int>());
        Assert.Equal(20L, await _database.ScalarAsync<long>($"SELECT sum(points) FROM kudos_recipients WHERE recipient_id = '{_org.IdOf(TestOrg.Peer)}'"));
    }

    public static TheoryData<string, string> BadRequests() => new()
    {
        { "self", "SELF_KUDOS" },
        { "empty message", "MESSAGE_EMPTY" },
        { "long message", "MESSAGE_TOO_LONG" },
        { "unknown value", "VALUE_UNKNOWN" },
        { "negative points", "POINTS_INVALID" },
        { "overspending", "ALLOWANCE_EXCEEDED" },
        { "unknown recipient", "RECIPIENT_UNKNOWN" },
        { "no recipient", "RECIPIENTS_INVALID" },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_kudos_is_refused_with_its_code_and_changes_nothing(string problem, string code)
    {
        var peer = _org.IdOf(TestOrg.Peer);
        var request = problem switch
        {
            "self" => Kudos(_org.IdOf(TestOrg.Employee)),
            "empty message" => Kudos(peer, message: "   "),
            "long message" => Kudos(peer, message: new string('a', 501)),
            "unknown value" => Kudos(peer, value: "Move fast and break things"),
            "negative points" => Kudos(peer, points: -5),
            "overspending" => new { input = new { idempotencyKey = Guid.NewGuid().ToString(), recipientIds = new[] { peer, _org.IdOf(TestOrg.OtherTeam) }, message = "Thanks", value = "Own it", points = 51 } },
            "unknown recipient" => Kudos(Guid.NewGuid()),
            "no recipient" => new { input = new { idempotencyKey = "x", recipientIds = Array.Empty<Guid>(), message = "Hi", value = "Own it", points = 0 } },
            _ => throw new ArgumentOutOfRangeException(nameof(problem)),
        };

        var response = await _host.GraphQLAsync(Give, request, _employee);

        Assert.Equal(code, response.FirstErrorCode);
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM kudos"));
    }

    [Fact]
    public async Task Someone_who_left_cannot_be_recognised()
    {
        var organisation = Microsoft.Extensions.DependencyInjection.ServiceProviderServiceExtensions
            .GetRequiredService<Engagement.Features.People.Organisation>(_host.Services);
        await organisation.ApplyAsync(TestOrg.People.Where(person => person.Email != TestOrg.Spare).ToList(), _ => Task.CompletedTask, CancellationToken.None);

        var response = await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Spare)), _employee);

        Assert.Equal("RECIPIENT_INACTIVE", response.FirstErrorCode);
        Assert.Contains("Sam Spare", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Markup_in_a_message_is_kept_as_the_text_that_was_typed()
    {
        const string markup = "<script>alert('x')</script> & <b>thanks</b>";

        var given = (await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), message: markup), _employee)).DataOrThrow()["giveKudos"]!;

        Assert.Equal(markup, given["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_reaction_toggles_and_counts_each_person_once()
    {
        var id = (await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer)), _employee)).DataOrThrow()["giveKudos"]!["id"]!.GetValue<string>();
        var peer = await _host.SignedInAsync(TestOrg.Peer);
        const string React = "mutation ($id: ID!, $emoji: String!) { reactToKudos(kudosId: $id, emoji: $emoji) { reactions { emoji count reactedByMe } } }";

        await _host.GraphQLAsync(React, new { id, emoji = "🎉" }, peer);
        var both = (await _host.GraphQLAsync(React, new { id, emoji = "🎉" }, _employee)).DataOrThrow()["reactToKudos"]!["reactions"]!.AsArray();
        var withdrawn = (await _host.GraphQLAsync(React, new { id, emoji = "🎉" }, peer)).DataOrThrow()["reactToKudos"]!["reactions"]!.AsArray();
        var unknown = await _host.GraphQLAsync(React, new { id, emoji = "💩" }, peer);

        Assert.Equal(2, both.Single()!["count"]!.GetValue<int>());
        Assert.True(both.Single()!["reactedByMe"]!.GetValue<bool>());
        Assert.Equal(1, withdrawn.Single()!["count"]!.GetValue<int>());
        Assert.False(withdrawn.Single()!["reactedByMe"]!.GetValue<bool>());
        Assert.Equal("REACTION_UNKNOWN", unknown.FirstErrorCode);
    }

    [Fact]
    public async Task A_feed_shows_the_newest_three_comments_and_the_kudos_all_of_them()
    {
        var id = (await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer)), _employee)).DataOrThrow()["giveKudos"]!["id"]!.GetValue<string>();
        for (var i = 1; i <= 4; i++)
        {
            (await _host.GraphQLAsync("mutation ($id: ID!, $text: String!) { commentOnKudos(kudosId: $id, text: $text) { id } }",
                new { id, text = $"Comment {i}" }, _employee)).DataOrThrow();
        }

        var inFeed = (await _host.GraphQLAsync("{ recognitionFeed { nodes { commentCount comments { text } } } }", client: _employee))
            .DataOrThrow()["recognitionFeed"]!["nodes"]![0]!;
        var whole = (await _host.GraphQLAsync("query ($id: ID!) { kudos(id: $id) { comments { text } } }", new { id }, _employee)).DataOrThrow()["kudos"]!;

        Assert.Equal(4, inFeed["commentCount"]!.GetValue<int>());
        Assert.Equal(["Comment 2", "Comment 3", "Comment 4"], inFeed["comments"]!.AsArray().Select(c => c!["text"]!.GetValue<string>()));
        Assert.Equal(4, whole["comments"]!.AsArray().Count);
    }

    [Fact]
    public async Task The_feed_pages_newest_first_without_gaps_or_repeats()
    {
        var given = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            given.Add((await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), points: 1), _employee)).DataOrThrow()["giveKudos"]!["id"]!.GetValue<string>());
        }

        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = (await _host.GraphQLAsync("query ($after: String) { recognitionFeed(first: 3, after: $after) { totalCount hasNextPage endCursor nodes { id } } }",
                new { after }, _employee)).DataOrThrow()["recognitionFeed"]!;
            Assert.Equal(7, page["totalCount"]!.GetValue<int>());
            seen.AddRange(page["nodes"]!.AsArray().Select(node => node!["id"]!.GetValue<string>()));
            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        given.Reverse();
        Assert.Equal(given, seen);
    }

    [Fact]
    public async Task Leaderboards_count_kudos_per_person_for_the_period_and_value()
    {
        await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), points: 3), _employee);
        await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.Peer), points: 2, value: "Customers first"), _employee);
        await _host.GraphQLAsync(Give, Kudos(_org.IdOf(TestOrg.TheirManager), points: 1), _employee);

        var received = await BoardAsync("MOST_RECOGNISED", null);
        var ownIt = await BoardAsync("MOST_RECOGNISED", "Own it");
        var giving = await BoardAsync("MOST_RECOGNISING", null);

        Assert.Equal(("Pia Peer", 2, 5, 1), Entry(received[0]!));
        Assert.Equal(("Mona Alpha", 1, 1, 2), Entry(received[1]!));
        Assert.Equal(2, ownIt.Count);
        Assert.Equal(1, ownIt[0]!["kudosCount"]!.GetValue<int>());
        Assert.Equal(("Ezra Employee", 3, 6, 1), Entry(giving.Single()!));
    }

    private async Task<JsonArray> BoardAsync(string kind, string? value) =>
        (await _host.GraphQLAsync($"query ($value: String) {{ leaderboard(kind: {kind}, period: MONTH, value: $value) {{ rank kudosCount points employee {{ name }} }} }}",
            new { value }, _employee)).DataOrThrow()["leaderboard"]!.AsArray();

    private static (string, int, int, int) Entry(JsonNode entry) =>
        (entry["employee"]!["name"]!.GetValue<string>(), entry["kudosCount"]!.GetValue<int>(), entry["points"]!.GetValue<int>(), entry["rank"]!.GetValue<int>());

    private async Task<List<string>> FeedIdsAsync(string query) =>
        (await _host.GraphQLAsync(query, client: _employee)).DataOrThrow()["recognitionFeed"]!["nodes"]!.AsArray()
        .Select(node => node!["id"]!.GetValue<string>()).ToList();
}
