using Engagement.Features.Company;
using Engagement.Features.OneOnOnes;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

public sealed record CheckInReply(Guid Id, EmployeeSummary Author, string Text, DateTimeOffset CreatedAt);

public sealed record CheckInView(
    Guid Id, EmployeeSummary Employee, DateOnly Week, int Mood, string Wins, string Blockers, string Priorities, DateTimeOffset SubmittedAt,
    IReadOnlyList<CheckInReply> Replies);

public sealed record TeamCheckIns(DateOnly Week, IReadOnlyList<CheckInView> CheckIns, IReadOnlyList<EmployeeSummary> Missing);

/// <summary>The weekly check-in: mood, wins, blockers and next week's priorities, one per person and company week.</summary>
public sealed class CheckIns(NpgsqlDataSource dataSource, IGrainFactory grains, PeopleQueries people, TimeProvider time)
{
    public const int MaxTextLength = 2_000;

    private const string SelectCheckIns = """
        SELECT c.id, e.id, e.name, e.title, c.week, c.mood, c.wins, c.blockers, c.priorities, c.submitted_at
        FROM check_ins c JOIN employees e ON e.id = c.employee_id
        """;

    public async Task<CheckInView> SubmitAsync(Caller caller, int mood, string wins, string blockers, string priorities, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        if (mood is < 1 or > 5)
        {
            throw new DomainException("MOOD_INVALID", "Choose a mood from 1 (rough week) to 5 (great week).");
        }

        var week = await WeekAsync(caller, null);
        var id = await dataSource.ScalarAsync<Guid>("""
            INSERT INTO check_ins (id, employee_id, week, mood, wins, blockers, priorities, submitted_at)
            VALUES (gen_random_uuid(), @me, @week, @mood, @wins, @blockers, @priorities, @now)
            ON CONFLICT (employee_id, week) DO UPDATE SET mood = EXCLUDED.mood, wins = EXCLUDED.wins, blockers = EXCLUDED.blockers,
                priorities = EXCLUDED.priorities, submitted_at = EXCLUDED.submitted_at
            RETURNING id
            """, cancellationToken, ("me", me), ("week", week), ("mood", (short)mood), ("wins", Optional(wins, "wins")), ("blockers", Optional(blockers, "blockers")),
            ("priorities", Optional(priorities, "priorities")), ("now", time.GetUtcNow()));
        if (!string.IsNullOrWhiteSpace(blockers))
        {
            await PutBlockersOnAgendaAsync(me, id, blockers.Trim(), cancellationToken);
        }

        return (await ReadAsync("c.id = @id", cancellationToken, ("id", id))).Single();
    }

    public async Task<CheckInView?> MineAsync(Caller caller, DateOnly? week, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        return (await ReadAsync("c.employee_id = @me AND c.week = @week", cancellationToken, ("me", me), ("week", await WeekAsync(caller, week))))
            .SingleOrDefault();
    }

    public async Task<IReadOnlyList<CheckInView>> HistoryAsync(Caller caller, int first, CancellationToken cancellationToken) =>
        await ReadAsync($"c.employee_id = @me ORDER BY c.week DESC LIMIT {Math.Clamp(first, 1, 52)}", cancellationToken, ("me", caller.RequireSignedIn()));

    /// <summary>The caller's direct reports for a week: their check-ins, and who has not checked in.</summary>
    public async Task<TeamCheckIns> TeamAsync(Caller caller, DateOnly? week, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var monday = await WeekAsync(caller, week);
        var reports = await people.ReportsOfAsync(caller, me, cancellationToken);
        var checkIns = await ReadAsync("c.week = @week AND c.employee_id = ANY(@reports) ORDER BY e.name", cancellationToken,
            ("week", monday), ("reports", reports.Select(report => report.Id).ToArray()));
        var missing = reports.Where(report => checkIns.All(checkIn => checkIn.Employee.Id != report.Id))
            .Select(report => new EmployeeSummary(report.Id, report.Name, report.Title)).ToList();
        return new TeamCheckIns(monday, checkIns, missing);
    }

    public async Task<CheckInView> ReplyAsync(Caller caller, Guid checkInId, string text, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var checkIn = (await ReadAsync("c.id = @id", cancellationToken, ("id", checkInId))).SingleOrDefault()
            ?? throw new DomainException("NOT_FOUND", "This check-in does not exist.");
        if (!caller.IsHrAdmin && checkIn.Employee.Id != me && !await people.IsAboveAsync(me, checkIn.Employee.Id, cancellationToken))
        {
            throw Caller.Forbidden("Only the person and their managers can reply to a check-in.");
        }

        await dataSource.ExecuteAsync("""
            INSERT INTO check_in_replies (id, check_in_id, author_id, text, created_at) VALUES (gen_random_uuid(), @id, @me, @text, @now);
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            SELECT gen_random_uuid(), employee_id, 'check-in-replied', 'check-in-reply:' || gen_random_uuid(), jsonb_build_object('checkInId', @id), @now
            FROM check_ins WHERE id = @id AND employee_id <> @me;
            """, cancellationToken, ("id", checkInId), ("me", me), ("text", FeedbackRules.CheckText(text, "reply")), ("now", time.GetUtcNow()));
        return (await ReadAsync("c.id = @id", cancellationToken, ("id", checkInId))).Single();
    }

    /// <summary>A blocker is worth talking through: it goes on the agenda of the next 1:1 with the person's manager, if they have one.</summary>
    private async Task PutBlockersOnAgendaAsync(Guid me, Guid checkInId, string blockers, CancellationToken cancellationToken)
    {
        var series = await dataSource.ScalarAsync<Guid?>("""
            SELECT s.id FROM one_on_one_series s JOIN employees e ON e.id = s.report_id AND e.manager_id = s.manager_id WHERE s.report_id = @me
            """, cancellationToken, ("me", me));
        if (series is { } seriesId)
        {
            await grains.GetGrain<IOneOnOneSeriesGrain>(seriesId).AddCheckInBlocker(checkInId, me, blockers);
        }
    }

    private async Task<DateOnly> WeekAsync(Caller caller, DateOnly? week)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var reference = week is { } day ? new DateTimeOffset(day.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero) : time.GetUtcNow();
        return Period.Week(reference, company.TimeZone).Monday;
    }

    private static string Optional(string? text, string field)
    {
        text = text?.Trim() ?? "";
        return text.Length <= MaxTextLength ? text : throw new DomainException("TEXT_INVALID", $"Keep the {field} to at most {MaxTextLength} characters.");
    }

    private async Task<List<CheckInView>> ReadAsync(string filter, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var rows = await connection.QueryAsync($"{SelectCheckIns} WHERE {filter}", reader => new CheckInView(
            reader.GetGuid(0), new EmployeeSummary(reader.GetGuid(1), reader.GetString(2), reader.GetString(3)), reader.GetFieldValue<DateOnly>(4),
            reader.GetInt16(5), reader.GetString(6), reader.GetString(7), reader.GetString(8), reader.GetFieldValue<DateTimeOffset>(9), []),
            cancellationToken, parameters);
        var replies = (await connection.QueryAsync("""
            SELECT r.check_in_id, r.id, e.id, e.name, e.title, r.text, r.created_at FROM check_in_replies r JOIN employees e ON e.id = r.author_id
            WHERE r.check_in_id = ANY(@ids) ORDER BY r.created_at
            """, reader => (CheckIn: reader.GetGuid(0), Reply: new CheckInReply(reader.GetGuid(1), new EmployeeSummary(reader.GetGuid(2), reader.GetString(3), reader.GetString(4)),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6))),
            cancellationToken, ("ids", rows.Select(row => row.Id).ToArray()))).ToLookup(row => row.CheckIn, row => row.Reply);
        return rows.Select(row => row with { Replies = [.. replies[row.Id]] }).ToList();
    }
}
