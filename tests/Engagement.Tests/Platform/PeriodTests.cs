using Engagement.Platform;

namespace Engagement.Tests.Platform;

public sealed class PeriodTests
{
    [Fact]
    public void A_month_starts_at_local_midnight_of_the_company_and_is_stored_in_utc()
    {
        var month = Period.Month(new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero), "Australia/Sydney");

        Assert.Equal(new DateTimeOffset(2026, 10, 31, 13, 0, 0, TimeSpan.Zero), month.Start);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 13, 0, 0, TimeSpan.Zero), month.End);
        Assert.Equal(TimeSpan.Zero, month.Start.Offset);
    }

    [Fact]
    public void Late_on_the_last_evening_in_new_york_is_already_next_month_in_paris()
    {
        var instant = new DateTimeOffset(2026, 12, 1, 0, 30, 0, TimeSpan.Zero);

        Assert.Equal(11, Period.Month(instant, "America/New_York").Start.AddDays(15).Month);
        Assert.Equal(12, Period.Month(instant, "Europe/Paris").Start.AddDays(15).Month);
    }

    [Fact]
    public void A_month_that_spans_a_clock_change_keeps_its_real_length()
    {
        var march = Period.Month(new DateTimeOffset(2026, 3, 15, 0, 0, 0, TimeSpan.Zero), "Europe/Paris");

        Assert.Equal(TimeSpan.FromDays(31) - TimeSpan.FromHours(1), march.End - march.Start);
    }

    [Fact]
    public void Quarters_and_years_follow_the_calendar()
    {
        var now = new DateTimeOffset(2026, 8, 10, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero), Period.Quarter(now, "UTC").Start);
        Assert.Equal(new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero), Period.Year(now, "UTC").End);
    }

    [Fact]
    public void A_week_starts_on_the_companys_monday()
    {
        var sundayNightInUtc = new DateTimeOffset(2026, 11, 29, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 11, 23), Period.Week(sundayNightInUtc, "America/New_York").Monday);
        Assert.Equal(new DateOnly(2026, 11, 30), Period.Week(sundayNightInUtc, "Asia/Singapore").Monday);
    }
}
