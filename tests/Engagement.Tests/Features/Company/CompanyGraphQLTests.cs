using System.Net;
using Engagement.Tests.Support;

namespace Engagement.Tests.Features.Company;

[Collection(HostCollection.Name)]
public sealed class CompanyGraphQLTests(HostFixture fixture)
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_company_nobody_has_set_up_answers_with_defaults()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var host = new TestHost(database.Url);
        await TestOrg.SeedAsync(host, database);

        var company = (await host.GraphQLAsync("{ company { name timeZone updatedAt } }", client: await host.SignedInAsync(TestOrg.Employee)))
            .DataOrThrow()["company"]!;

        Assert.Equal("Your company", company["name"]!.GetValue<string>());
        Assert.Equal("UTC", company["timeZone"]!.GetValue<string>());
        Assert.Null(company["updatedAt"]);
    }

    [Fact]
    public async Task Every_saved_version_is_recorded_once_in_the_change_history()
    {
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM company_profile_changes");

        var saved = (await Host.GraphQLAsync(CompanyProfileTests.Update, CompanyProfileTests.NorthwindInput("History Ltd"), fixture.HrAdmin)).DataOrThrow();

        Assert.Equal(before + 1, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM company_profile_changes"));
        Assert.Equal("History Ltd", await fixture.Database.ScalarAsync<string>(
            "SELECT profile->>'Name' FROM company_profile_changes ORDER BY version DESC LIMIT 1"));
        Assert.NotNull(saved["updateCompanyProfile"]!["updatedAt"]);
    }

    [Fact]
    public async Task Grain_state_is_stored_as_plain_json_without_type_names()
    {
        (await Host.GraphQLAsync(CompanyProfileTests.Update, CompanyProfileTests.NorthwindInput("Plain Json Inc"), fixture.HrAdmin)).DataOrThrow();

        var stored = await fixture.Database.ScalarAsync<string>(
            "SELECT convert_from(payloadbinary, 'UTF8') FROM orleansstorage WHERE graintypestring = 'company-profile'");
        Assert.Contains("\"Name\":\"Plain Json Inc\"", stored);
        Assert.DoesNotContain("$type", stored);
    }

    [Fact]
    public async Task An_invalid_profile_is_refused_with_its_code_and_nothing_changes()
    {
        (await Host.GraphQLAsync(CompanyProfileTests.Update, CompanyProfileTests.NorthwindInput("Before The Bad Edit"), fixture.HrAdmin)).DataOrThrow();

        var refused = await Host.GraphQLAsync(CompanyProfileTests.Update, new
        {
            input = new { name = "After", timeZone = "Mars/Olympus", values = new[] { "Own it" }, ideaAnswerSlaHours = 8, monthlyKudosAllowance = 10 },
        }, fixture.HrAdmin);

        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Equal("TIME_ZONE_UNKNOWN", refused.FirstErrorCode);
        Assert.Contains("Mars/Olympus", refused.FirstErrorMessage);
        var company = (await Host.GraphQLAsync("{ company { name } }", client: fixture.HrAdmin)).DataOrThrow()["company"]!;
        Assert.Equal("Before The Bad Edit", company["name"]!.GetValue<string>());
    }
}
