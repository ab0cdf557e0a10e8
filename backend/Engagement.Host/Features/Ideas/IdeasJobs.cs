using System.Text.Json;
using Engagement.Features.Company;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Ideas;

/// <summary>
/// Every few minutes, raises each idea still waiting for its first answer past its due time to the next person up
/// the owner's reporting line, one level per further answer period. Each level is claimed with a unique row in the
/// same transaction as its notification, so a re-run or a second server never escalates twice.
/// </summary>
public sealed class IdeaAnswerEscalationJob(
    NpgsqlDataSource dataSource, IGrainFactory grains, PeopleQueries people, TimeProvider time, ILogger<IdeaAnswerEscalationJob> logger)
    : IRecurringJob
{
    public string Id => "ideas-answer-escalation";

    public string Cron => "*/5 * * * *";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(Caller.System);
        var sla = TimeSpan.FromHours(company.IdeaAnswerSlaHours);
        var now = time.GetUtcNow();
        var overdue = await dataSource.QueryAsync("""
            SELECT id, title, owner_id, answer_due_at FROM ideas
            WHERE status = 'NEW' AND first_response_at IS NULL AND answer_due_at <= @now
            """, reader => (Id: reader.GetGuid(0), Title: reader.GetString(1), Owner: reader.Nullable<Guid>(2), Due: reader.GetFieldValue<DateTimeOffset>(3)),
            cancellationToken, ("now", now));
        foreach (var idea in overdue)
        {
            var line = await EscalationLineAsync(idea.Owner, cancellationToken);
            var levelDue = idea.Due;
            for (var level = 1; level <= line.Count && levelDue <= now; level++)
            {
                if (await EscalateAsync(idea.Id, idea.Title, level, line[level - 1], now, cancellationToken))
                {
                    logger.LogInformation("Idea {IdeaId} escalated to level {Level}", idea.Id, level);
                }

                levelDue = BusinessHours.Add(levelDue, sla, company.TimeZone);
            }
        }
    }

    /// <summary>
    /// Who hears of it at each level: the owner's manager, then theirs. Anonymous ideas belong to the HR admins, who
    /// hear of it together at the first level.
    /// </summary>
    private async Task<List<Guid[]>> EscalationLineAsync(Guid? owner, CancellationToken cancellationToken)
    {
        if (owner is null)
        {
            var hrAdmins = await dataSource.QueryAsync("SELECT id FROM employees WHERE is_hr_admin AND active", reader => reader.GetGuid(0), cancellationToken);
            return hrAdmins.Count > 0 ? [hrAdmins.ToArray()] : [];
        }

        var managers = await people.ManagersAboveAsync(owner.Value, cancellationToken);
        return managers.Select(manager => new[] { manager }).ToList();
    }

    private async Task<bool> EscalateAsync(Guid ideaId, string title, int level, Guid[] people, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync("""
            INSERT INTO idea_escalations (idea_id, level, escalated_to, created_at) VALUES (@idea, @level, @to, @now) ON CONFLICT DO NOTHING
            """, cancellationToken, ("idea", ideaId), ("level", level), ("to", people.Length == 1 ? people[0] : null), ("now", now));
        if (claimed == 0)
        {
            return false;
        }

        await connection.ExecuteAsync("""
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            SELECT gen_random_uuid(), person, 'idea-escalated', 'idea-escalation:' || @idea || ':' || @level || ':' || person, @payload::jsonb, @now
            FROM unnest(@people) AS person
            ON CONFLICT (dedup_key) DO NOTHING
            """, cancellationToken, ("idea", ideaId), ("level", level), ("people", people), ("now", now),
            ("payload", JsonSerializer.Serialize(new { ideaId, title, level })));
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
