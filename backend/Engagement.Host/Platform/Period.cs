namespace Engagement.Platform;

/// <summary>
/// A calendar period in the company's time zone, as UTC instants: allowances reset when the company's month
/// starts, not UTC's.
/// </summary>
public sealed record Period(DateTimeOffset Start, DateTimeOffset End)
{
    public static Period Month(DateTimeOffset now, string timeZone) => Of(now, timeZone, local => (new DateTime(local.Year, local.Month, 1), 1));

    public static Period Quarter(DateTimeOffset now, string timeZone) =>
        Of(now, timeZone, local => (new DateTime(local.Year, (local.Month - 1) / 3 * 3 + 1, 1), 3));

    public static Period Year(DateTimeOffset now, string timeZone) => Of(now, timeZone, local => (new DateTime(local.Year, 1, 1), 12));

    /// <summary>The company week (Monday to Sunday) containing <paramref name="now"/>, and its Monday.</summary>
    public static (Period Week, DateOnly Monday) Week(DateTimeOffset now, string timeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var monday = MondayOf(TimeZones.DateAt(now, timeZone));
        return (new Period(StartOf(monday, zone), StartOf(monday.AddDays(7), zone)), monday);
    }

    public static DateOnly MondayOf(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The first instant of a day in a time zone.</summary>
    public static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) => AtLocal(day.ToDateTime(TimeOnly.MinValue), zone);

    private static Period Of(DateTimeOffset now, string timeZone, Func<DateTime, (DateTime Start, int Months)> period)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        var (start, months) = period(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        return new Period(AtLocal(start, zone), AtLocal(start.AddMonths(months), zone));
    }

    /// <summary>Midnight may not exist on a day clocks jump forward; the period then starts at the first instant that does.</summary>
    private static DateTimeOffset AtLocal(DateTime local, TimeZoneInfo zone)
    {
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(30);
        }

        return new DateTimeOffset(local, zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
