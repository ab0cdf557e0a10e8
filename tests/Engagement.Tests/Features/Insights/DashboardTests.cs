using System.Text.Json.Nodes;
using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Insights;

/// <summary>
/// An organisation big enough for the thresholds: Alpha has six people (Nora works from New York, the rest from Paris),
/// Beta three. Everyone signs in with the test password.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class DashboardTests : IAsyncLifetime
{
    private const string Hr = "hr@insights.test";
    private const string Lead = "lead@insights.test";
    private const string BetaLead = "beta.lead@insights.test";
    private const string Nora = "nora@insights.test";
    private const string Enps = "query ($teamIds: [ID!], $levels: [Int!], $timeZones: [String!]) { hrDashboard(teamIds: $teamIds, levels: $levels, timeZones: $timeZones) { headcount enps { answers enps leftOut withheldReason } } }";

    private static readonly IReadOnlyList<EmployeeRecord> People =
    [
        Person(Hr, "Hana Hr", "People", null, isHrAdmin: true),
        Person(Lead, "Lea Lead", "Alpha", Hr),
        Person("alpha1@insights.test", "Al One", "Alpha", Lead),
        Person("alpha2@insights.test", "Al Two", "Alpha", Lead),
        Person("alpha3@insights.test", "Al Three", "Alpha", Lead),
        Person("alpha4@insights.test", "Al Four", "Alpha", Lead),
        Person(Nora, "Nora York", "Alpha", Lead, "America/New_York"),
        Person(BetaLead, "Ben Beta", "Beta", Hr),
        Person("beta1@insights.test", "Bea One", "Beta", BetaLead),
        Person("beta2@insights.test", "Bo Two", "Beta", BetaLead),
    ];

    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private Dictionary<string, Guid> _ids = null!;
    private Dictionary<string, Guid> _teams = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        await _host.Services.GetRequiredService<Organisation>().ApplyAsync(People, _ => Task.CompletedTask, CancellationToken.None);
        var accounts = _host.Services.GetRequiredService<Accounts>();
        _ids = [];
        foreach (var person in People)
        {
            _ids[person.Email] = await _database.ScalarAsync<Guid>($"SELECT id FROM employees WHERE email = '{person.Email}'");
            await accounts.SetPasswordAsync(_ids[person.Email], TestOrg.Password, mustChange: false, CancellationToken.None);
        }

        _teams = new Dictionary<string, Guid>
        {
            ["Alpha"] = await _database.ScalarAsync<Guid>("SELECT id FROM teams WHERE name = 'Alpha'"),
            ["Beta"] = await _database.ScalarAsync<Guid>("SELECT id FROM teams WHERE name = 'Beta'"),
        };
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task<GraphQLResponse> AsAsync(string email, string query, object? variables = null) =>
        await _host.GraphQLAsync(query, variables, await _host.SignedInAsync(email));

    private async Task ExecuteAsync(string sql)
    {
        await using var command = _database.DataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>A pulse round a week ago: Alpha answers 10 but Nora, who answers 0; Beta's three answer 8.</summary>
    private async Task PulseRoundAsync()
    {
        await ExecuteAsync("INSERT INTO pulse_rounds (id, question, opens_at, closes_at, released) VALUES ('00000000-0000-0000-0000-0000000000aa', 'Recommend us?', now() - interval '7 days', now(), true)");
        var alpha = _teams["Alpha"];
        var beta = _teams["Beta"];
        var scores = new[] { (alpha, 10), (alpha, 10), (alpha, 10), (alpha, 10), (alpha, 10), (alpha, 0), (beta, 8), (beta, 8), (beta, 8) };
        foreach (var (team, score) in scores)
        {
            await ExecuteAsync($"INSERT INTO pulse_answers (id, round_id, team_id, score) VALUES (gen_random_uuid(), '00000000-0000-0000-0000-0000000000aa', '{team}', {score})");
        }
    }

    private static JsonNode Round(GraphQLResponse response) => response.DataOrThrow()["hrDashboard"]!["enps"]!.AsArray().Single()!;

    [Fact]
    public async Task A_team_shows_its_enps_but_the_same_team_minus_one_person_shows_nothing_to_subtract()
    {
        await PulseRoundAsync();
        var alpha = _teams["Alpha"].ToString();

        var team = Round(await AsAsync(Hr, Enps, new { teamIds = new[] { alpha } }));
        var teamMinusNora = await AsAsync(Hr, Enps, new { teamIds = new[] { alpha }, timeZones = new[] { "Europe/Paris" } });
        var byLevel = Round(await AsAsync(Hr, Enps, new { teamIds = new[] { alpha }, levels = new[] { 3 } }));

        Assert.Equal(6, team["answers"]!.GetValue<int>());
        Assert.Equal(67, team["enps"]!.GetValue<int>());
        Assert.Equal(5, teamMinusNora.DataOrThrow()["hrDashboard"]!["headcount"]!.GetValue<int>());
        var withheld = Round(teamMinusNora);
        Assert.Null(withheld["enps"]);
        Assert.Equal(0, withheld["answers"]!.GetValue<int>());
        Assert.Contains("whole teams", withheld["withheldReason"]!.GetValue<string>());
        Assert.Null(byLevel["enps"]);
    }

    [Fact]
    public async Task A_team_below_the_threshold_counts_nowhere_so_the_company_minus_the_others_reveals_nothing()
    {
        await PulseRoundAsync();

        var beta = Round(await AsAsync(Hr, Enps, new { teamIds = new[] { _teams["Beta"].ToString() } }));
        var company = Round(await AsAsync(Hr, Enps));
        var both = Round(await AsAsync(Hr, Enps, new { teamIds = new[] { _teams["Alpha"].ToString(), _teams["Beta"].ToString() } }));
        var alpha = Round(await AsAsync(Hr, Enps, new { teamIds = new[] { _teams["Alpha"].ToString() } }));

        Assert.Null(beta["enps"]);
        Assert.Contains("reached 5 answers", beta["withheldReason"]!.GetValue<string>());
        // Beta's three answers are left out of every view: company, Alpha + Beta and Alpha alone agree.
        Assert.Equal(alpha.ToJsonString().Replace("\"leftOut\":0", "\"leftOut\":3"), company.ToJsonString());
        Assert.Equal(company.ToJsonString(), both.ToJsonString());
    }

    [Fact]
    public async Task Mood_shows_from_five_check_ins_a_week_and_recognition_counts_the_whole_line()
    {
        var monday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-14));
        monday = monday.AddDays(-(((int)monday.DayOfWeek + 6) % 7));
        var alphaPeople = new[] { "alpha1", "alpha2", "alpha3", "alpha4", "nora" }.Select(name => _ids.Single(id => id.Key.StartsWith(name)).Value).ToList();
        foreach (var (person, index) in alphaPeople.Select((person, index) => (person, index)))
        {
            // Five check-ins in the first week, four in the next.
            await ExecuteAsync($"INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at) VALUES (gen_random_uuid(), '{person}', '{monday:yyyy-MM-dd}', {index + 1}, '', '', '', now())");
            if (index < 4)
            {
                await ExecuteAsync($"INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at) VALUES (gen_random_uuid(), '{person}', '{monday.AddDays(7):yyyy-MM-dd}', 5, '', '', '', now())");
            }
        }

        (await AsAsync(Lead, KudosRequests.Give, KudosRequests.Kudos(_ids[Nora], points: 0))).DataOrThrow();
        var dashboard = (await AsAsync(Lead, """
            { managerDashboard { people checkIns { week submitted averageMood } recognition { given received } recognitionByPerson { person { name } received }
                                 notRecognised { days people { person { name } } } } }
            """)).DataOrThrow()["managerDashboard"]!;

        var weeks = dashboard["checkIns"]!.AsArray().ToDictionary(week => week!["week"]!.GetValue<string>());
        Assert.Equal(5, dashboard["people"]!.GetValue<int>());
        Assert.Equal(3.0, weeks[monday.ToString("yyyy-MM-dd")]!["averageMood"]!.GetValue<double>());
        Assert.Equal(4, weeks[monday.AddDays(7).ToString("yyyy-MM-dd")]!["submitted"]!.GetValue<int>());
        Assert.Null(weeks[monday.AddDays(7).ToString("yyyy-MM-dd")]!["averageMood"]);
        // The lead's kudos went to Nora, who is in the line; the lead is not, so nothing was given from inside it.
        Assert.Equal(1, dashboard["recognition"]!.AsArray().Sum(point => point!["received"]!.GetValue<int>()));
        Assert.Equal(0, dashboard["recognition"]!.AsArray().Sum(point => point!["given"]!.GetValue<int>()));
        var unrecognised = dashboard["notRecognised"]!.AsArray().Single(group => group!["days"]!.GetValue<int>() == 30)!["people"]!.AsArray()
            .Select(person => person!["person"]!["name"]!.GetValue<string>()).ToList();
        Assert.Equal(["Al Four", "Al One", "Al Three", "Al Two"], unrecognised);
    }

    [Fact]
    public async Task One_on_one_adherence_counts_held_meetings_against_those_the_schedule_gave()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var schedule = new OneOnOneSchedule(OneOnOneCadence.Weekly, 3, new TimeOnly(10, 0), "Europe/Paris", 30, today.AddDays(-28));
        var dates = schedule.DatesFrom(schedule.StartsOn).TakeWhile(date => schedule.StartOn(date).AddMinutes(30) + SeriesView.Grace < DateTimeOffset.UtcNow).ToList();
        await ExecuteAsync($"""
            INSERT INTO one_on_one_series (id, manager_id, report_id, cadence, weekday, local_time, time_zone, duration_minutes, starts_on, created_at, updated_at)
            VALUES ('00000000-0000-0000-0000-0000000000bb', '{_ids[Lead]}', '{_ids[Nora]}', 'WEEKLY', 3, '10:00', 'Europe/Paris', 30, '{schedule.StartsOn:yyyy-MM-dd}', now(), now())
            """);
        foreach (var date in dates.Take(2))
        {
            await ExecuteAsync($"INSERT INTO one_on_one_meetings (series_id, occurrence_date, status, held_at) VALUES ('00000000-0000-0000-0000-0000000000bb', '{date:yyyy-MM-dd}', 'HELD', now())");
        }

        var rows = (await AsAsync(Lead, "{ managerDashboard { oneOnOnes { report { name } expected held rate } } }")).DataOrThrow()["managerDashboard"]!["oneOnOnes"]!.AsArray();
        var byManager = (await AsAsync(Hr, "{ hrDashboard { oneOnOnesByManager { manager { name } series expected held } } }")).DataOrThrow()["hrDashboard"]!["oneOnOnesByManager"]!
            .AsArray().Single()!;

        var nora = rows.Single()!;
        Assert.Equal("Nora York", nora["report"]!["name"]!.GetValue<string>());
        Assert.Equal(dates.Count, nora["expected"]!.GetValue<int>());
        Assert.Equal(2, nora["held"]!.GetValue<int>());
        Assert.Equal(Math.Round(2.0 / dates.Count, 4), nora["rate"]!.GetValue<double>());
        Assert.Equal("Lea Lead", byManager["manager"]!["name"]!.GetValue<string>());
        Assert.Equal(dates.Count, byManager["expected"]!.GetValue<int>());
    }

    [Fact]
    public async Task Wrong_people_periods_and_filters_get_clear_errors()
    {
        var future = DateTime.UtcNow.AddDays(3).ToString("yyyy-MM-dd");
        var weekAgo = DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd");
        var monthAgo = DateTime.UtcNow.AddDays(-30).ToString("yyyy-MM-dd");
        const string manager = "query ($managerId: ID, $from: DateOnly, $to: DateOnly) { managerDashboard(managerId: $managerId, from: $from, to: $to) { people } }";

        Assert.Equal("FORBIDDEN", (await AsAsync(Lead, manager, new { managerId = _ids[BetaLead] })).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await AsAsync(Nora, manager)).FirstErrorCode);
        Assert.Equal("FORBIDDEN", (await AsAsync(Lead, Enps)).FirstErrorCode);
        Assert.Equal(2, (await AsAsync(Hr, manager, new { managerId = _ids[BetaLead] })).DataOrThrow()["managerDashboard"]!["people"]!.GetValue<int>());
        Assert.Equal(9, (await AsAsync(Hr, manager)).DataOrThrow()["managerDashboard"]!["people"]!.GetValue<int>());
        Assert.Equal("INVALID_ARGUMENT", (await AsAsync(Lead, manager, new { to = future })).FirstErrorCode);
        Assert.Equal("INVALID_ARGUMENT", (await AsAsync(Lead, manager, new { from = weekAgo, to = monthAgo })).FirstErrorCode);
        Assert.Equal("INVALID_ARGUMENT", (await AsAsync(Lead, manager, new { from = "2020-01-01", to = monthAgo })).FirstErrorCode);
        Assert.Equal("NOT_FOUND", (await AsAsync(Hr, Enps, new { teamIds = new[] { Guid.NewGuid() } })).FirstErrorCode);
        Assert.Equal("TIME_ZONE_UNKNOWN", (await AsAsync(Hr, Enps, new { timeZones = new[] { "Atlantis/Capital" } })).FirstErrorCode);
        Assert.Equal("INVALID_ARGUMENT", (await AsAsync(Hr, Enps, new { levels = new[] { 0 } })).FirstErrorCode);
    }

    private static EmployeeRecord Person(string email, string name, string team, string? manager, string timeZone = "Europe/Paris", bool isHrAdmin = false) =>
        new(null, name, email, "Specialist", team, manager, timeZone, new DateOnly(2024, 1, 1), Active: true, isHrAdmin);
}
