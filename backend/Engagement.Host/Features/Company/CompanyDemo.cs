using Bogus;

namespace Engagement.Features.Company;

/// <summary>A believable company profile for the demo organisation, the same for the same seed.</summary>
public static class CompanyDemo
{
    private static readonly string[] Values =
    [
        "Customers first", "Own it", "Better together", "Speak up", "Keep it simple",
        "Learn every day", "Celebrate wins", "Do the right thing", "Move fast, fix fast",
    ];

    private static readonly string[] TimeZones =
        ["Europe/London", "Europe/Paris", "America/New_York", "America/Chicago", "Asia/Singapore", "Australia/Sydney"];

    public static CompanyProfileInput Generate(int seed)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        return new CompanyProfileInput(
            faker.Company.CompanyName(),
            faker.PickRandom(TimeZones),
            faker.PickRandom(Values, 4).ToList(),
            IdeaAnswerSlaHours: 24,
            MonthlyKudosAllowance: faker.PickRandom(50, 100, 150));
    }
}
