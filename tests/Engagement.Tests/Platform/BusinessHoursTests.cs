using Engagement.Platform;

namespace Engagement.Tests.Platform;

public sealed class BusinessHoursTests
{
    [Fact]
    public void Time_within_a_working_day_is_added_as_is()
    {
        var start = new DateTimeOffset(2026, 11, 24, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal(start.AddHours(3), BusinessHours.Add(start, TimeSpan.FromHours(3), "UTC"));
    }

    [Fact]
    public void Twenty_four_working_hours_from_friday_evening_end_on_wednesday_at_five()
    {
        var fridayEvening = new DateTimeOffset(2026, 11, 27, 19, 30, 0, TimeSpan.FromHours(1));

        var due = BusinessHours.Add(fridayEvening, TimeSpan.FromHours(24), "Europe/Paris");

        Assert.Equal(new DateTimeOffset(2026, 12, 2, 17, 0, 0, TimeSpan.FromHours(1)), due);
    }

    [Fact]
    public void Working_hours_follow_the_company_clock_across_a_daylight_saving_change()
    {
        var fridayAfternoon = new DateTimeOffset(2026, 3, 27, 16, 0, 0, TimeSpan.FromHours(1));

        var due = BusinessHours.Add(fridayAfternoon, TimeSpan.FromHours(2), "Europe/Paris");

        Assert.Equal(new DateTimeOffset(2026, 3, 30, 10, 0, 0, TimeSpan.FromHours(2)), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Working_time_between_friday_afternoon_and_monday_morning_skips_the_night_and_weekend()
    {
        var friday = new DateTimeOffset(2026, 11, 27, 15, 0, 0, TimeSpan.Zero);
        var monday = new DateTimeOffset(2026, 11, 30, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(4), BusinessHours.Between(friday, monday, "UTC"));
    }

    [Fact]
    public void Between_undoes_add()
    {
        var start = new DateTimeOffset(2026, 11, 26, 20, 0, 0, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromHours(24), BusinessHours.Between(start, BusinessHours.Add(start, TimeSpan.FromHours(24), "Europe/Paris"), "Europe/Paris"));
    }
}
