using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.OneOnOnes;

[GenerateSerializer, Immutable]
public sealed record ScheduleRequest(
    [property: Id(0)] OneOnOneCadence Cadence,
    [property: Id(1)] int Weekday,
    [property: Id(2)] string LocalTime,
    [property: Id(3)] string? TimeZone,
    [property: Id(4)] int DurationMinutes,
    [property: Id(5)] DateOnly? StartsOn);

/// <summary>
/// One manager–report series. Its writes run one at a time, so a reorder never interleaves with an added item, two
/// people saving notes cannot both win, and holding a meeting sees the agenda as it was. The grain keeps no state of
/// its own: the series and its meetings live in PostgreSQL, read afresh on each call.
/// </summary>
public interface IOneOnOneSeriesGrain : IGrainWithGuidKey
{
    Task Create(Caller caller, Guid reportId, ScheduleRequest request);

    Task Reschedule(Caller caller, ScheduleRequest request);

    Task Move(Caller caller, DateOnly date, DateTimeOffset startsAt);

    Task Skip(Caller caller, DateOnly date);

    Task Hold(Caller caller, DateOnly date);

    Task AddAgendaItem(Caller caller, DateOnly date, string text);

    Task ReorderAgenda(Caller caller, DateOnly date, IReadOnlyList<Guid> itemIds);

    Task SetAgendaItemDiscussed(Caller caller, DateOnly date, Guid itemId, bool discussed);

    Task RemoveAgendaItem(Caller caller, DateOnly date, Guid itemId);

    Task SaveSharedNotes(Caller caller, DateOnly date, string text, int version);

    Task SavePrivateNote(Caller caller, DateOnly date, string text);

    Task AddActionItem(Caller caller, DateOnly date, string text, Guid ownerId, DateOnly? dueOn);

    Task SetActionItemDone(Caller caller, DateOnly date, Guid itemId, bool done);

    /// <summary>Puts a check-in's blockers on the agenda of the current meeting; a changed check-in updates its item.</summary>
    Task AddCheckInBlocker(Guid checkInId, Guid authorId, string text);
}

public sealed class OneOnOneSeriesGrain(NpgsqlDataSource dataSource, OneOnOneStore store, TimeProvider time) : Grain, IOneOnOneSeriesGrain
{
    public const int MaxItemLength = 500;
    public const int MaxNotesLength = 20_000;

    private Guid Id => this.GetPrimaryKey();

    public async Task Create(Caller caller, Guid reportId, ScheduleRequest request)
    {
        var me = caller.RequireSignedIn();
        var report = (await dataSource.QueryAsync("""
                SELECT r.manager_id, m.time_zone, r.name FROM employees r LEFT JOIN employees m ON m.id = r.manager_id AND m.active
                WHERE r.id = @report AND r.active
                """, reader => (Manager: reader.Nullable<Guid>(0), TimeZone: reader.NullableString(1), Name: reader.GetString(2)),
                CancellationToken.None, ("report", reportId))).SingleOrDefault();
        if (report.Name is null)
        {
            throw new DomainException("NOT_FOUND", "This person does not exist.");
        }

        if (report.Manager is not { } managerId || report.TimeZone is null)
        {
            throw new DomainException("INVALID_ARGUMENT", $"{report.Name} has no manager to meet with.");
        }

        if (managerId != me && !caller.IsHrAdmin)
        {
            throw Caller.Forbidden($"Only {report.Name}'s manager can schedule their 1:1s.");
        }

        var schedule = Validate(request, report.TimeZone);
        var now = time.GetUtcNow();
        var created = await dataSource.ExecuteAsync("""
            INSERT INTO one_on_one_series (id, manager_id, report_id, cadence, weekday, local_time, time_zone, duration_minutes, starts_on, created_at, updated_at)
            VALUES (@id, @manager, @report, @cadence, @weekday, @time, @zone, @duration, @startsOn, @now, @now)
            ON CONFLICT DO NOTHING
            """, CancellationToken.None, ScheduleParameters(schedule, ("id", Id), ("manager", managerId), ("report", reportId), ("now", now)));
        if (created == 0)
        {
            throw new DomainException("ALREADY_SCHEDULED", $"1:1s with {report.Name} are already scheduled; change that series instead.");
        }
    }

    public async Task Reschedule(Caller caller, ScheduleRequest request)
    {
        var series = await ManagedSeriesAsync(caller);
        var schedule = Validate(request, series.Schedule.TimeZone);
        var now = time.GetUtcNow();
        var current = series.Current(now).Date;
        var rescheduled = series with { Schedule = schedule, Rows = series.Rows.Where(row => row.Value.Status == OneOnOneStatus.Held).ToDictionary() };
        var next = rescheduled.Current(now).Date;
        var carried = series.Rows.GetValueOrDefault(current);
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        // Private notes of meetings the new schedule no longer has are nobody's to delete: each writer's go to the next
        // meeting, under the date they were written for.
        var notes = await connection.QueryAsync("""
            SELECT author_id, occurrence_date, text FROM one_on_one_private_notes WHERE series_id = @id AND occurrence_date > @lastHeld ORDER BY occurrence_date
            """, reader => (Author: reader.GetGuid(0), Date: reader.GetFieldValue<DateOnly>(1), Text: reader.GetString(2)), CancellationToken.None,
            ("id", Id), ("lastHeld", series.LastHeldDate ?? DateOnly.MinValue));
        var gathered = notes.GroupBy(note => note.Author).Select(writer => (Author: writer.Key, Text: string.Join("\n\n", writer.Select(note =>
            note.Date == current || note.Date == next ? note.Text : $"From the 1:1 planned for {note.Date:d MMMM yyyy}:\n{note.Text}")))).ToList();
        // Moves and skips belonged to the old schedule; what was written for the current meeting follows to the new one.
        await connection.ExecuteAsync("""
            UPDATE one_on_one_series SET cadence = @cadence, weekday = @weekday, local_time = @time, time_zone = @zone, duration_minutes = @duration,
                starts_on = @startsOn, updated_at = @now WHERE id = @id;
            DELETE FROM one_on_one_private_notes WHERE series_id = @id AND occurrence_date > @lastHeld;
            INSERT INTO one_on_one_private_notes (series_id, occurrence_date, author_id, text, updated_at)
                SELECT @id, @next, note.author, note.text, @now FROM unnest(@authors, @texts) AS note (author, text);
            DELETE FROM one_on_one_meetings WHERE series_id = @id AND occurrence_date > @lastHeld AND status <> 'HELD';
            INSERT INTO one_on_one_meetings (series_id, occurrence_date, status, shared_notes, notes_version)
                VALUES (@id, @next, 'SCHEDULED', @notes, @notesVersion);
            UPDATE one_on_one_agenda_items SET added_for = @next WHERE series_id = @id AND closed_in IS NULL AND added_for > @next;
            UPDATE one_on_one_action_items SET created_for = @next WHERE series_id = @id AND closed_in IS NULL AND created_for > @next;
            """, CancellationToken.None, ScheduleParameters(schedule, ("id", Id), ("now", now), ("current", current), ("next", next),
                ("lastHeld", series.LastHeldDate ?? DateOnly.MinValue), ("notes", carried?.SharedNotes ?? ""), ("notesVersion", carried?.NotesVersion ?? 0),
                ("authors", gathered.Select(note => note.Author).ToArray()), ("texts", gathered.Select(note => note.Text).ToArray())));
        await transaction.CommitAsync();
    }

    public async Task Move(Caller caller, DateOnly date, DateTimeOffset startsAt)
    {
        var series = await ManagedSeriesAsync(caller);
        var now = time.GetUtcNow();
        var meeting = OpenMeeting(series, date, now);
        if (startsAt <= now)
        {
            throw new DomainException("INVALID_ARGUMENT", "Move the 1:1 to a time that has not passed yet.");
        }

        var moved = meeting with { StartsAt = startsAt };
        var before = series.Schedule.DatesFrom(date.AddDays(-40)).TakeWhile(other => other < date).Select(other => series.Meeting(other, now)).LastOrDefault();
        var after = series.Meeting(series.Schedule.DatesFrom(date.AddDays(1)).First(), now);
        if ((before is not null && before.EndsAt > moved.StartsAt) || moved.EndsAt > after.StartsAt)
        {
            throw new DomainException("MEETING_OVERLAP", "A moved 1:1 stays between the one before it and the one after it; skip this one instead.");
        }

        var clash = (await OtherMeetingsAroundAsync(series, startsAt, now)).FirstOrDefault(other => other.StartsAt < moved.EndsAt && moved.StartsAt < other.EndsAt);
        if (clash is not null)
        {
            throw new DomainException("MEETING_OVERLAP",
                $"That time overlaps the 1:1 of {clash.Series.Manager.Name} and {clash.Series.Report.Name} at {clash.StartsAt:yyyy-MM-dd HH:mm} UTC.");
        }

        var movedTo = startsAt == series.Schedule.StartOn(date) ? (DateTimeOffset?)null : startsAt;
        await dataSource.ExecuteAsync($"""
            {EnsureRow}
            UPDATE one_on_one_meetings SET moved_to = @movedTo WHERE series_id = @id AND occurrence_date = @date;
            """, CancellationToken.None, ("id", Id), ("date", date), ("movedTo", movedTo));
    }

    public async Task Skip(Caller caller, DateOnly date)
    {
        var series = await ManagedSeriesAsync(caller);
        OpenMeeting(series, date, time.GetUtcNow());
        await dataSource.ExecuteAsync($"""
            {EnsureRow}
            UPDATE one_on_one_meetings SET status = 'SKIPPED' WHERE series_id = @id AND occurrence_date = @date;
            """, CancellationToken.None, ("id", Id), ("date", date));
    }

    public async Task Hold(Caller caller, DateOnly date)
    {
        var (series, _) = await ParticipantAsync(caller);
        var now = time.GetUtcNow();
        var meeting = OpenMeeting(series, date, now);
        if (meeting.Date != series.Current(now).Date)
        {
            throw new DomainException("MEETING_CLOSED", "Only the next 1:1 of a series can be marked held; the ones after it come later.");
        }

        // Discussed agenda and done action items close with the meeting; everything else stays open for the next one.
        await dataSource.ExecuteAsync($"""
            {EnsureRow}
            UPDATE one_on_one_meetings SET status = 'HELD', held_at = @now WHERE series_id = @id AND occurrence_date = @date;
            UPDATE one_on_one_agenda_items SET closed_in = @date WHERE series_id = @id AND closed_in IS NULL AND added_for <= @date AND discussed;
            UPDATE one_on_one_action_items SET closed_in = @date WHERE series_id = @id AND closed_in IS NULL AND created_for <= @date AND done_at IS NOT NULL;
            """, CancellationToken.None, ("id", Id), ("date", date), ("now", now));
    }

    public async Task AddAgendaItem(Caller caller, DateOnly date, string text)
    {
        var (series, me) = await ParticipantAsync(caller);
        OpenMeeting(series, date, time.GetUtcNow());
        await dataSource.ExecuteAsync("""
            INSERT INTO one_on_one_agenda_items (id, series_id, added_for, author_id, text, position, created_at)
            SELECT gen_random_uuid(), @id, @date, @me, @text, coalesce(max(position) + 1, 0), @now FROM one_on_one_agenda_items WHERE series_id = @id
            """, CancellationToken.None, ("id", Id), ("date", date), ("me", me), ("text", CheckText(text, MaxItemLength, "An agenda item")),
            ("now", time.GetUtcNow()));
    }

    public async Task ReorderAgenda(Caller caller, DateOnly date, IReadOnlyList<Guid> itemIds)
    {
        var (series, _) = await ParticipantAsync(caller);
        var meeting = OpenMeeting(series, date, time.GetUtcNow());
        var agenda = await store.AgendaAsync(meeting, CancellationToken.None);
        if (itemIds.Count != agenda.Count || !agenda.Select(item => item.Id).ToHashSet().SetEquals(itemIds))
        {
            throw new DomainException("INVALID_ARGUMENT", "Send every item of this meeting's agenda once, in the new order; the agenda may have changed meanwhile.");
        }

        await dataSource.ExecuteAsync("""
            UPDATE one_on_one_agenda_items i SET position = ordered.position - 1
            FROM unnest(@items) WITH ORDINALITY AS ordered (id, position)
            WHERE i.id = ordered.id AND i.series_id = @id
            """, CancellationToken.None, ("id", Id), ("items", itemIds.ToArray()));
    }

    public async Task SetAgendaItemDiscussed(Caller caller, DateOnly date, Guid itemId, bool discussed)
    {
        var meeting = await OpenMeetingOfParticipantAsync(caller, date);
        RequireItem((await store.AgendaAsync(meeting, CancellationToken.None)).Any(item => item.Id == itemId));
        await dataSource.ExecuteAsync("UPDATE one_on_one_agenda_items SET discussed = @discussed WHERE id = @item",
            CancellationToken.None, ("item", itemId), ("discussed", discussed));
    }

    public async Task RemoveAgendaItem(Caller caller, DateOnly date, Guid itemId)
    {
        var meeting = await OpenMeetingOfParticipantAsync(caller, date);
        var item = (await store.AgendaAsync(meeting, CancellationToken.None)).FirstOrDefault(item => item.Id == itemId);
        RequireItem(item is not null);
        if (item!.Author.Id != caller.EmployeeId)
        {
            throw Caller.Forbidden("Only the person who added an agenda item can remove it.");
        }

        await dataSource.ExecuteAsync("DELETE FROM one_on_one_agenda_items WHERE id = @item", CancellationToken.None, ("item", itemId));
    }

    public async Task SaveSharedNotes(Caller caller, DateOnly date, string text, int version)
    {
        var meeting = await OpenMeetingOfParticipantAsync(caller, date);
        if (meeting.NotesVersion != version)
        {
            throw new DomainException("NOTES_CHANGED", "Someone saved these notes after you opened them; copy your text, reload and add it again.");
        }

        await dataSource.ExecuteAsync($"""
            {EnsureRow}
            UPDATE one_on_one_meetings SET shared_notes = @text, notes_version = notes_version + 1 WHERE series_id = @id AND occurrence_date = @date;
            """, CancellationToken.None, ("id", Id), ("date", date), ("text", CheckNotes(text)));
    }

    public async Task SavePrivateNote(Caller caller, DateOnly date, string text)
    {
        // Private notes stay the writer's own after the meeting is held: reflection often comes afterwards.
        var (series, me) = await ParticipantAsync(caller);
        series.Meeting(date, time.GetUtcNow());
        await dataSource.ExecuteAsync("""
            INSERT INTO one_on_one_private_notes (series_id, occurrence_date, author_id, text, updated_at) VALUES (@id, @date, @me, @text, @now)
            ON CONFLICT (series_id, occurrence_date, author_id) DO UPDATE SET text = EXCLUDED.text, updated_at = EXCLUDED.updated_at
            """, CancellationToken.None, ("id", Id), ("date", date), ("me", me), ("text", CheckNotes(text)), ("now", time.GetUtcNow()));
    }

    public async Task AddActionItem(Caller caller, DateOnly date, string text, Guid ownerId, DateOnly? dueOn)
    {
        var (series, _) = await ParticipantAsync(caller);
        OpenMeeting(series, date, time.GetUtcNow());
        if (!series.IsParticipant(ownerId))
        {
            throw new DomainException("INVALID_ARGUMENT", $"An action item belongs to {series.Manager.Name} or {series.Report.Name}.");
        }

        await dataSource.ExecuteAsync("""
            INSERT INTO one_on_one_action_items (id, series_id, created_for, owner_id, text, due_on, created_at)
            VALUES (gen_random_uuid(), @id, @date, @owner, @text, @due, @now)
            """, CancellationToken.None, ("id", Id), ("date", date), ("owner", ownerId), ("text", CheckText(text, MaxItemLength, "An action item")),
            ("due", dueOn), ("now", time.GetUtcNow()));
    }

    public async Task SetActionItemDone(Caller caller, DateOnly date, Guid itemId, bool done)
    {
        var meeting = await OpenMeetingOfParticipantAsync(caller, date);
        RequireItem((await store.ActionItemsAsync(meeting, CancellationToken.None)).Any(item => item.Id == itemId));
        await dataSource.ExecuteAsync("UPDATE one_on_one_action_items SET done_at = CASE WHEN @done THEN @now END WHERE id = @item",
            CancellationToken.None, ("item", itemId), ("done", done), ("now", time.GetUtcNow()));
    }

    public async Task AddCheckInBlocker(Guid checkInId, Guid authorId, string text)
    {
        var series = (await store.SeriesAsync("s.id = @id", null, CancellationToken.None, ("id", Id))).Single();
        var item = text.Length <= MaxItemLength ? text : string.Concat(text.AsSpan(0, MaxItemLength - 1), "…");
        await dataSource.ExecuteAsync("""
            INSERT INTO one_on_one_agenda_items (id, series_id, added_for, author_id, text, position, check_in_id, created_at)
            SELECT gen_random_uuid(), @id, @date, @author, @text, coalesce(max(position) + 1, 0), @checkIn, @now FROM one_on_one_agenda_items WHERE series_id = @id
            ON CONFLICT (check_in_id) DO UPDATE SET text = EXCLUDED.text WHERE one_on_one_agenda_items.closed_in IS NULL
            """, CancellationToken.None, ("id", Id), ("date", series.Current(time.GetUtcNow()).Date), ("author", authorId), ("text", $"Blocker from my check-in: {item}"),
            ("checkIn", checkInId), ("now", time.GetUtcNow()));
    }

    private const string EnsureRow =
        "INSERT INTO one_on_one_meetings (series_id, occurrence_date, status) VALUES (@id, @date, 'SCHEDULED') ON CONFLICT DO NOTHING;";

    /// <summary>Only a series that still follows the reporting line takes changes: after a move, its meetings are history.</summary>
    private async Task<(SeriesView Series, Guid Me)> ParticipantAsync(Caller caller) =>
        (await store.SeriesForAsync(caller, Id, CancellationToken.None, currentOnly: true), caller.RequireSignedIn());

    private async Task<SeriesView> ManagedSeriesAsync(Caller caller)
    {
        var (series, me) = await ParticipantAsync(caller);
        return series.Manager.Id == me ? series : throw Caller.Forbidden("Only the manager of a 1:1 series changes its schedule.");
    }

    private async Task<MeetingView> OpenMeetingOfParticipantAsync(Caller caller, DateOnly date)
    {
        var (series, _) = await ParticipantAsync(caller);
        return OpenMeeting(series, date, time.GetUtcNow());
    }

    private static MeetingView OpenMeeting(SeriesView series, DateOnly date, DateTimeOffset now)
    {
        var meeting = series.Meeting(date, now);
        return meeting.IsOpen ? meeting : throw new DomainException("MEETING_CLOSED", meeting.Status switch
        {
            OneOnOneStatus.Held => "This 1:1 was held and is closed; add to the next one.",
            OneOnOneStatus.Skipped => "This 1:1 was skipped; add to the next one.",
            _ => "This 1:1 has passed without being held; add to the next one.",
        });
    }

    private static void RequireItem(bool found)
    {
        if (!found)
        {
            throw new DomainException("NOT_FOUND", "This item is not on this meeting's list.");
        }
    }

    private OneOnOneSchedule Validate(ScheduleRequest request, string defaultTimeZone)
    {
        var zone = TimeZones.Require(string.IsNullOrWhiteSpace(request.TimeZone) ? defaultTimeZone : request.TimeZone);
        var today = TimeZones.DateAt(time.GetUtcNow(), zone);
        if (request.StartsOn is { } startsOn && startsOn < today)
        {
            throw new DomainException("INVALID_ARGUMENT", "A schedule starts today or later; past meetings cannot be planned.");
        }

        return OneOnOneSchedule.Create(request.Cadence, request.Weekday, request.LocalTime, zone, request.DurationMinutes, request.StartsOn ?? today);
    }

    private static (string, object?)[] ScheduleParameters(OneOnOneSchedule schedule, params (string, object?)[] others) =>
    [
        .. others, ("cadence", schedule.Cadence.ToString().ToUpperInvariant()), ("weekday", (short)schedule.Weekday), ("time", schedule.LocalTime),
        ("zone", schedule.TimeZone), ("duration", schedule.DurationMinutes), ("startsOn", schedule.StartsOn),
    ];

    private static string CheckText(string text, int maxLength, string what)
    {
        var trimmed = text.Trim();
        return trimmed.Length switch
        {
            0 => throw new DomainException("INVALID_ARGUMENT", $"{what} needs some text."),
            _ when trimmed.Length > maxLength => throw new DomainException("INVALID_ARGUMENT", $"{what} is at most {maxLength} characters."),
            _ => trimmed,
        };
    }

    private static string CheckNotes(string text) =>
        text.Length <= MaxNotesLength ? text : throw new DomainException("INVALID_ARGUMENT", $"Notes are at most {MaxNotesLength} characters.");

    /// <summary>Meetings of either person's other series within a day of a time, by schedule and by moves.</summary>
    private async Task<IEnumerable<MeetingView>> OtherMeetingsAroundAsync(SeriesView series, DateTimeOffset startsAt, DateTimeOffset now)
    {
        var others = await store.SeriesAsync("s.id <> @id AND (s.manager_id = ANY(@people) OR s.report_id = ANY(@people))", null, CancellationToken.None,
            ("id", Id), ("people", new[] { series.Manager.Id, series.Report.Id }));
        return others.SelectMany(other =>
        {
            var day = other.Schedule.LocalDateOf(startsAt);
            var byRule = other.Schedule.DatesFrom(day.AddDays(-1)).TakeWhile(date => date <= day.AddDays(1));
            var byMove = other.Rows.Values.Where(row => row.MovedTo is { } movedTo && (movedTo - startsAt).Duration() < TimeSpan.FromDays(1)).Select(row => row.Date);
            return byRule.Concat(byMove).Distinct().Select(date => other.Meeting(date, now))
                .Where(meeting => meeting.Status is OneOnOneStatus.Scheduled);
        });
    }
}
