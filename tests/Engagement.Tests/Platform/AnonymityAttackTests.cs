using System.Text.Json.Nodes;
using Engagement.Features.Feedback;
using Engagement.Features.People;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Platform;

/// <summary>
/// Attacks on anonymity, each run as two worlds that differ only in what a few people answered. An attack that works
/// tells the worlds apart; so every view the attacker can ask for, read in both, must be the same, while the views that
/// should show something do. The last tests read the database as its administrator would.
/// </summary>
/// <remarks>
/// The organisation: the chief; HR (People) with four reports; the operations director with three leads (Support,
/// Stores, Warehouse, five reports each) and two reports of their own (Operations);
/// and one person in Finance.
/// </remarks>
[Collection(HostCollection.Name)]
public sealed class AnonymityAttackTests : IAsyncLifetime
{
    private const string Chief = "chief@anon.test";
    private const string Hr = "hr@anon.test";
    private const string Director = "director@anon.test";
    private const string Finance = "finance@anon.test";
    private static readonly string[] Leads = ["support.lead@anon.test", "stores.lead@anon.test", "warehouse.lead@anon.test"];
    private static readonly string[] LeadTeams = ["Support", "Stores", "Warehouse"];
    private static readonly string[] DirectorReports = ["ops1@anon.test", "ops2@anon.test"];
    private static readonly string[] HrReports = Enumerable.Range(1, 4).Select(i => $"people{i}@anon.test").ToArray();

    private static string Report(int lead, int index) => $"{LeadTeams[lead].ToLowerInvariant()}{index}@anon.test";

    private static readonly IReadOnlyList<EmployeeRecord> People =
    [
        Person(Chief, "Leadership", null),
        Person(Hr, "People", Chief, isHrAdmin: true),
        .. HrReports.Select(email => Person(email, "People", Hr)),
        Person(Director, "Operations", Chief),
        .. DirectorReports.Select(email => Person(email, "Operations", Director)),
        .. Leads.Select((email, lead) => Person(email, LeadTeams[lead], Director)),
        .. Enumerable.Range(0, 3).SelectMany(lead => Enumerable.Range(1, 5).Select(index =>
            Person(Report(lead, index), LeadTeams[lead], Leads[lead]))),
        Person(Finance, "Finance", Chief),
    ];

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private readonly Dictionary<string, Guid> _ids = [];
    private readonly Dictionary<string, Guid> _teams = [];
    private readonly Dictionary<string, HttpClient> _clients = [];

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        await _host.Services.GetRequiredService<Organisation>().ApplyAsync(People, _ => Task.CompletedTask, CancellationToken.None);
        var accounts = _host.Services.GetRequiredService<Accounts>();
        foreach (var person in People)
        {
            _ids[person.Email] = await _database.ScalarAsync<Guid>($"SELECT id FROM employees WHERE email = '{person.Email}'");
            await accounts.SetPasswordAsync(_ids[person.Email], TestOrg.Password, mustChange: false, CancellationToken.None);
        }

        foreach (var team in People.Select(person => person.Team).Distinct())
        {
            _teams[team] = await _database.ScalarAsync<Guid>($"SELECT id FROM teams WHERE name = '{team}'");
        }
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<HttpClient> As(string email)
    {
        if (!_clients.TryGetValue(email, out var client))
        {
            _clients[email] = client = await _host.SignedInAsync(email);
        }

        return client;
    }

    private async Task<JsonNode> QueryAsync(string email, string query, object? variables = null) =>
        (await _host.GraphQLAsync(query, variables, await As(email))).DataOrThrow();

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    private async Task<string> OpenRoundAsync() =>
        (await QueryAsync(Hr, "mutation { openPulseRound { id } }"))["openPulseRound"]!["id"]!.GetValue<string>();

    private async Task AnswerAsync(string round, string email, int score, string? comment = null) =>
        await QueryAsync(email, "mutation ($round: ID!, $score: Int!, $comment: String) { answerPulse(roundId: $round, score: $score, comment: $comment) { id } }",
            new { round, score, comment });

    private async Task CloseAndReleaseAsync(string round)
    {
        await ExecuteAsync($"UPDATE pulse_rounds SET closes_at = now() - interval '1 second' WHERE id = '{round}'");
        await _host.Services.GetRequiredService<Pulse>().ReleaseClosedRoundsAsync(CancellationToken.None);
    }

    /// <summary>Runs one round per world: everyone answers as <paramref name="answers"/> says for that world.</summary>
    private async Task<(string A, string B)> TwoWorldsAsync(Func<bool, IEnumerable<(string Email, int Score)>> answers)
    {
        var rounds = new List<string>();
        foreach (var worldA in new[] { true, false })
        {
            var round = await OpenRoundAsync();
            foreach (var (email, score) in answers(worldA))
            {
                await AnswerAsync(round, email, score, $"Comment from someone scoring {score}");
            }

            await CloseAndReleaseAsync(round);
            rounds.Add(round);
        }

        return (rounds[0], rounds[1]);
    }

    private const string PulseResults =
        "query ($round: ID, $team: ID) { pulseResults(roundId: $round, teamId: $team) { teamName answers shown explanation enps promoters passives detractors comments } }";

    /// <summary>Every pulse view an employee or HR can ask for: the company, each team, and HR's team selections (each team, each pair, all but one, all).</summary>
    private async Task<List<string>> PulseViewsAsync(string round, int roundIndex)
    {
        var views = new List<string>();
        foreach (Guid? team in new Guid?[] { null }.Concat(_teams.Values.Select(id => (Guid?)id)))
        {
            views.Add((await QueryAsync(Finance, PulseResults, new { round, team }))["pulseResults"]!.ToJsonString());
        }

        var teams = _teams.Values.ToList();
        var selections = teams.Select(team => new[] { team })
            .Concat(teams.SelectMany((first, i) => teams.Skip(i + 1).Select(second => new[] { first, second })))
            .Concat(teams.Select(left => teams.Where(team => team != left).ToArray()))
            .Append([.. teams]).Append([]);
        foreach (var selection in selections)
        {
            var rounds = (await QueryAsync(Hr, "query ($teamIds: [ID!]) { hrDashboard(teamIds: $teamIds) { enps { answers enps leftOut withheldReason } } }",
                new { teamIds = selection }))["hrDashboard"]!["enps"]!.AsArray();
            views.Add(rounds[roundIndex]!.ToJsonString());
        }

        return views;
    }

    private static IEnumerable<(string, int)> Everyone(IEnumerable<string> emails, int score) => emails.Select(email => (email, score));

    private static readonly string[] Support = [Leads[0], .. Enumerable.Range(1, 5).Select(index => Report(0, index))];
    private static readonly string[] PeopleTeam = [Hr, .. HrReports];

    [Fact]
    public async Task Subtracting_the_teams_shown_from_the_company_pulse_learns_nothing_about_a_team_of_one()
    {
        // The attack: Support and People answer, and Finance's one person is a detractor in one world only.
        var (a, b) = await TwoWorldsAsync(worldA => [.. Everyone(Support, 9), .. Everyone(PeopleTeam, 7), (Finance, worldA ? 0 : 10)]);

        var viewsA = await PulseViewsAsync(a, 0);
        var viewsB = await PulseViewsAsync(b, 1);

        Assert.Equal(viewsA, viewsB);
        var company = (await QueryAsync(Finance, PulseResults, new { round = a }))["pulseResults"]!;
        Assert.True(company["shown"]!.GetValue<bool>());
        Assert.Equal(11, company["answers"]!.GetValue<int>());
        Assert.True((await QueryAsync(Finance, PulseResults, new { round = a, team = _teams["Support"] }))["pulseResults"]!["shown"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Small_teams_count_together_in_the_company_but_no_view_tells_one_small_team_from_another()
    {
        // Finance (1), Operations (3) and the chief (1) make one cell of five only in the company figure; swapping
        // Finance's answer with an Operations one must change nothing anywhere.
        var (a, b) = await TwoWorldsAsync(worldA =>
        [
            .. Everyone(Support, 9), .. Everyone(PeopleTeam, 7), (Chief, 8), (Director, 8), (DirectorReports[1], 6),
            (Finance, worldA ? 0 : 10), (DirectorReports[0], worldA ? 10 : 0),
        ]);

        var viewsA = await PulseViewsAsync(a, 0);
        var viewsB = await PulseViewsAsync(b, 1);

        Assert.Equal(viewsA, viewsB);
        var company = (await QueryAsync(Finance, PulseResults, new { round = a }))["pulseResults"]!;
        Assert.Equal(16, company["answers"]!.GetValue<int>());
        Assert.Equal(16, company["comments"]!.AsArray().Count);
        Assert.False((await QueryAsync(Finance, PulseResults, new { round = a, team = _teams["Operations"] }))["pulseResults"]!["shown"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Watching_an_open_round_answer_by_answer_shows_nothing_that_moves()
    {
        var round = await OpenRoundAsync();
        var seen = new HashSet<string>();
        foreach (var (email, index) in Support.Concat(PeopleTeam).Select((email, index) => (email, index)))
        {
            await AnswerAsync(round, email, index % 11);
            foreach (Guid? team in new Guid?[] { null, _teams["Support"], _teams["People"] })
            {
                seen.Add((await QueryAsync(Finance, PulseResults, new { round, team }))["pulseResults"]!.ToJsonString());
            }

            seen.Add((await QueryAsync(Hr, "{ hrDashboard { enps { answers enps leftOut withheldReason } } }"))["hrDashboard"]!.ToJsonString());
        }

        // One withheld answer per view, the same after every answer; then the round closes and results appear.
        Assert.Equal(4, seen.Count);
        Assert.All(seen, view => Assert.DoesNotContain("\"shown\":true", view));
        await CloseAndReleaseAsync(round);
        Assert.True((await QueryAsync(Finance, PulseResults, new { round }))["pulseResults"]!["shown"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_database_reader_cannot_pair_a_pulse_answer_with_who_gave_it()
    {
        var round = await OpenRoundAsync();
        var answerers = Support.Concat(PeopleTeam).ToList();
        foreach (var (email, index) in answerers.Select((email, index) => (email, index)))
        {
            await AnswerAsync(round, email, index % 11, $"Answer number {index} of the database test");
        }

        // While the round is open, nothing readable says what anyone answered.
        var open = await DatabaseSnapshot.EveryRowAsync(_database);
        Assert.DoesNotContain(open, row => row.Contains("of the database test"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_answers"));

        await CloseAndReleaseAsync(round);

        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_ballots"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_participants p JOIN pulse_answers a ON a.xmin = p.xmin"));
        Assert.Equal(1L, await _database.ScalarAsync<long>($"SELECT count(DISTINCT xmin::text) FROM pulse_answers WHERE round_id = '{round}'"));
        // Written in random order: the physical order is not the order in which people answered (odds of a match by chance: 1 in 11!).
        var physicalOrder = await _database.ScalarAsync<string>(
            $"SELECT string_agg(substring(comment FROM 'number (\\d+)'), ',' ORDER BY ctid) FROM pulse_answers WHERE round_id = '{round}'");
        Assert.NotEqual(string.Join(',', Enumerable.Range(0, answerers.Count)), physicalOrder);
        Assert.Equal(string.Join(',', Enumerable.Range(0, answerers.Count)),
            string.Join(',', physicalOrder!.Split(',').Select(int.Parse).Order()));
        Assert.Equal(0L, await _database.ScalarAsync<long>("""
            SELECT count(*) FROM information_schema.columns
            WHERE table_name IN ('pulse_answers', 'pulse_participants', 'pulse_ballots', 'upward_notes', 'upward_note_senders', 'upward_note_envelopes')
              AND (data_type LIKE 'time%' OR (data_type = 'date' AND column_name <> 'released_week') OR column_default LIKE 'nextval%')
            """));
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("of the database test"));
    }

    [Fact]
    public async Task One_colleague_sending_two_notes_does_not_release_a_victims_note_and_no_row_pairs_a_writer_with_a_note()
    {
        var lead = Leads[0];
        var (colluder, victim, third) = (Report(0, 1), Report(0, 2), Report(0, 3));
        const string Batches = "{ upwardFeedbackForMe { batches { releasedWeek notes { text } } } }";
        const string Send = "mutation ($text: String!) { sendUpwardFeedback(text: $text) { week } }";

        await QueryAsync(colluder, Send, new { text = "Colluder's first note" });
        await QueryAsync(colluder, Send, new { text = "Colluder's second note" });
        await QueryAsync(victim, Send, new { text = "The victim's honest note" });
        var afterColluder = (await QueryAsync(lead, Batches))["upwardFeedbackForMe"]!["batches"]!.AsArray();
        var waiting = await DatabaseSnapshot.EveryRowAsync(_database);
        var sendersWhileWaiting = await _database.ScalarAsync<long>("SELECT count(*) FROM upward_note_senders");
        await QueryAsync(third, Send, new { text = "A third person's note" });
        var released = (await QueryAsync(lead, Batches))["upwardFeedbackForMe"]!["batches"]!.AsArray();

        Assert.Empty(afterColluder);
        Assert.Equal(2L, sendersWhileWaiting);
        Assert.DoesNotContain(waiting, row => row.Contains("honest note"));
        var notes = released.Single()!["notes"]!.AsArray();
        Assert.Equal(4, notes.Count);
        Assert.All(notes, note => Assert.Equal(["text"], note!.AsObject().Select(field => field.Key)));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM upward_note_senders"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM upward_note_envelopes"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(DISTINCT xmin::text) FROM upward_notes"));
        Assert.DoesNotContain(_host.Logs.Lines, line => line.Contains("honest note"));
    }

    [Fact]
    public async Task Subtracting_sub_lines_from_a_line_learns_no_mood_below_five_check_ins()
    {
        var weekA = Monday(DateTime.UtcNow.AddDays(-21));
        var weekB = weekA.AddDays(7);
        // Everyone under the three leads checks in, and of the director's own reports only two leads and one report
        // (three people, the attack); People's four reports and HR too. A report of the director and one of
        // HR's swap moods between the two weeks: the three alone would show it in the director's line minus the leads'.
        string[] checkingIn =
        [
            .. Enumerable.Range(0, 3).SelectMany(lead => Enumerable.Range(1, 5).Select(index => Report(lead, index))),
            Leads[0], Leads[1], DirectorReports[0], Hr, .. HrReports,
        ];
        foreach (var (email, index) in checkingIn.Select((email, index) => (email, index)))
        {
            var swapped = email == DirectorReports[0] ? (1, 5) : email == HrReports[0] ? (5, 1) : (index % 5 + 1, index % 5 + 1);
            await CheckInAsync(email, weekA, swapped.Item1);
            await CheckInAsync(email, weekB, swapped.Item2);
        }

        var views = new List<(string Name, JsonArray Weeks)>();
        foreach (var manager in (string[])[Chief, Hr, Director, .. Leads])
        {
            views.Add(($"line of {manager}", (await QueryAsync(Hr, "query ($id: ID) { managerDashboard(managerId: $id) { checkIns { week submitted averageMood } } }",
                new { id = _ids[manager] }))["managerDashboard"]!["checkIns"]!.AsArray()));
        }

        foreach (var (name, weeks) in views)
        {
            var a = weeks.Single(week => week!["week"]!.GetValue<string>() == weekA.ToString("yyyy-MM-dd"))!;
            var b = weeks.Single(week => week!["week"]!.GetValue<string>() == weekB.ToString("yyyy-MM-dd"))!;
            Assert.True(a["averageMood"]?.ToJsonString() == b["averageMood"]?.ToJsonString(), $"{name} tells the weeks apart: {a} and {b}");
        }

        double? MoodOf(string view) => views.Single(candidate => candidate.Name == view).Weeks
            .Single(week => week!["week"]!.GetValue<string>() == weekA.ToString("yyyy-MM-dd"))!["averageMood"]?.GetValue<double>();
        Assert.NotNull(MoodOf($"line of {Leads[0]}"));
        Assert.NotNull(MoodOf($"line of {Director}"));
        Assert.NotNull(MoodOf($"line of {Chief}"));
        Assert.Null(MoodOf($"line of {Hr}"));
    }

    private Task CheckInAsync(string email, DateOnly week, int mood) => ExecuteAsync($"""
        INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at)
        VALUES (gen_random_uuid(), '{_ids[email]}', '{week:yyyy-MM-dd}', {mood}, '', '', '', now())
        """);

    private static DateOnly Monday(DateTime day)
    {
        var date = DateOnly.FromDateTime(day);
        return date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
    }

    private static EmployeeRecord Person(string email, string team, string? manager, bool isHrAdmin = false) =>
        new(null, email.Split('@')[0], email, "Specialist", team, manager, "Europe/Paris", new DateOnly(2024, 1, 1), Active: true, isHrAdmin);
}
