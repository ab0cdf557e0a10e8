using Engagement.Tests.Support;

namespace Engagement.Tests.Features.Company;

[Collection(HostCollection.Name)]
public sealed class CompanyProfileTests
{
    public const string Update = """
        mutation Update($input: CompanyProfileInput!) {
          updateCompanyProfile(input: $input) { name timeZone values ideaAnswerSlaHours monthlyKudosAllowance updatedAt }
        }
        """;

    public static object NorthwindInput(string name = "Northwind Traders") => new
    {
        input = new { name, timeZone = "America/Chicago", values = new[] { "Own it", "Speak up" }, ideaAnswerSlaHours = 8, monthlyKudosAllowance = 150 },
    };

    private const string Read = "{ company { name timeZone values ideaAnswerSlaHours monthlyKudosAllowance updatedAt } }";

    [Fact]
    public async Task The_profile_survives_a_full_restart_of_the_host()
    {
        await using var database = await TestDatabase.CreateAsync();
        string saved;
        await using (var first = new TestHost(database.Url))
        {
            await TestOrg.SeedAsync(first, database);
            saved = (await first.GraphQLAsync(Update, NorthwindInput(), await first.SignedInAsync(TestOrg.HrAdmin)))
                .DataOrThrow()["updateCompanyProfile"]!.ToJsonString();
        }

        await using var second = new TestHost(database.Url);
        var read = (await second.GraphQLAsync(Read, client: await second.SignedInAsync(TestOrg.Employee))).DataOrThrow()["company"]!.ToJsonString();

        Assert.Equal(saved, read);
        Assert.Contains("Northwind Traders", read);
    }
}
