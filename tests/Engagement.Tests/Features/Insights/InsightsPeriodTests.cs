using Engagement.Features.Insights;

namespace Engagement.Tests.Features.Insights;

public sealed class InsightsPeriodTests
{
    [Fact]
    public void On_a_Sunday_the_week_under_way_is_not_a_dashboard_week_yet()
    {
        // Sunday 6 December 2026, noon in Paris: the week of Monday 30 November still takes check-ins, so reading its
        // mood through the day would show each new one.
        var sunday = new DateTimeOffset(2026, 12, 6, 11, 0, 0, TimeSpan.Zero);

        var weeks = InsightsPeriod.Resolve(null, null, "Europe/Paris", sunday).Weeks;

        Assert.Equal(new DateOnly(2026, 11, 23), weeks[^1]);
    }
}
