using Engagement.Features.Company;
using Engagement.Features.Notifications;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

/// <summary>
/// Every hour: reminds each person who has not answered or declined an overdue feedback request, at most once a
/// day; and raises each check-in whose blockers nobody has answered past the answer time up the reporting line, one
/// level per further answer period. Every effect claims a unique key in the same transaction, so re-runs and two
/// servers never repeat it.
/// </summary>
public sealed class FeedbackFollowUpJob(NpgsqlDataSource dataSource, IGrainFactory grains, PeopleQueries people, TimeProvider time) : IRecurringJob
{
    public string Id => "feedback-follow-up";

    public string Cron => "0 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(Caller.System);
        var now = time.GetUtcNow();
        await RemindPendingRespondentsAsync(now, company.TimeZone, cancellationToken);
        await EscalateUnansweredBlockersAsync(now, company, cancellationToken);
    }

    private async Task RemindPendingRespondentsAsync(DateTimeOffset now, string timeZone, CancellationToken cancellationToken)
    {
        var today = TimeZones.DateAt(now, timeZone);
        await dataSource.ExecuteAsync("""
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            SELECT gen_random_uuid(), x.respondent_id, 'feedback-request-reminder',
                   'feedback-reminder:' || q.id || ':' || x.respondent_id || ':' || @today, jsonb_build_object('requestId', q.id), @now
            FROM feedback_requests q JOIN feedback_request_respondents x ON x.request_id = q.id
            WHERE x.status = 'PENDING' AND q.due_at <= @now
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken, ("today", today.ToString("yyyy-MM-dd")), ("now", now));
    }

    private async Task EscalateUnansweredBlockersAsync(DateTimeOffset now, CompanyProfile company, CancellationToken cancellationToken)
    {
        var sla = TimeSpan.FromHours(company.IdeaAnswerSlaHours);
        var waiting = await dataSource.QueryAsync("""
            SELECT c.id, c.employee_id, c.submitted_at FROM check_ins c
            WHERE c.blockers <> '' AND c.submitted_at > @since
              AND NOT EXISTS (SELECT 1 FROM check_in_replies r WHERE r.check_in_id = c.id AND r.author_id <> c.employee_id)
            """, reader => (Id: reader.GetGuid(0), Employee: reader.GetGuid(1), SubmittedAt: reader.GetFieldValue<DateTimeOffset>(2)),
            cancellationToken, ("since", now.AddDays(-30)));
        foreach (var checkIn in waiting)
        {
            var line = await people.ManagersAboveAsync(checkIn.Employee, cancellationToken);
            var due = BusinessHours.Add(checkIn.SubmittedAt, sla, company.TimeZone);
            // Level 1 is the manager who should have answered; each later level is the next one up.
            for (var level = 1; level <= line.Count && due <= now; level++)
            {
                await ClaimAndNotifyAsync("check-in-blocker", checkIn.Id, level, line[level - 1], now, cancellationToken);
                due = BusinessHours.Add(due, sla, company.TimeZone);
            }
        }
    }

    private async Task ClaimAndNotifyAsync(string kind, Guid itemId, int level, Guid person, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(
            "INSERT INTO feedback_escalations (kind, item_id, level, created_at) VALUES (@kind, @item, @level, @now) ON CONFLICT DO NOTHING",
            cancellationToken, ("kind", kind), ("item", itemId), ("level", level), ("now", now));
        if (claimed == 1)
        {
            await connection.ExecuteAsync("""
                INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
                VALUES (gen_random_uuid(), @person, @kind || '-escalated', @kind || ':' || @item || ':' || @level, jsonb_build_object('itemId', @item, 'level', @level), @now)
                ON CONFLICT (dedup_key) DO NOTHING
                """, cancellationToken, ("person", person), ("kind", kind), ("item", itemId), ("level", level), ("now", now));
        }

        await transaction.CommitAsync(cancellationToken);
    }
}

/// <summary>Opens the next eNPS round when none is open and the cadence HR set has passed since the last one.</summary>
public sealed class PulseRoundJob(NpgsqlDataSource dataSource, Pulse pulse, TimeProvider time) : IRecurringJob
{
    public string Id => "pulse-rounds";

    public string Cron => "0 7 * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var cadence = await pulse.CadenceAsync(cancellationToken);
        var recent = await dataSource.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pulse_rounds WHERE opens_at > @since)", cancellationToken,
            ("since", time.GetUtcNow() - TimeSpan.FromDays(cadence)));
        if (!recent)
        {
            await pulse.OpenRoundAsync(Caller.System, null, cancellationToken);
        }
    }
}

/// <summary>Every five minutes: writes out the shuffled answers of pulse rounds that have closed, so their results appear.</summary>
public sealed class PulseReleaseJob(Pulse pulse) : IRecurringJob
{
    public string Id => "pulse-release";

    public string Cron => "*/5 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => pulse.ReleaseClosedRoundsAsync(cancellationToken);
}

/// <summary>
/// From Monday 9:00 company time, prompts everyone who has not checked in yet this week; keyed by person and week, so
/// it fires once a week however often it runs.
/// </summary>
public sealed class CheckInPromptJob(NpgsqlDataSource dataSource, IGrainFactory grains, TimeProvider time) : IRecurringJob
{
    public static readonly TimeSpan PromptFromMonday = TimeSpan.FromHours(9);

    public string Id => "check-in-prompts";

    public string Cron => "5 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) => RunAtAsync(time.GetUtcNow(), cancellationToken);

    public async Task<int> RunAtAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(Caller.System);
        var (week, monday) = Period.Week(now, company.TimeZone);
        if (now < week.Start + PromptFromMonday)
        {
            return 0;
        }

        var waiting = await dataSource.QueryAsync("""
            SELECT e.id FROM employees e WHERE e.active AND NOT EXISTS (SELECT 1 FROM check_ins c WHERE c.employee_id = e.id AND c.week = @monday)
            """, reader => reader.GetGuid(0), cancellationToken, ("monday", monday));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await NotificationInbox.AddAsync(connection, [.. waiting.Select(person => new NewNotification(person, "check-in-prompt",
            $"check-in-prompt:{person}:{monday:yyyy-MM-dd}", "Time for your weekly check-in: how did this week go?", "/check-in"))], now, cancellationToken);
    }
}
