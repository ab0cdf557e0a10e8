using System.Text;
using System.Text.Json;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Recognition;

[GenerateSerializer, Immutable]
public sealed record KudosView(
    [property: Id(0)] Guid Id,
    [property: Id(1)] EmployeeSummary Giver,
    [property: Id(2)] IReadOnlyList<EmployeeSummary> Recipients,
    [property: Id(3)] string Message,
    [property: Id(4)] string Value,
    [property: Id(5)] int Points,
    [property: Id(6)] DateTimeOffset CreatedAt,
    [property: Id(7)] IReadOnlyList<ReactionCount> Reactions,
    [property: Id(8)] IReadOnlyList<KudosComment> Comments,
    [property: Id(9)] int CommentCount);

[GenerateSerializer, Immutable]
public sealed record ReactionCount([property: Id(0)] string Emoji, [property: Id(1)] int Count, [property: Id(2)] bool ReactedByMe);

[GenerateSerializer, Immutable]
public sealed record KudosComment(
    [property: Id(0)] Guid Id, [property: Id(1)] Guid KudosId, [property: Id(2)] EmployeeSummary Author,
    [property: Id(3)] string Text, [property: Id(4)] DateTimeOffset CreatedAt);

public sealed record KudosPage(IReadOnlyList<KudosView> Nodes, string? EndCursor, bool HasNextPage, int TotalCount);

public enum FeedScope
{
    Company,
    Team,
    Person,
}

public enum KudosDirection
{
    Received,
    Given,
}

/// <summary>Writes and reads kudos in PostgreSQL: the history lives here, never in a grain.</summary>
public sealed class KudosStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int MaxPageSize = 50;
    private const int CommentsShownInFeed = 3;

    /// <summary>
    /// Records a kudos and its debit in one transaction. The giver's advisory lock makes the allowance check and the
    /// insert one step even if a cluster change briefly runs the giver's grain on two silos; the idempotency key
    /// makes a retry find the kudos it already recorded.
    /// </summary>
    public async Task<(Guid KudosId, bool Created)> RecordAsync(CheckedKudos kudos, Period month, int monthlyAllowance, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@giver::text, 7))", cancellationToken, ("giver", kudos.GiverId));

        if (await connection.ScalarAsync<Guid?>("SELECT id FROM kudos WHERE giver_id = @giver AND idempotency_key = @key", cancellationToken,
                ("giver", kudos.GiverId), ("key", kudos.IdempotencyKey)) is { } existing)
        {
            await transaction.CommitAsync(cancellationToken);
            return (existing, false);
        }

        await RequireActiveRecipientsAsync(connection, kudos.RecipientIds, cancellationToken);
        var spent = await connection.ScalarAsync<long>(SpentSql, cancellationToken, ("giver", kudos.GiverId), ("start", month.Start), ("end", month.End));
        if (spent + kudos.Debit > monthlyAllowance)
        {
            throw new DomainException("ALLOWANCE_EXCEEDED",
                $"You have {monthlyAllowance - spent} points left this month; this kudos needs {kudos.Debit}.");
        }

        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        await connection.ExecuteAsync("""
            INSERT INTO kudos (id, giver_id, idempotency_key, company_value, message, points, recipient_count, created_at)
            VALUES (@id, @giver, @key, @value, @message, @points, @count, @now);
            INSERT INTO kudos_recipients (kudos_id, recipient_id, created_at, points, giver_id, company_value)
            SELECT @id, recipient, @now, @points, @giver, @value FROM unnest(@recipients) AS recipient;
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            SELECT gen_random_uuid(), recipient, 'kudos-received', 'kudos:' || @id || ':' || recipient, @payload::jsonb, @now
            FROM unnest(@recipients) AS recipient;
            """, cancellationToken,
            ("id", id), ("giver", kudos.GiverId), ("key", kudos.IdempotencyKey), ("value", kudos.Value), ("message", kudos.Message),
            ("points", kudos.Points), ("count", kudos.RecipientIds.Count), ("now", now), ("recipients", kudos.RecipientIds.ToArray()),
            ("payload", JsonSerializer.Serialize(new { kudosId = id, giverId = kudos.GiverId, value = kudos.Value })));
        await transaction.CommitAsync(cancellationToken);
        return (id, true);
    }

    /// <summary>Loads a whole history at once (demo data, migrations from another tool) with COPY: no per-row round trips.</summary>
    public async Task ImportHistoryAsync(IReadOnlyList<HistoricKudos> history, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using (var kudos = await connection.BeginBinaryImportAsync(
            "COPY kudos (id, giver_id, idempotency_key, company_value, message, points, recipient_count, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var entry in history)
            {
                await kudos.WriteRowAsync(cancellationToken, entry.Id, entry.GiverId, $"history:{entry.Id}", entry.Value, entry.Message,
                    entry.Points, entry.RecipientIds.Count, entry.CreatedAt);
            }

            await kudos.CompleteAsync(cancellationToken);
        }

        await using (var recipients = await connection.BeginBinaryImportAsync(
            "COPY kudos_recipients (kudos_id, recipient_id, created_at, points, giver_id, company_value) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var entry in history)
            {
                foreach (var recipient in entry.RecipientIds)
                {
                    await recipients.WriteRowAsync(cancellationToken, entry.Id, recipient, entry.CreatedAt, entry.Points, entry.GiverId, entry.Value);
                }
            }

            await recipients.CompleteAsync(cancellationToken);
        }

        await using (var reactions = await connection.BeginBinaryImportAsync(
            "COPY kudos_reactions (kudos_id, employee_id, emoji, created_at) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var entry in history)
            {
                foreach (var (employeeId, emoji) in entry.Reactions.DistinctBy(reaction => (reaction.EmployeeId, reaction.Emoji)))
                {
                    await reactions.WriteRowAsync(cancellationToken, entry.Id, employeeId, emoji, entry.CreatedAt.AddMinutes(30));
                }
            }

            await reactions.CompleteAsync(cancellationToken);
        }
    }

    public async Task<long> SpentAsync(Guid giverId, Period month, CancellationToken cancellationToken)
    {
        return await dataSource.ScalarAsync<long>(SpentSql, cancellationToken, ("giver", giverId), ("start", month.Start), ("end", month.End));
    }

    public async Task<(long Points, int Count)> ReceivedAsync(Guid employeeId, Period? period, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT coalesce(sum(points), 0)::bigint, count(*)::int FROM kudos_recipients
            WHERE recipient_id = @employee AND (@start::timestamptz IS NULL OR (created_at >= @start AND created_at < @end))
            """);
        command.Parameters.AddWithValue("employee", employeeId);
        command.Parameters.AddWithValue("start", (object?)period?.Start ?? DBNull.Value);
        command.Parameters.AddWithValue("end", (object?)period?.End ?? DBNull.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    public async Task<KudosPage> FeedAsync(
        Guid viewerId, FeedScope scope, Guid? subjectId, KudosDirection direction, int first, string? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new DomainException("PAGE_SIZE_INVALID", $"Ask for 1 to {MaxPageSize} kudos at a time.");
        }

        var (filter, order) = (scope, direction) switch
        {
            (FeedScope.Company, _) => ("TRUE", "k.created_at"),
            (FeedScope.Team, _) => ("EXISTS (SELECT 1 FROM kudos_recipients r JOIN employees e ON e.id = r.recipient_id WHERE r.kudos_id = k.id AND e.team_id = @subject)", "k.created_at"),
            (FeedScope.Person, KudosDirection.Given) => ("k.giver_id = @subject", "k.created_at"),
            (FeedScope.Person, KudosDirection.Received) => ("EXISTS (SELECT 1 FROM kudos_recipients r WHERE r.kudos_id = k.id AND r.recipient_id = @subject)", "k.created_at"),
            _ => throw new ArgumentOutOfRangeException(nameof(scope)),
        };
        if (scope != FeedScope.Company && subjectId is null)
        {
            throw new DomainException("FEED_SUBJECT_MISSING", scope == FeedScope.Team ? "Say which team's feed to show." : "Say whose kudos to show.");
        }

        var sql = new StringBuilder($"SELECT k.id, k.created_at FROM kudos k WHERE {filter}");
        var parameters = new List<(string, object?)> { ("subject", subjectId), ("limit", first + 1) };
        int total;
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var count = connection.Command($"SELECT count(*)::int FROM kudos k WHERE {filter}", [.. parameters]))
        {
            total = (int)(await count.ExecuteScalarAsync(cancellationToken))!;
        }

        if (after is not null)
        {
            var (createdAt, id) = DecodeCursor(after);
            sql.Append($" AND ({order}, k.id) < (@afterAt, @afterId)");
            parameters.Add(("afterAt", createdAt));
            parameters.Add(("afterId", id));
        }

        sql.Append($" ORDER BY {order} DESC, k.id DESC LIMIT @limit");
        var ids = new List<(Guid Id, DateTimeOffset CreatedAt)>();
        await using (var connection = await dataSource.OpenConnectionAsync(cancellationToken))
        await using (var command = connection.Command(sql.ToString(), [.. parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                ids.Add((reader.GetGuid(0), reader.GetFieldValue<DateTimeOffset>(1)));
            }
        }

        var page = ids.Take(first).ToList();
        var views = await ViewsAsync(viewerId, page.Select(entry => entry.Id).ToArray(), CommentsShownInFeed, cancellationToken);
        return new KudosPage(views, page.Count > 0 ? EncodeCursor(page[^1]) : null, ids.Count > first, total);
    }

    public async Task<KudosView?> FindAsync(Guid viewerId, Guid kudosId, CancellationToken cancellationToken) =>
        (await ViewsAsync(viewerId, [kudosId], int.MaxValue, cancellationToken)).SingleOrDefault();

    /// <summary>A kudos as its giver sees it right after giving it.</summary>
    public async Task<KudosView> GivenAsync(Guid giverId, Guid kudosId, CancellationToken cancellationToken) =>
        (await ViewsAsync(giverId, [kudosId], int.MaxValue, cancellationToken)).Single();

    public async Task ToggleReactionAsync(Guid employeeId, Guid kudosId, string emoji, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await RequireKudosAsync(connection, kudosId, cancellationToken);
        var added = await connection.ExecuteAsync("""
            INSERT INTO kudos_reactions (kudos_id, employee_id, emoji, created_at) VALUES (@kudos, @employee, @emoji, @now)
            ON CONFLICT DO NOTHING
            """, cancellationToken, ("kudos", kudosId), ("employee", employeeId), ("emoji", emoji), ("now", time.GetUtcNow()));
        if (added == 0)
        {
            await connection.ExecuteAsync("DELETE FROM kudos_reactions WHERE kudos_id = @kudos AND employee_id = @employee AND emoji = @emoji",
                cancellationToken, ("kudos", kudosId), ("employee", employeeId), ("emoji", emoji));
        }
    }

    public async Task<Guid> CommentAsync(Guid authorId, Guid kudosId, string text, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await RequireKudosAsync(connection, kudosId, cancellationToken);
        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO kudos_comments (id, kudos_id, author_id, text, created_at) VALUES (@id, @kudos, @author, @text, @now)",
            cancellationToken, ("id", id), ("kudos", kudosId), ("author", authorId), ("text", text), ("now", time.GetUtcNow()));
        return id;
    }

    public async Task<KudosComment> FindCommentAsync(Guid commentId, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var command = connection.Command("""
            SELECT c.id, c.kudos_id, c.author_id, a.name, a.title, c.text, c.created_at
            FROM kudos_comments c JOIN employees a ON a.id = c.author_id WHERE c.id = @id
            """, [("id", commentId)]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return ReadComment(reader);
    }

    private const string SpentSql = """
        SELECT coalesce(sum(points::bigint * recipient_count), 0)::bigint FROM kudos
        WHERE giver_id = @giver AND created_at >= @start AND created_at < @end
        """;

    /// <summary>Everything a card shows for a page of kudos, in four queries whatever the page size.</summary>
    private async Task<List<KudosView>> ViewsAsync(Guid viewerId, Guid[] ids, int commentsPerKudos, CancellationToken cancellationToken)
    {
        if (ids.Length == 0)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var recipients = new Dictionary<Guid, List<EmployeeSummary>>();
        await using (var command = connection.Command("""
            SELECT r.kudos_id, e.id, e.name, e.title FROM kudos_recipients r JOIN employees e ON e.id = r.recipient_id
            WHERE r.kudos_id = ANY(@ids) ORDER BY e.name
            """, [("ids", ids)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                Add(recipients, reader.GetGuid(0), new EmployeeSummary(reader.GetGuid(1), reader.GetString(2), reader.GetString(3)));
            }
        }

        var reactions = new Dictionary<Guid, List<ReactionCount>>();
        await using (var command = connection.Command("""
            SELECT kudos_id, emoji, count(*)::int, bool_or(employee_id = @viewer) FROM kudos_reactions
            WHERE kudos_id = ANY(@ids) GROUP BY kudos_id, emoji ORDER BY min(created_at)
            """, [("ids", ids), ("viewer", viewerId)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                Add(reactions, reader.GetGuid(0), new ReactionCount(reader.GetString(1), reader.GetInt32(2), reader.GetBoolean(3)));
            }
        }

        var comments = new Dictionary<Guid, List<KudosComment>>();
        var commentCounts = new Dictionary<Guid, int>();
        await using (var command = connection.Command("""
            SELECT id, kudos_id, author_id, name, title, text, created_at, total FROM (
                SELECT c.id, c.kudos_id, c.author_id, a.name, a.title, c.text, c.created_at,
                       row_number() OVER (PARTITION BY c.kudos_id ORDER BY c.created_at DESC) AS newest,
                       count(*) OVER (PARTITION BY c.kudos_id)::int AS total
                FROM kudos_comments c JOIN employees a ON a.id = c.author_id WHERE c.kudos_id = ANY(@ids)
            ) shown WHERE newest <= @limit ORDER BY created_at
            """, [("ids", ids), ("limit", (long)commentsPerKudos)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var comment = ReadComment(reader);
                Add(comments, comment.KudosId, comment);
                commentCounts[comment.KudosId] = reader.GetInt32(7);
            }
        }

        var views = new Dictionary<Guid, KudosView>();
        await using (var command = connection.Command("""
            SELECT k.id, g.id, g.name, g.title, k.message, k.company_value, k.points, k.created_at
            FROM kudos k JOIN employees g ON g.id = k.giver_id WHERE k.id = ANY(@ids)
            """, [("ids", ids)]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetGuid(0);
                views[id] = new KudosView(id, new EmployeeSummary(reader.GetGuid(1), reader.GetString(2), reader.GetString(3)),
                    recipients.GetValueOrDefault(id, []), reader.GetString(4), reader.GetString(5), reader.GetInt32(6),
                    reader.GetFieldValue<DateTimeOffset>(7), reactions.GetValueOrDefault(id, []), comments.GetValueOrDefault(id, []),
                    commentCounts.GetValueOrDefault(id));
            }
        }

        return ids.Where(views.ContainsKey).Select(id => views[id]).ToList();
    }

    private static KudosComment ReadComment(NpgsqlDataReader reader) =>
        new(reader.GetGuid(0), reader.GetGuid(1), new EmployeeSummary(reader.GetGuid(2), reader.GetString(3), reader.GetString(4)),
            reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6));

    private static void Add<T>(Dictionary<Guid, List<T>> lists, Guid key, T item)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }

        list.Add(item);
    }

    private static async Task RequireActiveRecipientsAsync(NpgsqlConnection connection, IReadOnlyList<Guid> recipientIds, CancellationToken cancellationToken)
    {
        var found = new Dictionary<Guid, (string Name, bool Active)>();
        await using (var command = connection.Command("SELECT id, name, active FROM employees WHERE id = ANY(@ids)", [("ids", recipientIds.ToArray())]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                found[reader.GetGuid(0)] = (reader.GetString(1), reader.GetBoolean(2));
            }
        }

        if (recipientIds.Any(id => !found.ContainsKey(id)))
        {
            throw new DomainException("RECIPIENT_UNKNOWN", "One of the colleagues you chose is not in the directory.");
        }

        if (found.Values.FirstOrDefault(person => !person.Active) is { Name: { } name })
        {
            throw new DomainException("RECIPIENT_INACTIVE", $"{name} has left the company and can no longer be recognised.");
        }
    }

    private static async Task RequireKudosAsync(NpgsqlConnection connection, Guid kudosId, CancellationToken cancellationToken)
    {
        if (await connection.ScalarAsync<int?>("SELECT 1 FROM kudos WHERE id = @id", cancellationToken, ("id", kudosId)) is null)
        {
            throw new DomainException("NOT_FOUND", "This kudos does not exist.");
        }
    }

    private static string EncodeCursor((Guid Id, DateTimeOffset CreatedAt) entry) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{entry.CreatedAt.UtcTicks}:{entry.Id:N}"));

    private static (DateTimeOffset CreatedAt, Guid Id) DecodeCursor(string cursor)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Convert.FromBase64String(cursor)).Split(':');
            return (new DateTimeOffset(long.Parse(parts[0]), TimeSpan.Zero), Guid.ParseExact(parts[1], "N"));
        }
        catch (Exception exception) when (exception is FormatException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new DomainException("CURSOR_INVALID", "The page cursor is not one this feed gave out; start from the first page.");
        }
    }
}
