using Engagement.Tests.Support;

namespace Engagement.Tests.Features.Ideas;

/// <summary>
/// An anonymous idea must leave no trace of its author: every row it adds to any table, every log line written while
/// it was submitted, and every field the API returns are searched for the author's id, email, name and team.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class AnonymousIdeaTests
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

        var before = await DatabaseSnapshot.EveryRowAsync(database);
        var logsBefore = host.Logs.Lines.Count;
        var submitted = (await host.GraphQLAsync("""
            mutation ($input: IdeaInput!) {
              submitIdea(input: $input) { followToken idea { id anonymous author { id } teamName owner { id } canEdit } }
            }
            """, IdeaTests.Idea("Anonymous: the night shift needs a second person", anonymous: true), author)).DataOrThrow()["submitIdea"]!;
        var id = submitted["idea"]!["id"]!.GetValue<string>();
        var token = submitted["followToken"]!.GetValue<string>();
        await host.GraphQLAsync("{ me { id } }", client: author);
        var after = await DatabaseSnapshot.EveryRowAsync(database);

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
}
