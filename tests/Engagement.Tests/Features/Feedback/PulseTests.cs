using Engagement.Features.Feedback;
using Engagement.Features.People;
using Engagement.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Engagement.Tests.Features.Feedback;

/// <summary>Twelve people in two teams answer a pulse; results appear only where no answer can be singled out.</summary>
[Collection(HostCollection.Name)]
public sealed class PulseTests : IAsyncLifetime
{
    private TestDatabase _database = null!;
    private TestHost _host = null!;
    private string _round = "";

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _host = new TestHost(_database.Url);
        await TestOrg.SeedAsync(_host, _database);
        var extra = Enumerable.Range(1, 6).Select(i => new EmployeeRecord(null, $"Sal Es{i}", $"sales{i}@test.example", "Account Executive", "Sales",
            TestOrg.AnotherManager, "Europe/Paris", null, true, false));
        await _host.Services.GetRequiredService<Organisation>().ApplyAsync([.. TestOrg.People, .. extra], _ => Task.CompletedTask, CancellationToken.None);
        var accounts = _host.Services.GetRequiredService<Accounts>();
        foreach (var person in extra)
        {
            await accounts.SetPasswordAsync(await _database.ScalarAsync<Guid>($"SELECT id FROM employees WHERE email = '{person.Email}'"),
                TestOrg.Password, mustChange: false, CancellationToken.None);
        }

        _round = (await _host.GraphQLAsync("mutation { openPulseRound { id } }", client: await _host.SignedInAsync(TestOrg.HrAdmin)))
            .DataOrThrow()["openPulseRound"]!["id"]!.GetValue<string>();
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    private async Task AnswerAsync(string email, int score, string? comment = null) =>
        (await _host.GraphQLAsync("mutation ($round: ID!, $score: Int!, $comment: String) { answerPulse(roundId: $round, score: $score, comment: $comment) { answeredByMe } }",
            new { round = _round, score, comment }, await _host.SignedInAsync(email))).DataOrThrow();

    private async Task<System.Text.Json.Nodes.JsonNode> ResultsAsync(string? teamName = null)
    {
        var hr = await _host.SignedInAsync(TestOrg.HrAdmin);
        var teamId = teamName is null ? null : (await _host.GraphQLAsync("{ teams { id name } }", client: hr)).DataOrThrow()["teams"]!.AsArray()
            .Single(team => team!["name"]!.GetValue<string>() == teamName)!["id"]!.GetValue<string>();
        return (await _host.GraphQLAsync("query ($team: ID) { pulseResults(teamId: $team) { answers shown explanation enps promoters detractors comments } }",
            new { team = teamId }, hr)).DataOrThrow()["pulseResults"]!;
    }

    private async Task CloseAndReleaseAsync()
    {
        await using (var close = _database.DataSource.CreateCommand($"UPDATE pulse_rounds SET closes_at = now() - interval '1 second' WHERE id = '{_round}'"))
        {
            await close.ExecuteNonQueryAsync();
        }

        var pulse = _host.Services.GetRequiredService<Pulse>();
        // Two servers running the job at once release the round once.
        await Task.WhenAll(pulse.ReleaseClosedRoundsAsync(CancellationToken.None), pulse.ReleaseClosedRoundsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_person_answers_once_and_the_answer_waits_sealed_until_the_round_closes()
    {
        await AnswerAsync(TestOrg.Employee, 9);
        var twice = await _host.GraphQLAsync("mutation ($round: ID!) { answerPulse(roundId: $round, score: 1) { id } }", new { round = _round },
            await _host.SignedInAsync(TestOrg.Employee));
        var early = await ResultsAsync();

        Assert.Equal("PULSE_ANSWERED", twice.FirstErrorCode);
        Assert.False(early["shown"]!.GetValue<bool>());
        Assert.Null(early["enps"]);
        Assert.Contains("appear when this pulse closes", early["explanation"]!.GetValue<string>());
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_answers"));
        Assert.Equal(1L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_ballots"));
    }

    [Fact]
    public async Task A_closed_round_shows_teams_with_five_answers_and_leaves_out_smaller_ones_everywhere()
    {
        // Sales: Marc, Otto, Sam, Lou and six more answer; outside Sales only three people (all in Support) answer.
        string[] sales = [TestOrg.AnotherManager, TestOrg.OtherTeam, TestOrg.Spare, TestOrg.Locked, .. Enumerable.Range(1, 6).Select(i => $"sales{i}@test.example")];
        foreach (var email in sales)
        {
            await AnswerAsync(email, 10, "Great team");
        }

        foreach (var email in new[] { TestOrg.Employee, TestOrg.Peer, TestOrg.TheirManager })
        {
            await AnswerAsync(email, 2, "Too busy");
        }

        await CloseAndReleaseAsync();
        var company = await ResultsAsync();
        var salesTeam = await ResultsAsync("Sales");
        var support = await ResultsAsync("Support");

        Assert.Equal(13L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_answers"));
        Assert.Equal(0L, await _database.ScalarAsync<long>("SELECT count(*) FROM pulse_ballots"));
        Assert.True(company["shown"]!.GetValue<bool>());
        Assert.Equal(10, company["answers"]!.GetValue<int>());
        Assert.Equal(100, company["enps"]!.GetValue<int>());
        Assert.Contains("3 more", company["explanation"]!.GetValue<string>());
        Assert.Equal(Enumerable.Repeat("Great team", 10), company["comments"]!.AsArray().Select(comment => comment!.GetValue<string>()));
        Assert.Equal(company["enps"]!.ToJsonString(), salesTeam["enps"]!.ToJsonString());
        Assert.False(support["shown"]!.GetValue<bool>());
        Assert.Equal(3, support["answers"]!.GetValue<int>());
    }
}
