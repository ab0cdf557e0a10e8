using Engagement.Features.Company;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

/// <summary>A released note: its text alone; the week it was written would narrow down who wrote it.</summary>
public sealed record UpwardNote(string Text);

public sealed record UpwardBatch(DateOnly ReleasedWeek, IReadOnlyList<UpwardNote> Notes);

/// <summary>
/// Anonymous notes to one's own manager. A manager sees nothing until notes from at least <see cref="Threshold"/>
/// different people wait (however many notes one person sends); then all waiting notes go out together, shuffled, as
/// one batch dated by the week it went out. While they wait, notes are sealed beside the record of who is waiting, so
/// neither a transaction id nor a row pairs a person with a note; the record goes with the release. Nothing here logs
/// the author.
/// </summary>
public sealed class UpwardFeedback(NpgsqlDataSource dataSource, IGrainFactory grains, AnswerSeal seal, IConfiguration configuration, TimeProvider time)
{
    /// <summary>Configurable upwards only: fewer than <see cref="Anonymity.MinimumUpwardAuthors"/> people would let one colleague's notes unmask another's.</summary>
    public int Threshold => Math.Max(Anonymity.MinimumUpwardAuthors, configuration.GetValue("Feedback:UpwardBatchSize", Anonymity.MinimumUpwardAuthors));

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
        await connection.ExecuteAsync("""
            INSERT INTO upward_note_senders (manager_id, employee_id) VALUES (@manager, @me) ON CONFLICT DO NOTHING;
            INSERT INTO upward_note_envelopes (id, manager_id, sealed) VALUES (gen_random_uuid(), @manager, @sealed);
            """, cancellationToken, ("manager", manager), ("me", me), ("sealed", seal.Seal(text)));
        var senders = await connection.ScalarAsync<int>("SELECT count(*)::int FROM upward_note_senders WHERE manager_id = @manager", cancellationToken,
            ("manager", manager));
        if (senders >= Threshold)
        {
            await ReleaseAsync(connection, manager, week, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return week;
    }

    public async Task<IReadOnlyList<UpwardBatch>> ReleasedForAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        var notes = await dataSource.QueryAsync("""
            SELECT released_week, text FROM upward_notes WHERE manager_id = @me AND released_week IS NOT NULL ORDER BY released_week DESC, text
            """, reader => (Released: reader.GetFieldValue<DateOnly>(0), Text: reader.GetString(1)), cancellationToken, ("me", me));
        return [.. notes.GroupBy(note => note.Released).Select(batch => new UpwardBatch(batch.Key, [.. batch.Select(note => new UpwardNote(note.Text))]))];
    }

    private async Task ReleaseAsync(NpgsqlConnection connection, Guid manager, DateOnly week, CancellationToken cancellationToken)
    {
        var waiting = await connection.QueryAsync("SELECT sealed FROM upward_note_envelopes WHERE manager_id = @manager",
            reader => seal.Open(reader.GetFieldValue<byte[]>(0)), cancellationToken, ("manager", manager));
        await connection.ExecuteAsync("""
            INSERT INTO upward_notes (id, manager_id, text, released_week)
            SELECT gen_random_uuid(), @manager, note.text, @week FROM unnest(@texts) WITH ORDINALITY AS note (text, position) ORDER BY note.position;
            UPDATE upward_notes SET released_week = @week WHERE manager_id = @manager AND released_week IS NULL;
            DELETE FROM upward_note_envelopes WHERE manager_id = @manager;
            DELETE FROM upward_note_senders WHERE manager_id = @manager;
            """, cancellationToken, ("manager", manager), ("week", week), ("texts", AnswerSeal.Shuffled(waiting)));
    }
}
