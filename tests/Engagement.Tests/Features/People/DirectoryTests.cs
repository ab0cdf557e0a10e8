using Engagement.Tests.Support;

namespace Engagement.Tests.Features.People;

[Collection(HostCollection.Name)]
public sealed class DirectoryTests(HostFixture fixture)
{
    private const string Directory = """
        query ($search: String, $teamId: ID, $first: Int, $after: String) {
          directory(search: $search, teamId: $teamId, first: $first, after: $after) {
            totalCount hasNextPage endCursor nodes { email name team { id name memberCount } manager { name } reportCount isManager }
          }
        }
        """;

    [Theory]
    [InlineData("ezra", TestOrg.Employee)]
    [InlineData("EZ EMPL", TestOrg.Employee)]
    [InlineData("pia support", TestOrg.Peer)]
    [InlineData("otto sales", TestOrg.OtherTeam)]
    public async Task Search_matches_the_start_of_words_in_name_title_and_team(string search, string expected)
    {
        var page = await PageAsync(new { search, first = 10 });

        Assert.Equal([expected], page["nodes"]!.AsArray().Select(node => node!["email"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Paging_with_the_cursor_visits_everyone_once_in_name_order()
    {
        var seen = new List<string>();
        string? after = null;
        do
        {
            var page = await PageAsync(new { first = 3, after });
            seen.AddRange(page["nodes"]!.AsArray().Select(node => node!["name"]!.GetValue<string>()));
            after = page["hasNextPage"]!.GetValue<bool>() ? page["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);

        Assert.Equal(TestOrg.People.Select(person => person.Name).Order(StringComparer.Ordinal), seen);
    }

    [Fact]
    public async Task A_row_carries_its_team_manager_and_reports_without_more_queries()
    {
        var manager = (await PageAsync(new { search = "mona" }))["nodes"]![0]!;
        var employee = (await PageAsync(new { search = "ezra" }))["nodes"]![0]!;

        Assert.True(manager["isManager"]!.GetValue<bool>());
        Assert.Equal(2, manager["reportCount"]!.GetValue<int>());
        Assert.Equal("Mona Alpha", employee["manager"]!["name"]!.GetValue<string>());
        Assert.Equal(3, employee["team"]!["memberCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_team_filter_keeps_only_that_team()
    {
        var sales = (await fixture.Host.GraphQLAsync("{ teams { id name } }", client: fixture.HrAdmin)).DataOrThrow()["teams"]!.AsArray()
            .Single(team => team!["name"]!.GetValue<string>() == "Sales")!["id"]!.GetValue<string>();

        var page = await PageAsync(new { teamId = sales, first = 50 });

        Assert.All(page["nodes"]!.AsArray(), node => Assert.Equal("Sales", node!["team"]!["name"]!.GetValue<string>()));
        Assert.Equal(page["nodes"]!.AsArray().Count, page["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_made_up_cursor_is_refused_with_a_clear_message()
    {
        var response = await fixture.Host.GraphQLAsync(Directory, new { after = "bm90IGEgY3Vyc29y" }, fixture.HrAdmin);

        Assert.Equal("CURSOR_INVALID", response.FirstErrorCode);
    }

    private async Task<System.Text.Json.Nodes.JsonNode> PageAsync(object variables) =>
        (await fixture.Host.GraphQLAsync(Directory, variables, await fixture.ClientOfAsync(TestOrg.Employee))).DataOrThrow()["directory"]!;
}
