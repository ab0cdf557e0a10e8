using System.Net;
using System.Text.RegularExpressions;
using Engagement.Platform;
using Engagement.Tests.Support;

namespace Engagement.Tests.Platform;

[Collection(HostCollection.Name)]
public sealed class GraphQLInputTests(HostFixture fixture)
{
    [Theory]
    [InlineData("""{ ideas(search: "nul \u0000 inside") { totalCount } }""", null)]
    [InlineData("""{ ideas(search: "lone \ud800 surrogate") { totalCount } }""", null)]
    [InlineData("""query ($search: String) { ideas(search: $search) { totalCount } }""", "nul \u0000 inside")]
    public async Task Text_postgresql_cannot_store_is_refused_before_any_feature_sees_it(string query, string? search)
    {
        var response = await PostAsync(query, new { search });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("TEXT_NOT_STORABLE", response.FirstErrorCode);
    }

    [Fact]
    public async Task Text_with_emoji_and_accents_is_accepted()
    {
        var response = await PostAsync("""{ ideas(search: "café 💥") { totalCount } }""");

        response.DataOrThrow();
    }

    [Theory]
    [InlineData("""{ myCheckIn(week: "9999-12-31") { week } }""", "DateOnly")]
    [InlineData("""{ managerDashboard(from: "0001-01-01", to: "0001-01-05") { period { from } } }""", "DateOnly")]
    [InlineData("""mutation { moveOneOnOne(meetingId: "00000000-0000-0000-0000-000000000000:2026-01-05", startsAt: "9999-12-31T23:59:59Z") { id } }""", "DateTime")]
    public async Task Dates_at_the_ends_of_the_calendar_are_refused_as_input(string query, string type)
    {
        var response = await PostAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Contains($"Expected type '{type}'", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData("""{ employee(id: 12) { name } }""")]
    [InlineData("""{ hrDashboard(teamIds: [1, 2]) { headcount } }""")]
    public async Task An_integer_id_is_refused_as_a_malformed_id(string query)
    {
        var response = await PostAsync(query);

        Assert.Equal("INVALID_ARGUMENT", response.FirstErrorCode);
    }

    // Written escaped: xunit cannot carry a lone surrogate in attribute data.
    [Theory]
    [InlineData("plain text", true)]
    [InlineData("a pair \\ud83d\\udca5 of surrogates", true)]
    [InlineData("nul \\u0000", false)]
    [InlineData("lone high \\ud800", false)]
    [InlineData("\\udc00 lone low", false)]
    [InlineData("reversed \\udc00\\ud800", false)]
    public void Storable_text_has_no_nul_and_only_paired_surrogates(string escaped, bool storable) =>
        Assert.Equal(storable, GraphQLInput.IsStorable(Regex.Unescape(escaped)));

    private async Task<GraphQLResponse> PostAsync(string query, object? variables = null) =>
        await fixture.Host.GraphQLAsync(query, variables, fixture.HrAdmin);
}
