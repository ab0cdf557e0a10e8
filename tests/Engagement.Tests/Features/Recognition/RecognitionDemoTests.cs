using Engagement.Features.Recognition;

namespace Engagement.Tests.Features.Recognition;

public sealed class RecognitionDemoTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static List<DemoColleague> Team()
    {
        var team = Guid.NewGuid();
        var manager = new DemoColleague(Guid.NewGuid(), null, team);
        return [manager, .. Enumerable.Range(0, 9).Select(_ => new DemoColleague(Guid.NewGuid(), manager.Id, team))];
    }

    [Fact]
    public void Six_months_of_history_never_overspend_and_leave_half_of_this_month_to_give()
    {
        var history = RecognitionDemo.Generate(1, Team(), ["Own it", "Speak up"], monthlyAllowance: 100, Now);

        var spent = history.GroupBy(k => (k.GiverId, k.CreatedAt.Year, k.CreatedAt.Month))
            .ToDictionary(g => g.Key, g => g.Sum(k => k.Points * k.RecipientIds.Count));
        Assert.InRange(history.Select(k => (k.CreatedAt.Year, k.CreatedAt.Month)).Distinct().Count(), 5, 6);
        Assert.All(spent, entry => Assert.True(entry.Value <= (entry.Key.Month == Now.Month ? 50 : 100), $"{entry.Key}: {entry.Value}"));
        Assert.All(history, k => Assert.True(k.CreatedAt < Now));
        Assert.All(history, k => Assert.DoesNotContain(k.GiverId, k.RecipientIds));
    }
}
