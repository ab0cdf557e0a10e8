using Engagement.Features.People;
using Engagement.Platform;

namespace Engagement.Features.OneOnOnes;

public enum OneOnOneStatus { Scheduled, Skipped, Held, Missed }

/// <summary>What happened to one occurrence; occurrences nothing happened to have no row.</summary>
public sealed record MeetingRow(DateOnly Date, DateTimeOffset? MovedTo, OneOnOneStatus Status, DateTimeOffset? HeldAt, string SharedNotes, int NotesVersion);

public sealed record MeetingView(
    SeriesView Series, DateOnly Date, DateTimeOffset StartsAt, OneOnOneStatus Status, bool Moved, DateTimeOffset? HeldAt, string SharedNotes, int NotesVersion)
{
    public MeetingId Id => new(Series.Id, Date);

    public DateTimeOffset EndsAt => StartsAt + Series.Schedule.Duration;

    /// <summary>Agenda, notes and action items change until the meeting is held; skipped and missed ones pass theirs on.</summary>
    public bool IsOpen => Status == OneOnOneStatus.Scheduled;
}

/// <summary>
/// A series with the rows of its occurrences, from which every meeting's time and status follow. The current meeting
/// is the first after the last held one that is neither held nor skipped and has not ended more than
/// <see cref="Grace"/> ago; occurrences before it that nobody held were missed.
/// </summary>
public sealed record SeriesView(
    Guid Id, EmployeeSummary Manager, EmployeeSummary Report, OneOnOneSchedule Schedule, DateOnly? LastHeldDate, DateTimeOffset? LastHeldAt,
    int OpenActionItemCount, IReadOnlyDictionary<DateOnly, MeetingRow> Rows)
{
    public static readonly TimeSpan Grace = TimeSpan.FromHours(12);

    public bool IsParticipant(Guid employeeId) => employeeId == Manager.Id || employeeId == Report.Id;

    public Guid OtherThan(Guid employeeId) => employeeId == Manager.Id ? Report.Id : Manager.Id;

    public MeetingView Current(DateTimeOffset now) => Following(now).First(meeting => meeting.Status == OneOnOneStatus.Scheduled);

    /// <summary>The current meeting and the ones after it, skipped ones included.</summary>
    public IEnumerable<MeetingView> Following(DateTimeOffset now) =>
        After(LastHeldDate).Where(meeting => meeting.EndsAt + Grace > now);

    /// <summary>Held, skipped and missed meetings, newest first.</summary>
    public IEnumerable<MeetingView> Past(DateTimeOffset now)
    {
        var current = Current(now).Date;
        var missed = After(null).TakeWhile(meeting => meeting.Date < current)
            .Where(meeting => meeting.Status == OneOnOneStatus.Scheduled)
            .Select(meeting => meeting with { Status = OneOnOneStatus.Missed });
        var closed = Rows.Values.Select(row => View(row.Date))
            .Where(meeting => meeting.Status is OneOnOneStatus.Held || (meeting.Status is OneOnOneStatus.Skipped && meeting.EndsAt + Grace <= now));
        return closed.Concat(missed).DistinctBy(meeting => meeting.Date).OrderByDescending(meeting => meeting.Date);
    }

    public MeetingView Meeting(DateOnly date, DateTimeOffset now)
    {
        if (!Rows.ContainsKey(date) && !Schedule.IsOccurrence(date))
        {
            throw new DomainException("NOT_FOUND", "This meeting does not exist.");
        }

        var meeting = View(date);
        return meeting.Status == OneOnOneStatus.Scheduled && date < Current(now).Date ? meeting with { Status = OneOnOneStatus.Missed } : meeting;
    }

    public bool IsOverdue(DateTimeOffset now)
    {
        var since = LastHeldAt ?? Schedule.StartOn(Schedule.FirstDate);
        return now - since > Schedule.OverdueAfter;
    }

    /// <summary>Occurrences after a date (all when null), in order, by the schedule.</summary>
    private IEnumerable<MeetingView> After(DateOnly? date) =>
        Schedule.DatesFrom(date?.AddDays(1) ?? Schedule.StartsOn).Select(View);

    private MeetingView View(DateOnly date)
    {
        var row = Rows.GetValueOrDefault(date);
        var start = row?.MovedTo ?? Schedule.StartOn(date);
        return new MeetingView(this, date, start, row?.Status ?? OneOnOneStatus.Scheduled, row?.MovedTo is not null, row?.HeldAt,
            row?.SharedNotes ?? "", row?.NotesVersion ?? 0);
    }
}
