using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.OneOnOnes;

public sealed record AgendaItemView(Guid Id, string Text, EmployeeSummary Author, bool Discussed, bool CarriedOver, bool FromCheckIn, DateTimeOffset CreatedAt);

public sealed record ActionItemView(Guid Id, string Text, EmployeeSummary Owner, DateOnly? DueOn, DateTimeOffset? DoneAt, DateOnly CreatedFor, bool CarriedOver);

public sealed record ReportOneOnOnes(EmployeeSummary Report, SeriesView? Series);

public sealed record MyOneOnOnes(IReadOnlyList<SeriesView> Series, IReadOnlyList<MeetingView> Upcoming, IReadOnlyList<MeetingView> Past);

/// <summary>Reads of series, meetings and their items, straight from the tables the series grain writes; only the two people of a series see it.</summary>
public sealed class OneOnOneStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int ListSize = 30;
    private static readonly TimeSpan UpcomingWindow = TimeSpan.FromDays(56);

    /// <summary>The columns <see cref="ReadSeries"/> reads, of the series <c>s</c>, its manager <c>m</c> and its report <c>r</c>.</summary>
    public const string SeriesColumns = "s.id, m.id, m.name, m.title, r.id, r.name, r.title, s.cadence, s.weekday, s.local_time, s.time_zone, s.duration_minutes, s.starts_on";

    private const string SelectSeries = $"""
        SELECT {SeriesColumns},
               h.occurrence_date, h.held_at,
               (SELECT count(*)::int FROM one_on_one_action_items a WHERE a.series_id = s.id AND a.done_at IS NULL)
        FROM one_on_one_series s
        JOIN employees m ON m.id = s.manager_id
        JOIN employees r ON r.id = s.report_id
        LEFT JOIN LATERAL (
            SELECT occurrence_date, held_at FROM one_on_one_meetings
            WHERE series_id = s.id AND status = 'HELD' ORDER BY occurrence_date DESC LIMIT 1
        ) h ON true
        """;

    /// <summary>Series matching a condition on <c>s</c>, <c>m</c> (manager) and <c>r</c> (report), with their occurrence rows from a date on (all when null).</summary>
    public async Task<IReadOnlyList<SeriesView>> SeriesAsync(
        string condition, DateOnly? rowsSince, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var series = await connection.QueryAsync($"{SelectSeries} WHERE {condition}", reader => (
            Series: ReadSeries(reader),
            LastHeldDate: reader.Nullable<DateOnly>(13),
            LastHeldAt: reader.Nullable<DateTimeOffset>(14),
            OpenActions: reader.GetInt32(15)), cancellationToken, parameters);
        var rows = (await connection.QueryAsync("""
                SELECT series_id, occurrence_date, moved_to, status, held_at, shared_notes, notes_version FROM one_on_one_meetings
                WHERE series_id = ANY(@ids) AND occurrence_date >= @since
                """, reader => (Series: reader.GetGuid(0), Row: new MeetingRow(reader.GetFieldValue<DateOnly>(1), reader.Nullable<DateTimeOffset>(2),
                    Enum.Parse<OneOnOneStatus>(reader.GetString(3), ignoreCase: true), reader.Nullable<DateTimeOffset>(4), reader.GetString(5), reader.GetInt32(6))),
                cancellationToken, ("ids", series.Select(s => s.Series.Id).ToArray()), ("since", rowsSince ?? DateOnly.MinValue)))
            .ToLookup(row => row.Series, row => row.Row);
        return [.. series.Select(s => s.Series with
        {
            LastHeldDate = s.LastHeldDate, LastHeldAt = s.LastHeldAt, OpenActionItemCount = s.OpenActions, Rows = rows[s.Series.Id].ToDictionary(row => row.Date),
        })];
    }

    /// <summary>A series from the <see cref="SeriesColumns"/>, with nothing yet of its meetings.</summary>
    public static SeriesView ReadSeries(NpgsqlDataReader reader) => new(
        reader.GetGuid(0),
        new EmployeeSummary(reader.GetGuid(1), reader.GetString(2), reader.GetString(3)),
        new EmployeeSummary(reader.GetGuid(4), reader.GetString(5), reader.GetString(6)),
        new OneOnOneSchedule(Enum.Parse<OneOnOneCadence>(reader.GetString(7), ignoreCase: true), reader.GetInt16(8),
            reader.GetFieldValue<TimeOnly>(9), reader.GetString(10), reader.GetInt32(11), reader.GetFieldValue<DateOnly>(12)),
        null, null, 0, new Dictionary<DateOnly, MeetingRow>());

    /// <summary>
    /// A series for one of its two people; anyone else is told it does not exist. The series follows the reporting
    /// line: once the report has another manager, the old manager loses it at once, while the report keeps reading its
    /// history. <paramref name="currentOnly"/> asks for a series both people still share.
    /// </summary>
    public async Task<SeriesView> SeriesForAsync(Caller caller, Guid seriesId, CancellationToken cancellationToken, bool currentOnly = false)
    {
        var me = caller.RequireSignedIn();
        return (await SeriesAsync($"s.id = @id AND (r.manager_id = s.manager_id OR (s.report_id = @me AND NOT @currentOnly))", null, cancellationToken,
                ("id", seriesId), ("me", me), ("currentOnly", currentOnly))).SingleOrDefault(series => series.IsParticipant(me))
            ?? throw new DomainException("NOT_FOUND", "This 1:1 series does not exist or is not yours.");
    }

    public async Task<MeetingView> MeetingForAsync(Caller caller, MeetingId id, CancellationToken cancellationToken) =>
        (await SeriesForAsync(caller, id.SeriesId, cancellationToken)).Meeting(id.Date, time.GetUtcNow());

    public async Task<MyOneOnOnes> MineAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var now = time.GetUtcNow();
        var series = await SeriesAsync("(s.manager_id = @me OR s.report_id = @me) AND r.manager_id = s.manager_id AND m.active AND r.active ORDER BY r.name, m.name",
            null, cancellationToken, ("me", me));
        // With a former manager, only what was held is left to read: the report's history, never the manager's.
        var former = await SeriesAsync("s.report_id = @me AND r.manager_id IS DISTINCT FROM s.manager_id", null, cancellationToken, ("me", me));
        var upcoming = series.SelectMany(s => s.Following(now).TakeWhile(meeting => meeting.StartsAt < now + UpcomingWindow))
            .OrderBy(meeting => meeting.StartsAt).Take(ListSize).ToList();
        var past = series.SelectMany(s => s.Past(now).Take(ListSize))
            .Concat(former.SelectMany(s => s.Past(now).Where(meeting => meeting.Status == OneOnOneStatus.Held).Take(ListSize)))
            .OrderByDescending(meeting => meeting.StartsAt).Take(ListSize).ToList();
        return new MyOneOnOnes(series, upcoming, past);
    }

    /// <summary>A manager's direct reports, each with their series (if any): overdue first, then by name.</summary>
    public async Task<IReadOnlyList<ReportOneOnOnes>> ReportsAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var now = time.GetUtcNow();
        var reports = await dataSource.QueryAsync("SELECT id, name, title FROM employees WHERE manager_id = @me AND active ORDER BY name, id",
            reader => new EmployeeSummary(reader.GetGuid(0), reader.GetString(1), reader.GetString(2)), cancellationToken, ("me", me));
        var series = (await SeriesAsync("s.manager_id = @me AND r.manager_id = @me AND r.active", null, cancellationToken, ("me", me)))
            .ToDictionary(s => s.Report.Id);
        return [.. reports.Select(report => new ReportOneOnOnes(report, series.GetValueOrDefault(report.Id)))
            .OrderByDescending(report => report.Series?.IsOverdue(now) ?? false)];
    }

    public async Task<IReadOnlyList<AgendaItemView>> AgendaAsync(MeetingView meeting, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync($"""
            SELECT i.id, i.text, e.id, e.name, e.title, i.discussed, i.added_for < @date, i.check_in_id IS NOT NULL, i.created_at
            FROM one_on_one_agenda_items i JOIN employees e ON e.id = i.author_id
            WHERE i.series_id = @series AND {(meeting.Status == OneOnOneStatus.Held ? "i.closed_in = @date" : "i.closed_in IS NULL AND i.added_for <= @date")}
            ORDER BY i.position, i.created_at
            """, reader => new AgendaItemView(reader.GetGuid(0), reader.GetString(1), new EmployeeSummary(reader.GetGuid(2), reader.GetString(3), reader.GetString(4)),
                reader.GetBoolean(5), reader.GetBoolean(6), reader.GetBoolean(7), reader.GetFieldValue<DateTimeOffset>(8)),
            cancellationToken, ("series", meeting.Series.Id), ("date", meeting.Date));

    public async Task<IReadOnlyList<ActionItemView>> ActionItemsAsync(MeetingView meeting, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync($"""
            SELECT a.id, a.text, e.id, e.name, e.title, a.due_on, a.done_at, a.created_for
            FROM one_on_one_action_items a JOIN employees e ON e.id = a.owner_id
            WHERE a.series_id = @series AND {(meeting.Status == OneOnOneStatus.Held
                ? "(a.created_for = @date OR a.closed_in = @date)" : "a.closed_in IS NULL AND a.created_for <= @date")}
            ORDER BY a.done_at IS NOT NULL, a.due_on NULLS LAST, a.created_at
            """, reader => new ActionItemView(reader.GetGuid(0), reader.GetString(1), new EmployeeSummary(reader.GetGuid(2), reader.GetString(3), reader.GetString(4)),
                reader.Nullable<DateOnly>(5), reader.Nullable<DateTimeOffset>(6), reader.GetFieldValue<DateOnly>(7),
                reader.GetFieldValue<DateOnly>(7) < meeting.Date),
            cancellationToken, ("series", meeting.Series.Id), ("date", meeting.Date));

    /// <summary>The caller's own note: the query is keyed by its writer, so no id can reach another person's.</summary>
    public async Task<string> PrivateNoteAsync(Caller caller, MeetingView meeting, CancellationToken cancellationToken) =>
        await dataSource.ScalarAsync<string>(
            "SELECT text FROM one_on_one_private_notes WHERE series_id = @series AND occurrence_date = @date AND author_id = @me",
            cancellationToken, ("series", meeting.Series.Id), ("date", meeting.Date), ("me", caller.RequireSignedIn())) ?? "";
}
