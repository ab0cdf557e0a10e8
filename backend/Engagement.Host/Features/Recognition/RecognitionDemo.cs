using Bogus;

namespace Engagement.Features.Recognition;

public sealed record DemoColleague(Guid Id, Guid? ManagerId, Guid? TeamId);

public sealed record HistoricKudos(
    Guid Id, Guid GiverId, IReadOnlyList<Guid> RecipientIds, string Value, string Message, int Points, DateTimeOffset CreatedAt,
    IReadOnlyList<(Guid EmployeeId, string Emoji)> Reactions);

/// <summary>
/// Months of believable recognition for the demo organisation: mostly between teammates and along the reporting line,
/// more on weekdays, within each giver's monthly allowance. The same seed gives the same history.
/// </summary>
public static class RecognitionDemo
{
    private static readonly string[] Deeds =
    [
        "stayed late to get a customer's order out the door",
        "turned an angry call into a five-star review",
        "covered my shift at short notice",
        "explained the new returns process so clearly that the whole team gets it now",
        "spotted the pricing error before it reached customers",
        "onboarded our new starter with endless patience",
        "kept the queue under control during the outage",
        "fixed the checkout bug in record time",
        "shared the customer feedback that changed our plan",
        "ran the best team retro we have had",
        "closed the renewal we thought we had lost",
        "documented the escalation path nobody wanted to write down",
        "helped me prepare for my first customer presentation",
        "cleaned up the stockroom so everyone finds things faster",
        "answered every question in the support channel this week",
    ];

    private static readonly string[] Openings = ["Thank you for", "Huge thanks for", "Shout-out for", "Really appreciate you for", "Kudos for"];
    private static readonly string[] Emoji = ["👏", "🎉", "❤️", "🙌", "🚀"];

    public static IReadOnlyList<HistoricKudos> Generate(
        int seed, IReadOnlyList<DemoColleague> people, IReadOnlyList<string> values, int monthlyAllowance, DateTimeOffset now, int months = 6)
    {
        var faker = new Faker { Random = new Randomizer(seed) };
        var companyValues = values.ToArray();
        var byTeam = people.Where(p => p.TeamId is not null).GroupBy(p => p.TeamId).ToDictionary(g => g.Key!.Value, g => g.ToList());
        var reports = people.Where(p => p.ManagerId is not null).GroupBy(p => p.ManagerId!.Value).ToDictionary(g => g.Key, g => g.ToList());
        var byId = people.ToDictionary(p => p.Id);
        var history = new List<HistoricKudos>();

        for (var month = months - 1; month >= 0; month--)
        {
            var monthStart = new DateTimeOffset(now.Year, now.Month, 1, 0, 0, 0, TimeSpan.Zero).AddMonths(-month);
            var days = month == 0 ? Math.Max(1, now.Day - 1) : DateTime.DaysInMonth(monthStart.Year, monthStart.Month);
            foreach (var giver in people)
            {
                // This month's history spends at most half, so whoever tries the demo still has points to give.
                var budget = month == 0 ? monthlyAllowance / 2 : monthlyAllowance;
                var count = faker.Random.WeightedRandom([0, 1, 2, 3, 4], [0.25f, 0.35f, 0.2f, 0.12f, 0.08f]);
                for (var i = 0; i < count; i++)
                {
                    var candidates = Colleagues(giver, byTeam, reports, byId);
                    if (candidates.Count == 0)
                    {
                        break;
                    }

                    var recipients = faker.Random.ListItems(candidates, faker.Random.WeightedRandom([1, 2, 3], [0.8f, 0.15f, 0.05f]) is var n && n <= candidates.Count ? n : 1)
                        .Select(c => c.Id).ToList();
                    var points = faker.Random.WeightedRandom([0, 5, 10, 20], [0.3f, 0.35f, 0.25f, 0.1f]);
                    if (points * recipients.Count > budget)
                    {
                        points = 0;
                    }

                    budget -= points * recipients.Count;
                    var createdAt = Weekday(monthStart.AddDays(faker.Random.Int(0, days - 1)).AddHours(faker.Random.Int(8, 18)).AddMinutes(faker.Random.Int(0, 59)));
                    var reactions = faker.Random.ListItems(candidates, faker.Random.Int(0, Math.Min(4, candidates.Count)))
                        .Select(c => (c.Id, faker.PickRandom(Emoji))).ToList();
                    history.Add(new HistoricKudos(faker.Random.Guid(), giver.Id, recipients, faker.PickRandom(companyValues),
                        $"{faker.PickRandom(Openings)} the way you {faker.PickRandom(Deeds)}.", points, createdAt, reactions));
                }
            }
        }

        return history.Where(k => k.CreatedAt < now).OrderBy(k => k.CreatedAt).ToList();
    }

    private static List<DemoColleague> Colleagues(
        DemoColleague giver, Dictionary<Guid, List<DemoColleague>> byTeam, Dictionary<Guid, List<DemoColleague>> reports, Dictionary<Guid, DemoColleague> byId)
    {
        var colleagues = new List<DemoColleague>();
        if (giver.TeamId is { } team)
        {
            colleagues.AddRange(byTeam[team].Take(40));
        }

        if (giver.ManagerId is { } manager && byId.TryGetValue(manager, out var boss))
        {
            colleagues.Add(boss);
        }

        colleagues.AddRange(reports.GetValueOrDefault(giver.Id, []));
        return colleagues.Where(c => c.Id != giver.Id).DistinctBy(c => c.Id).ToList();
    }

    private static DateTimeOffset Weekday(DateTimeOffset instant) => instant.DayOfWeek switch
    {
        DayOfWeek.Saturday => instant.AddDays(-1),
        DayOfWeek.Sunday => instant.AddDays(-2),
        _ => instant,
    };
}
