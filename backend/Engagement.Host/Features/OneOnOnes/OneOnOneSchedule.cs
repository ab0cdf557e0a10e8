using System.Globalization;
using Engagement.Platform;

namespace Engagement.Features.OneOnOnes;

public enum OneOnOneCadence { Weekly, Biweekly, Monthly }

/// <summary>
/// When a series meets: a wall-clock time on a weekday in one time zone, so a 9:00 meeting stays at 9:00 for both
/// sides of a daylight-saving change. Monthly series meet on the same ordinal weekday as their first date (the 2nd
/// Tuesday); a first date in the 5th week means the last such weekday of each month.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record OneOnOneSchedule(
    [property: Id(0)] OneOnOneCadence Cadence,
    [property: Id(1)] int Weekday,
    [property: Id(2)] TimeOnly LocalTime,
    [property: Id(3)] string TimeZone,
    [property: Id(4)] int DurationMinutes,
    [property: Id(5)] DateOnly StartsOn)
{
    public const int MinDurationMinutes = 15;
    public const int MaxDurationMinutes = 240;

    public TimeSpan Duration => TimeSpan.FromMinutes(DurationMinutes);

    /// <summary>The usual gap between two meetings; the overdue nudge waits one and a half of them.</summary>
    public TimeSpan Interval => Cadence switch
    {
        OneOnOneCadence.Weekly => TimeSpan.FromDays(7),
        OneOnOneCadence.Biweekly => TimeSpan.FromDays(14),
        _ => TimeSpan.FromDays(30),
    };

    public TimeSpan OverdueAfter => Interval * 1.5;

    private DayOfWeek DayOfWeek => (DayOfWeek)(Weekday % 7);

    public DateOnly FirstDate => OnOrAfter(StartsOn);

    /// <summary>Occurrence dates on or after <paramref name="from"/>, in order, without end.</summary>
    public IEnumerable<DateOnly> DatesFrom(DateOnly from)
    {
        var first = FirstDate;
        if (from < first)
        {
            from = first;
        }

        if (Cadence == OneOnOneCadence.Monthly)
        {
            var ordinal = (first.Day - 1) / 7 + 1;
            for (var month = new DateOnly(from.Year, from.Month, 1); ; month = month.AddMonths(1))
            {
                var date = NthWeekdayOf(month, ordinal);
                if (date >= from)
                {
                    yield return date;
                }
            }
        }
        else
        {
            var step = Cadence == OneOnOneCadence.Weekly ? 7 : 14;
            var steps = (from.DayNumber - first.DayNumber + step - 1) / step;
            for (var date = first.AddDays(steps * step); ; date = date.AddDays(step))
            {
                yield return date;
            }
        }
    }

    public bool IsOccurrence(DateOnly date) => date >= StartsOn && DatesFrom(date).First() == date;

    /// <summary>
    /// The instant the meeting starts on that date. A wall-clock time that does not exist (skipped by a spring-forward)
    /// is read with the offset from before the change, landing as much later as the clocks jumped; a repeated one (fall
    /// back) is the first of the two.
    /// </summary>
    public DateTimeOffset StartOn(DateOnly date)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
        var local = date.ToDateTime(LocalTime, DateTimeKind.Unspecified);
        var offset = zone.IsInvalidTime(local) ? zone.GetUtcOffset(local.AddDays(-1))
            : zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max()
            : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    public DateOnly LocalDateOf(DateTimeOffset instant) => TimeZones.DateAt(instant, TimeZone);

    public static OneOnOneSchedule Create(OneOnOneCadence cadence, int weekday, string localTime, string timeZone, int durationMinutes, DateOnly startsOn)
    {
        if (weekday is < 1 or > 7)
        {
            throw new DomainException("INVALID_ARGUMENT", "Choose a weekday from 1 (Monday) to 7 (Sunday).");
        }

        if (!TimeOnly.TryParseExact(localTime?.Trim(), "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            throw new DomainException("INVALID_ARGUMENT", $"'{localTime}' is not a time of day; use HH:mm, such as 09:30.");
        }

        if (durationMinutes is < MinDurationMinutes or > MaxDurationMinutes)
        {
            throw new DomainException("INVALID_ARGUMENT", $"A 1:1 lasts {MinDurationMinutes} to {MaxDurationMinutes} minutes.");
        }

        if (!Enum.IsDefined(cadence))
        {
            throw new DomainException("INVALID_ARGUMENT", "Choose weekly, every two weeks or monthly.");
        }

        return new OneOnOneSchedule(cadence, weekday, time, TimeZones.Require(timeZone), durationMinutes, startsOn);
    }

    private DateOnly NthWeekdayOf(DateOnly month, int ordinal)
    {
        var date = OnOrAfter(month).AddDays(7 * (Math.Min(ordinal, 5) - 1));
        return date.Month == month.Month ? date : date.AddDays(-7);
    }

    private DateOnly OnOrAfter(DateOnly day) => day.AddDays(((int)DayOfWeek - (int)day.DayOfWeek + 7) % 7);
}

/// <summary>One occurrence of a series, named by the date its schedule gives it; moving it keeps the name.</summary>
public readonly record struct MeetingId(Guid SeriesId, DateOnly Date)
{
    public override string ToString() => $"{SeriesId}:{Date:yyyy-MM-dd}";

    public static MeetingId Parse(string? text)
    {
        var separator = text?.LastIndexOf(':') ?? -1;
        if (separator > 0 && Guid.TryParse(text.AsSpan(0, separator), out var series)
            && DateOnly.TryParseExact(text.AsSpan(separator + 1), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return new MeetingId(series, date);
        }

        throw new DomainException("NOT_FOUND", "This meeting does not exist.");
    }
}
