using System.Text;
using System.Text.RegularExpressions;
using Engagement.Tests.Support;
using Npgsql;

namespace Engagement.Tests.Features.Ideas;

/// <summary>
/// An anonymous idea must leave no trace of its author: every row it adds to any table, every log line written while
/// it was submitted, and every field the API returns are searched for the author's id, email, name and team.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class AnonymousIdeaTests
{
    [Fact]
    public async Task An_anonymous_idea_leaves_no_trace_of_its_author_anywhere_yet_the_token_leads_back()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        var org = await TestOrg.SeedAsync(host, database);
        var author = await host.SignedInAsync(TestOrg.Employee);
        var person = TestOrg.People.Single(p => p.Email == TestOrg.Employee);
        var teamId = await database.ScalarAsync<Guid>($"SELECT team_id FROM employees WHERE email = '{TestOrg.Employee}'");
        string[] traces = [org.IdOf(TestOrg.Employee).ToString(), org.IdOf(TestOrg.Employee).ToString("N"), person.Email, person.Name, teamId.ToString()];

        var before = await EveryRowAsync(database);
        var logsBefore = host.Logs.Lines.Count;
        var submitted = (await host.GraphQLAsync("""
            mutation ($input: IdeaInput!) {
              submitIdea(input: $input) { followToken idea { id anonymous author { id } teamName owner { id } canEdit } }
            }
            """, IdeaTests.Idea("Anonymous: the night shift needs a second person", anonymous: true), author)).DataOrThrow()["submitIdea"]!;
        var id = submitted["idea"]!["id"]!.GetValue<string>();
        var token = submitted["followToken"]!.GetValue<string>();
        await host.GraphQLAsync("{ me { id } }", client: author);
        var after = await EveryRowAsync(database);

        var newRows = after.Except(before).ToList();
        Assert.NotEmpty(newRows);
        foreach (var trace in traces)
        {
            Assert.DoesNotContain(newRows, row => row.Contains(trace, StringComparison.OrdinalIgnoreCase));
            Assert.DoesNotContain(host.Logs.Lines.Skip(logsBefore), line => line.Contains(trace, StringComparison.OrdinalIgnoreCase));
        }

        Assert.True(submitted["idea"]!["anonymous"]!.GetValue<bool>());
        Assert.Null(submitted["idea"]!["author"]);
        Assert.Null(submitted["idea"]!["teamName"]);
        Assert.Null(submitted["idea"]!["owner"]);
        Assert.False(submitted["idea"]!["canEdit"]!.GetValue<bool>());

        var everyField = (await host.GraphQLAsync("""
            query ($id: ID!, $token: String!) {
              idea(id: $id) { id title anonymous author { id name } teamName owner { id } responses { id } comments { id } canEdit }
              mine: ideas(filter: { mine: true }) { nodes { id } }
              board: ideas { nodes { id author { id name } teamName } }
              byToken: ideaByFollowToken(token: $token) { id title }
            }
            """, new { id, token }, author)).DataOrThrow();
        var text = everyField.ToJsonString();
        foreach (var trace in traces)
        {
            Assert.DoesNotContain(trace, text, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Equal(id, everyField["byToken"]!["id"]!.GetValue<string>());
        Assert.Empty(everyField["mine"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task The_anonymous_author_edits_with_the_token_and_hr_answers()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        await TestOrg.SeedAsync(host, database);
        var author = await host.SignedInAsync(TestOrg.Employee);
        var submitted = (await host.GraphQLAsync("mutation ($input: IdeaInput!) { submitIdea(input: $input) { followToken idea { id } } }",
            IdeaTests.Idea("Anonymous kiosk", anonymous: true), author)).DataOrThrow()["submitIdea"]!;
        var id = submitted["idea"]!["id"]!.GetValue<string>();
        const string Edit = "mutation ($id: ID!, $input: IdeaInput!, $token: String) { editIdea(id: $id, input: $input, followToken: $token) { title } }";

        var withoutToken = await host.GraphQLAsync(Edit, new { id, input = Input("Guess"), token = (string?)null }, author);
        var withToken = (await host.GraphQLAsync(Edit, new { id, input = Input("Anonymous kiosk, clearer"), token = submitted["followToken"]!.GetValue<string>() },
            author)).DataOrThrow()["editIdea"]!;
        var byManager = await host.GraphQLAsync("mutation ($id: ID!) { moveIdea(id: $id, status: UNDER_REVIEW, response: \"Looking\") { status } }",
            new { id }, await host.SignedInAsync(TestOrg.TheirManager));
        var byHr = await host.GraphQLAsync("mutation ($id: ID!) { moveIdea(id: $id, status: UNDER_REVIEW, response: \"Looking\") { status } }",
            new { id }, await host.SignedInAsync(TestOrg.HrAdmin));

        Assert.Equal("FORBIDDEN", withoutToken.FirstErrorCode);
        Assert.Equal("Anonymous kiosk, clearer", withToken["title"]!.GetValue<string>());
        Assert.Equal("FORBIDDEN", byManager.FirstErrorCode);
        Assert.Equal("UNDER_REVIEW", byHr.DataOrThrow()["moveIdea"]!["status"]!.GetValue<string>());
    }

    private static object Input(string title) =>
        new { title, problem = "Queues", proposal = "A kiosk", category = "Customer experience", anonymous = true };

    /// <summary>Every row of every table as JSON, with binary columns (grain state) decoded as text.</summary>
    private static async Task<HashSet<string>> EveryRowAsync(TestDatabase database)
    {
        var tables = new List<string>();
        await using (var list = database.DataSource.CreateCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema IN ('public', 'hangfire')"))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        var rows = new HashSet<string>();
        foreach (var table in tables)
        {
            await using var command = database.DataSource.CreateCommand($"SELECT to_jsonb(t)::text FROM {table} t");
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                var row = reader.GetString(0);
                rows.Add(table + " " + Hex().Replace(row, match => Encoding.UTF8.GetString(Convert.FromHexString(match.Groups[1].Value))));
            }
        }

        return rows;
    }

    [GeneratedRegex(@"\\\\x((?:[0-9a-f]{2})+)")]
    private static partial Regex Hex();
}
