namespace Engagement.Platform;

/// <summary>
/// Working time in a company's time zone, Monday to Friday 09:00–17:00, for answer-time promises: an idea sent on
/// Friday evening is not late on Saturday morning.
/// </summary>
public static class BusinessHours
{
    private static readonly TimeSpan DayStart = TimeSpan.FromHours(9);
    private static readonly TimeSpan DayEnd = TimeSpan.FromHours(17);

    public static DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var local = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var remaining = workingTime;
        while (true)
        {
            local = NextWorkingMoment(local);
            var endOfDay = local.Date + DayEnd;
            if (local + remaining <= endOfDay)
            {
                return ToUtc(local + remaining, zone);
            }

            remaining -= endOfDay - local;
            local = local.Date.AddDays(1) + DayStart;
        }
    }

    /// <summary>The working time between two instants, in the company's clock.</summary>
    public static TimeSpan Between(DateTimeOffset start, DateTimeOffset end, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var from = TimeZoneInfo.ConvertTime(start, zone).DateTime;
        var to = TimeZoneInfo.ConvertTime(end, zone).DateTime;
        var total = TimeSpan.Zero;
        for (var day = from.Date; day <= to.Date; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var opens = Max(day + DayStart, from);
            var closes = Min(day + DayEnd, to);
            if (closes > opens)
            {
                total += closes - opens;
            }
        }

        return total;
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;

    private static DateTime NextWorkingMoment(DateTime local)
    {
        if (local.TimeOfDay >= DayEnd)
        {
            local = local.Date.AddDays(1) + DayStart;
        }
        else if (local.TimeOfDay < DayStart)
        {
            local = local.Date + DayStart;
        }

        while (local.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            local = local.Date.AddDays(1) + DayStart;
        }

        return local;
    }

    private static DateTimeOffset ToUtc(DateTime local, TimeZoneInfo zone) =>
        new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
}
