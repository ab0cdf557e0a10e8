using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Platform;

namespace Engagement.Tests.Features.OneOnOnes;

/// <summary>Occurrences on the machine's real IANA zone data: the 2026 changes in Europe, North America and Australia.</summary>
public sealed class OneOnOneScheduleTests
{
    private static OneOnOneSchedule Schedule(OneOnOneCadence cadence, int weekday, string time, string zone, DateOnly startsOn) =>
        OneOnOneSchedule.Create(cadence, weekday, time, zone, 30, startsOn);

    [Fact]
    public void A_weekly_meeting_stays_at_nine_local_time_when_london_springs_forward()
    {
        var schedule = Schedule(OneOnOneCadence.Weekly, 1, "09:00", "Europe/London", new DateOnly(2026, 3, 18));

        var dates = schedule.DatesFrom(new DateOnly(2026, 3, 18)).Take(3).ToList();

        Assert.Equal([new DateOnly(2026, 3, 23), new DateOnly(2026, 3, 30), new DateOnly(2026, 4, 6)], dates);
        Assert.Equal(new DateTimeOffset(2026, 3, 23, 9, 0, 0, TimeSpan.Zero), schedule.StartOn(dates[0]));
        Assert.Equal(new DateTimeOffset(2026, 3, 30, 8, 0, 0, TimeSpan.Zero), schedule.StartOn(dates[1]));
    }

    [Fact]
    public void New_york_and_london_change_clocks_on_different_weekends_so_the_gap_between_them_moves()
    {
        var newYork = Schedule(OneOnOneCadence.Weekly, 2, "09:00", "America/New_York", new DateOnly(2026, 3, 1));
        var london = Schedule(OneOnOneCadence.Weekly, 2, "14:00", "Europe/London", new DateOnly(2026, 3, 1));

        // Before 8 March both are on standard time; between 8 and 29 March only New York has moved.
        Assert.Equal(newYork.StartOn(new DateOnly(2026, 3, 3)), london.StartOn(new DateOnly(2026, 3, 3)));
        Assert.Equal(TimeSpan.FromHours(1), london.StartOn(new DateOnly(2026, 3, 10)) - newYork.StartOn(new DateOnly(2026, 3, 10)));
        Assert.Equal(newYork.StartOn(new DateOnly(2026, 3, 31)), london.StartOn(new DateOnly(2026, 3, 31)));
    }

    [Fact]
    public void Sydney_falls_back_in_april_while_the_north_springs_forward()
    {
        var schedule = Schedule(OneOnOneCadence.Biweekly, 4, "10:00", "Australia/Sydney", new DateOnly(2026, 3, 26));

        var dates = schedule.DatesFrom(new DateOnly(2026, 3, 26)).Take(2).ToList();

        Assert.Equal([new DateOnly(2026, 3, 26), new DateOnly(2026, 4, 9)], dates);
        Assert.Equal(new DateTimeOffset(2026, 3, 25, 23, 0, 0, TimeSpan.Zero), schedule.StartOn(dates[0]));
        Assert.Equal(new DateTimeOffset(2026, 4, 9, 0, 0, 0, TimeSpan.Zero), schedule.StartOn(dates[1]));
    }

    [Fact]
    public void A_time_skipped_by_the_change_lands_as_much_later_and_a_repeated_one_takes_the_first()
    {
        var skipped = Schedule(OneOnOneCadence.Weekly, 7, "01:30", "Europe/London", new DateOnly(2026, 3, 29));
        var repeated = Schedule(OneOnOneCadence.Weekly, 7, "01:30", "Europe/London", new DateOnly(2026, 10, 25));

        // 01:30 does not exist on 29 March (clocks go from 01:00 to 02:00): it is read as 01:30 GMT, shown as 02:30 BST.
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), skipped.StartOn(new DateOnly(2026, 3, 29)));
        // 01:30 happens twice on 25 October: the first, still in BST.
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), repeated.StartOn(new DateOnly(2026, 10, 25)));
    }

    [Fact]
    public void A_monthly_series_keeps_its_ordinal_weekday_and_the_fifth_becomes_the_last()
    {
        var second = Schedule(OneOnOneCadence.Monthly, 2, "09:00", "Europe/Paris", new DateOnly(2026, 1, 13));
        var fifth = Schedule(OneOnOneCadence.Monthly, 4, "09:00", "Europe/Paris", new DateOnly(2026, 1, 29));

        Assert.Equal([new DateOnly(2026, 1, 13), new DateOnly(2026, 2, 10), new DateOnly(2026, 3, 10)], second.DatesFrom(new DateOnly(2026, 1, 1)).Take(3));
        Assert.Equal([new DateOnly(2026, 1, 29), new DateOnly(2026, 2, 26), new DateOnly(2026, 3, 26), new DateOnly(2026, 4, 30)],
            fifth.DatesFrom(new DateOnly(2026, 1, 1)).Take(4));
        Assert.True(second.IsOccurrence(new DateOnly(2026, 2, 10)));
        Assert.False(second.IsOccurrence(new DateOnly(2026, 2, 17)));
    }

    [Fact]
    public void Asking_from_the_middle_of_a_biweekly_series_keeps_its_rhythm()
    {
        var schedule = Schedule(OneOnOneCadence.Biweekly, 3, "15:00", "Asia/Kolkata", new DateOnly(2026, 1, 7));

        Assert.Equal(new DateOnly(2026, 2, 18), schedule.DatesFrom(new DateOnly(2026, 2, 5)).First());
        Assert.Equal(new DateTimeOffset(2026, 2, 18, 9, 30, 0, TimeSpan.Zero), schedule.StartOn(new DateOnly(2026, 2, 18)));
    }

    [Theory]
    [InlineData(0, "09:00", 30, "INVALID_ARGUMENT")]
    [InlineData(8, "09:00", 30, "INVALID_ARGUMENT")]
    [InlineData(1, "9 o'clock", 30, "INVALID_ARGUMENT")]
    [InlineData(1, "25:00", 30, "INVALID_ARGUMENT")]
    [InlineData(1, "09:00", 5, "INVALID_ARGUMENT")]
    [InlineData(1, "09:00", 600, "INVALID_ARGUMENT")]
    public void Impossible_schedules_are_refused_with_a_reason(int weekday, string time, int duration, string code)
    {
        var problem = Assert.Throws<DomainException>(() => OneOnOneSchedule.Create(OneOnOneCadence.Weekly, weekday, time, "Europe/Paris", duration, new DateOnly(2026, 1, 1)));
        Assert.Equal(code, problem.Code);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused()
    {
        var problem = Assert.Throws<DomainException>(() => OneOnOneSchedule.Create(OneOnOneCadence.Weekly, 1, "09:00", "Mars/Olympus_Mons", 30, new DateOnly(2026, 1, 1)));
        Assert.Equal("TIME_ZONE_UNKNOWN", problem.Code);
    }

    [Fact]
    public void Meeting_ids_round_trip_and_nonsense_is_not_found()
    {
        var id = new MeetingId(Guid.NewGuid(), new DateOnly(2026, 12, 3));

        Assert.Equal(id, MeetingId.Parse(id.ToString()));
        Assert.Equal("NOT_FOUND", Assert.Throws<DomainException>(() => MeetingId.Parse("not-a-meeting")).Code);
        Assert.Equal("NOT_FOUND", Assert.Throws<DomainException>(() => MeetingId.Parse($"{Guid.NewGuid()}:2026-13-01")).Code);
    }

    [Fact]
    public void Occurrences_before_the_current_meeting_that_nobody_held_are_missed_and_held_ones_move_the_current_on()
    {
        var schedule = Schedule(OneOnOneCadence.Weekly, 1, "09:00", "Europe/Paris", new DateOnly(2026, 11, 2));
        var person = new EmployeeSummary(Guid.NewGuid(), "A", "T");
        var rows = new Dictionary<DateOnly, MeetingRow>
        {
            [new DateOnly(2026, 11, 9)] = new(new DateOnly(2026, 11, 9), null, OneOnOneStatus.Held, new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero), "", 0),
            [new DateOnly(2026, 11, 30)] = new(new DateOnly(2026, 11, 30), null, OneOnOneStatus.Skipped, null, "", 0),
        };
        var series = new SeriesView(Guid.NewGuid(), person, person with { Id = Guid.NewGuid() }, schedule, new DateOnly(2026, 11, 9),
            new DateTimeOffset(2026, 11, 9, 9, 0, 0, TimeSpan.Zero), 0, rows);
        var now = new DateTimeOffset(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

        // 16 and 23 November passed unheld; 30 November is skipped, so 7 December is next.
        Assert.Equal(new DateOnly(2026, 12, 7), series.Current(now).Date);
        Assert.Equal(
            [(new DateOnly(2026, 11, 23), OneOnOneStatus.Missed), (new DateOnly(2026, 11, 16), OneOnOneStatus.Missed), (new DateOnly(2026, 11, 9), OneOnOneStatus.Held),
                (new DateOnly(2026, 11, 2), OneOnOneStatus.Missed)],
            series.Past(now).Select(meeting => (meeting.Date, meeting.Status)));
        Assert.Equal(OneOnOneStatus.Skipped, series.Following(now).First().Status);
        Assert.True(series.IsOverdue(now));
        Assert.Equal("NOT_FOUND", Assert.Throws<DomainException>(() => series.Meeting(new DateOnly(2026, 11, 10), now)).Code);
    }
}
