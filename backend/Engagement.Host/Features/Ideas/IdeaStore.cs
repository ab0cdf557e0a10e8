using System.Text;
using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Ideas;

public sealed record IdeaView(
    Guid Id, string Title, string Problem, string Proposal, string Category, IdeaStatus Status,
    EmployeeSummary? Author, Guid? TeamId, string? TeamName, EmployeeSummary? Owner, Guid? MergedInto, string? MergedIntoTitle,
    int VoteCount, bool VotedByMe, bool FollowedByMe, int CommentCount, int EscalationLevel, bool EscalatedToMe,
    DateTimeOffset CreatedAt, DateTimeOffset AnswerDueAt, DateTimeOffset? FirstResponseAt);

public sealed record IdeaResponse(Guid Id, IdeaStatus From, IdeaStatus To, string Response, EmployeeSummary Responder, DateTimeOffset CreatedAt);

public sealed record IdeaComment(Guid Id, EmployeeSummary Author, string Text, DateTimeOffset CreatedAt);

public sealed record IdeaPage(IReadOnlyList<IdeaView> Nodes, string? EndCursor, bool HasNextPage, int TotalCount);

public sealed record IdeaFilter(IdeaStatus? Status, string? Category, Guid? TeamId, bool Mine);

public sealed record TeamAnswerTime(string Team, int Answered, int Unanswered, double? MedianHours, double? P90Hours, double? AnsweredWithinTarget);

public enum IdeaSort
{
    Top,
    Newest,
    Trending,
    OldestUnanswered,
}

/// <summary>Lists, search, timelines and answer-time statistics of ideas, read from PostgreSQL.</summary>
public sealed class IdeaStore(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int MaxPageSize = 50;

    private const string SelectIdeas = """
        SELECT i.id, i.title, i.problem, i.proposal, i.category, i.status,
               a.id, a.name, a.title, i.team_id, t.name, o.id, o.name, o.title, i.merged_into, m.title,
               i.vote_count,
               EXISTS (SELECT 1 FROM idea_votes v WHERE v.idea_id = i.id AND v.employee_id = @viewer),
               EXISTS (SELECT 1 FROM idea_followers f WHERE f.idea_id = i.id AND f.employee_id = @viewer),
               (SELECT count(*) FROM idea_comments c WHERE c.idea_id = i.id)::int,
               (SELECT coalesce(max(level), 0) FROM idea_escalations x WHERE x.idea_id = i.id),
               EXISTS (SELECT 1 FROM idea_escalations x WHERE x.idea_id = i.id AND x.escalated_to = @viewer),
               i.created_at, i.answer_due_at, i.first_response_at
        FROM ideas i
        LEFT JOIN employees a ON a.id = i.author_id
        LEFT JOIN teams t ON t.id = i.team_id
        LEFT JOIN employees o ON o.id = i.owner_id
        LEFT JOIN ideas m ON m.id = i.merged_into
        """;

    public async Task<IdeaPage> ListAsync(Guid viewer, IdeaFilter filter, IdeaSort sort, string? search, int first, string? after, CancellationToken cancellationToken)
    {
        if (first is < 1 or > MaxPageSize)
        {
            throw new DomainException("PAGE_SIZE_INVALID", $"Ask for 1 to {MaxPageSize} ideas at a time.");
        }

        var where = new StringBuilder("WHERE TRUE");
        var parameters = new List<(string, object?)> { ("viewer", viewer), ("now", time.GetUtcNow()) };
        if (filter.Status is { } status)
        {
            where.Append(" AND i.status = @status");
            parameters.Add(("status", IdeaGrain.StatusName(status)));
        }

        if (filter.Category is { } category)
        {
            where.Append(" AND i.category = @category");
            parameters.Add(("category", category));
        }

        if (filter.TeamId is { } team)
        {
            where.Append(" AND i.team_id = @team");
            parameters.Add(("team", team));
        }

        if (filter.Mine)
        {
            where.Append(" AND i.author_id = @viewer");
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            where.Append(" AND i.search @@ websearch_to_tsquery('english', @search)");
            parameters.Add(("search", search.Trim()));
        }

        if (sort == IdeaSort.OldestUnanswered)
        {
            where.Append(" AND i.first_response_at IS NULL AND i.status = 'NEW'");
        }

        // Sort orders over changing scores (votes, trending) cannot be keyset-paged stably; a cursor holds the offset.
        var order = sort switch
        {
            IdeaSort.Top => "i.vote_count DESC, i.created_at DESC, i.id",
            IdeaSort.Trending => """
                (SELECT count(*) FROM idea_votes v WHERE v.idea_id = i.id AND v.created_at > @now - interval '7 days')
                  / power(extract(epoch FROM @now - i.created_at) / 3600 + 2, 0.8) DESC, i.created_at DESC, i.id
                """,
            IdeaSort.OldestUnanswered => "i.created_at, i.id",
            _ => "i.created_at DESC, i.id",
        };
        var offset = after is null ? 0 : DecodeOffset(after);
        parameters.Add(("limit", first + 1));
        parameters.Add(("offset", offset));
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var total = await connection.ScalarAsync<int>($"SELECT count(*)::int FROM ideas i {where}", cancellationToken, [.. parameters]);
        var rows = await connection.QueryAsync($"{SelectIdeas} {where} ORDER BY {order} LIMIT @limit OFFSET @offset", ReadIdea,
            cancellationToken, [.. parameters]);
        var page = rows.Take(first).ToList();
        return new IdeaPage(page, page.Count > 0 ? EncodeOffset(offset + page.Count) : null, rows.Count > first, total);
    }

    public async Task<IdeaView?> FindAsync(Guid viewer, Guid id, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync($"{SelectIdeas} WHERE i.id = @id", ReadIdea, cancellationToken, ("viewer", viewer), ("id", id))).SingleOrDefault();

    public async Task<IdeaView?> FindByFollowTokenAsync(Guid viewer, string token, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync($"{SelectIdeas} WHERE i.follow_token_hash = decode(@hash, 'base64')", ReadIdea, cancellationToken,
            ("viewer", viewer), ("hash", IdeaGrain.HashToken(token.Trim())))).SingleOrDefault();

    /// <summary>
    /// Ideas waiting for the caller's first answer, the most overdue first: their own, those raised to them, and for HR
    /// admins the anonymous ones.
    /// </summary>
    public async Task<IReadOnlyList<IdeaView>> AwaitingAnswerAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        return await dataSource.QueryAsync($"""
            {SelectIdeas}
            WHERE i.status = 'NEW' AND i.first_response_at IS NULL
              AND (i.owner_id = @viewer OR (@hr AND i.owner_id IS NULL)
                   OR EXISTS (SELECT 1 FROM idea_escalations x WHERE x.idea_id = i.id AND x.escalated_to = @viewer))
            ORDER BY i.answer_due_at, i.id
            """, ReadIdea, cancellationToken, ("viewer", me), ("hr", caller.IsHrAdmin));
    }

    public async Task<IReadOnlyList<IdeaResponse>> ResponsesAsync(Guid ideaId, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync("""
            SELECT r.id, r.from_status, r.to_status, r.response, e.id, e.name, e.title, r.created_at
            FROM idea_responses r JOIN employees e ON e.id = r.responder_id WHERE r.idea_id = @id ORDER BY r.created_at
            """, reader => new IdeaResponse(reader.GetGuid(0), ParseStatus(reader.GetString(1)), ParseStatus(reader.GetString(2)), reader.GetString(3),
                new EmployeeSummary(reader.GetGuid(4), reader.GetString(5), reader.GetString(6)), reader.GetFieldValue<DateTimeOffset>(7)),
            cancellationToken, ("id", ideaId));

    public async Task<IReadOnlyList<IdeaComment>> CommentsAsync(Guid ideaId, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync("""
            SELECT c.id, e.id, e.name, e.title, c.text, c.created_at
            FROM idea_comments c JOIN employees e ON e.id = c.author_id WHERE c.idea_id = @id ORDER BY c.created_at
            """, reader => new IdeaComment(reader.GetGuid(0), new EmployeeSummary(reader.GetGuid(1), reader.GetString(2), reader.GetString(3)),
                reader.GetString(4), reader.GetFieldValue<DateTimeOffset>(5)),
            cancellationToken, ("id", ideaId));

    public async Task<IdeaComment> CommentAsync(Guid authorId, Guid ideaId, string text, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await connection.ScalarAsync<int?>("SELECT 1 FROM ideas WHERE id = @id", cancellationToken, ("id", ideaId)) is null)
        {
            throw new DomainException("NOT_FOUND", "This idea does not exist.");
        }

        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO idea_comments (id, idea_id, author_id, text, created_at) VALUES (@id, @idea, @author, @text, @now)",
            cancellationToken, ("id", id), ("idea", ideaId), ("author", authorId), ("text", text), ("now", time.GetUtcNow()));
        return (await CommentsAsync(ideaId, cancellationToken)).Single(comment => comment.Id == id);
    }

    public async Task FollowAsync(Guid employeeId, Guid ideaId, bool follow, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        if (await connection.ScalarAsync<int?>("SELECT 1 FROM ideas WHERE id = @id", cancellationToken, ("id", ideaId)) is null)
        {
            throw new DomainException("NOT_FOUND", "This idea does not exist.");
        }

        await connection.ExecuteAsync(follow
                ? "INSERT INTO idea_followers (idea_id, employee_id) VALUES (@idea, @me) ON CONFLICT DO NOTHING"
                : "DELETE FROM idea_followers WHERE idea_id = @idea AND employee_id = @me",
            cancellationToken, ("idea", ideaId), ("me", employeeId));
    }

    /// <summary>
    /// Business hours to a first answer per team, the clock the answer-time target counts in; anonymous ideas count
    /// under "Anonymous". Computed here rather than in SQL because working time depends on the company calendar.
    /// </summary>
    public async Task<IReadOnlyList<TeamAnswerTime>> AnswerTimesAsync(string timeZone, TimeSpan target, CancellationToken cancellationToken)
    {
        var ideas = await dataSource.QueryAsync("""
            SELECT coalesce(t.name, 'Anonymous'), i.created_at, i.first_response_at, i.status = 'NEW' AND i.first_response_at IS NULL
            FROM ideas i LEFT JOIN teams t ON t.id = i.team_id
            """, reader => (Team: reader.GetString(0), CreatedAt: reader.GetFieldValue<DateTimeOffset>(1),
                FirstResponseAt: reader.Nullable<DateTimeOffset>(2), Waiting: reader.GetBoolean(3)), cancellationToken);
        return ideas.GroupBy(idea => idea.Team).OrderBy(team => team.Key).Select(team =>
        {
            var waits = team.Where(idea => idea.FirstResponseAt is not null)
                .Select(idea => BusinessHours.Between(idea.CreatedAt, idea.FirstResponseAt!.Value, timeZone).TotalHours)
                .Order().ToList();
            return new TeamAnswerTime(team.Key, waits.Count, team.Count(idea => idea.Waiting), Percentile(waits, 0.5), Percentile(waits, 0.9),
                waits.Count == 0 ? null : waits.Count(hours => hours <= target.TotalHours) / (double)waits.Count);
        }).ToList();
    }

    /// <summary>Linear interpolation between the two nearest ranks, as PostgreSQL's percentile_cont.</summary>
    private static double? Percentile(List<double> sorted, double fraction)
    {
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = fraction * (sorted.Count - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Count - 1);
        return sorted[below] + (rank - below) * (sorted[above] - sorted[below]);
    }

    public static IdeaStatus ParseStatus(string status) => Enum.Parse<IdeaStatus>(status.Replace("_", ""), ignoreCase: true);

    private static IdeaView ReadIdea(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetString(4), ParseStatus(reader.GetString(5)),
        reader.IsDBNull(6) ? null : new EmployeeSummary(reader.GetGuid(6), reader.GetString(7), reader.GetString(8)),
        reader.Nullable<Guid>(9), reader.NullableString(10),
        reader.IsDBNull(11) ? null : new EmployeeSummary(reader.GetGuid(11), reader.GetString(12), reader.GetString(13)),
        reader.Nullable<Guid>(14), reader.NullableString(15),
        reader.GetInt32(16), reader.GetBoolean(17), reader.GetBoolean(18), reader.GetInt32(19), reader.GetInt32(20), reader.GetBoolean(21),
        reader.GetFieldValue<DateTimeOffset>(22), reader.GetFieldValue<DateTimeOffset>(23), reader.Nullable<DateTimeOffset>(24));

    private static string EncodeOffset(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes($"offset:{offset}"));

    private static int DecodeOffset(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            return text.StartsWith("offset:") && int.TryParse(text[7..], out var offset) && offset >= 0 ? offset : throw new FormatException();
        }
        catch (FormatException)
        {
            throw new DomainException("CURSOR_INVALID", "The page cursor is not one this list gave out; start from the first page.");
        }
    }
}
