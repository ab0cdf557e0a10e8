using Engagement.Features.Company;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

public sealed record UpwardNote(DateOnly Week, string Text);

public sealed record UpwardBatch(DateOnly ReleasedWeek, IReadOnlyList<UpwardNote> Notes);

/// <summary>
/// Anonymous notes to one's own manager. Only the manager and the week are kept. A manager sees nothing until at
/// least <c>Feedback:UpwardBatchSize</c> notes (3 by default) are waiting; then all waiting notes are released
/// together, so no single note can be tied to the one person who wrote that week. Nothing here logs the author.
/// </summary>
public sealed class UpwardFeedback(NpgsqlDataSource dataSource, IGrainFactory grains, IConfiguration configuration, TimeProvider time)
{
    public int Threshold => Math.Max(2, configuration.GetValue("Feedback:UpwardBatchSize", 3));

    public async Task<DateOnly> SendAsync(Caller caller, string text, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        text = FeedbackRules.CheckText(text, "note");
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var (_, week) = Period.Week(time.GetUtcNow(), company.TimeZone);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var manager = await connection.ScalarAsync<Guid?>("SELECT manager_id FROM employees WHERE id = @me", cancellationToken, ("me", me))
            ?? throw new DomainException("NO_MANAGER", "You have no manager in the organisation to send upward feedback to.");

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // Serialises releases per manager, so two notes arriving together cannot both miss or both trigger a batch.
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@manager::text, 11))", cancellationToken, ("manager", manager));
        await connection.ExecuteAsync("INSERT INTO upward_notes (id, manager_id, week, text) VALUES (gen_random_uuid(), @manager, @week, @text)",
            cancellationToken, ("manager", manager), ("week", week), ("text", text));
        await connection.ExecuteAsync("""
            UPDATE upward_notes SET released_week = @week
            WHERE manager_id = @manager AND released_week IS NULL
              AND (SELECT count(*) FROM upward_notes WHERE manager_id = @manager AND released_week IS NULL) >= @threshold
            """, cancellationToken, ("manager", manager), ("week", week), ("threshold", Threshold));
        await transaction.CommitAsync(cancellationToken);
        return week;
    }

    public async Task<IReadOnlyList<UpwardBatch>> ReleasedForAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var notes = await dataSource.QueryAsync("""
            SELECT released_week, week, text FROM upward_notes WHERE manager_id = @me AND released_week IS NOT NULL
            ORDER BY released_week DESC, week, text
            """, reader => (Released: reader.GetFieldValue<DateOnly>(0), Note: new UpwardNote(reader.GetFieldValue<DateOnly>(1), reader.GetString(2))),
            cancellationToken, ("me", me));
        return notes.GroupBy(note => note.Released).Select(batch => new UpwardBatch(batch.Key, batch.Select(note => note.Note).ToList())).ToList();
    }
}
