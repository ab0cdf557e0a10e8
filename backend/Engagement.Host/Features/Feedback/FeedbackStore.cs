using Engagement.Features.People;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

public sealed record FeedbackNote(
    Guid Id, EmployeeSummary Author, EmployeeSummary Recipient, string Text, FeedbackVisibility Visibility, Guid? RequestId, DateTimeOffset CreatedAt);

public sealed record FeedbackRespondent(EmployeeSummary Employee, FeedbackRequestStatus Status);

public sealed record FeedbackRequestView(
    Guid Id, EmployeeSummary Requester, EmployeeSummary Subject, string Question, DateTimeOffset CreatedAt, DateTimeOffset DueAt,
    IReadOnlyList<FeedbackRespondent> Respondents, IReadOnlyList<FeedbackNote> Answers);

public sealed record FeedbackInbox(
    IReadOnlyList<FeedbackNote> Received, IReadOnlyList<FeedbackNote> Given, IReadOnlyList<FeedbackRequestView> RequestsToMe, IReadOnlyList<FeedbackRequestView> MyRequests);

/// <summary>
/// Feedback between people and the requests for it. Private feedback is for its recipient alone; feedback shared
/// with the manager is also for the managers above the recipient and HR admins; answers to a request are for the
/// person who asked and the person it is about.
/// </summary>
public sealed class FeedbackStore(NpgsqlDataSource dataSource, PeopleQueries people, TimeProvider time)
{
    private const int InboxSize = 50;

    private const string SelectNotes = """
        SELECT f.id, a.id, a.name, a.title, r.id, r.name, r.title, f.text, f.visibility, f.request_id, f.created_at
        FROM feedback f JOIN employees a ON a.id = f.author_id JOIN employees r ON r.id = f.recipient_id
        """;

    public async Task<FeedbackNote> GiveAsync(Caller caller, Guid recipientId, string text, FeedbackVisibility visibility, CancellationToken cancellationToken)
    {
        var author = caller.RequireSignedIn();
        if (recipientId == author)
        {
            throw new DomainException("SELF_FEEDBACK", "Feedback is for colleagues; for yourself, try a weekly check-in.");
        }

        await RequireActiveAsync([recipientId], cancellationToken);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var id = await InsertAsync(connection, author, recipientId, null, FeedbackRules.CheckText(text), visibility, cancellationToken);
        return (await connection.QueryAsync($"{SelectNotes} WHERE f.id = @id", ReadNote, cancellationToken, ("id", id))).Single();
    }

    public async Task<Guid> InsertAsync(
        NpgsqlConnection connection, Guid author, Guid recipient, Guid? requestId, string text, FeedbackVisibility visibility, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid();
        var now = time.GetUtcNow();
        await connection.ExecuteAsync("""
            INSERT INTO feedback (id, author_id, recipient_id, request_id, text, visibility, created_at) VALUES (@id, @author, @recipient, @request, @text, @visibility, @now);
            INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
            VALUES (gen_random_uuid(), @recipient, 'feedback-received', 'feedback:' || @id, jsonb_build_object('feedbackId', @id), @now);
            """, cancellationToken,
            ("id", id), ("author", author), ("recipient", recipient), ("request", requestId), ("text", text),
            ("visibility", FeedbackRules.VisibilityName(visibility)), ("now", now));
        return id;
    }

    public async Task<FeedbackInbox> InboxAsync(Caller caller, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var received = await connection.QueryAsync($"{SelectNotes} WHERE f.recipient_id = @me ORDER BY f.created_at DESC LIMIT {InboxSize}", ReadNote, cancellationToken, ("me", me));
        var given = await connection.QueryAsync($"{SelectNotes} WHERE f.author_id = @me ORDER BY f.created_at DESC LIMIT {InboxSize}", ReadNote, cancellationToken, ("me", me));
        var toMe = await RequestsAsync(connection, me, """
            EXISTS (SELECT 1 FROM feedback_request_respondents x WHERE x.request_id = q.id AND x.respondent_id = @me AND x.status = 'PENDING')
            """, withAnswers: false, cancellationToken);
        var mine = await RequestsAsync(connection, me, "q.requester_id = @me OR q.subject_id = @me", withAnswers: true, cancellationToken);
        return new FeedbackInbox(received, given, toMe, mine);
    }

    /// <summary>What the managers above someone, and HR admins, may read about them.</summary>
    public async Task<IReadOnlyList<FeedbackNote>> AboutAsync(Caller caller, Guid employeeId, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        if (!caller.IsHrAdmin && !await people.IsAboveAsync(me, employeeId, cancellationToken))
        {
            throw Caller.Forbidden("You can read feedback about the people in your reporting line only.");
        }

        return await dataSource.QueryAsync($"""
            {SelectNotes}
            WHERE f.recipient_id = @employee
              AND (f.visibility = 'SHARED_WITH_MANAGER' OR f.request_id IN (SELECT id FROM feedback_requests WHERE requester_id = @me))
            ORDER BY f.created_at DESC LIMIT {InboxSize}
            """, ReadNote, cancellationToken, ("employee", employeeId), ("me", me));
    }

    public Task<bool> IsAboveAsync(Guid candidate, Guid employeeId, CancellationToken cancellationToken) =>
        people.IsAboveAsync(candidate, employeeId, cancellationToken);

    public async Task RequireActiveAsync(IReadOnlyList<Guid> employeeIds, CancellationToken cancellationToken)
    {
        var active = await dataSource.ScalarAsync<long>("SELECT count(*) FROM employees WHERE id = ANY(@ids) AND active", cancellationToken,
            ("ids", employeeIds.ToArray()));
        if (active != employeeIds.Count)
        {
            throw new DomainException("RECIPIENT_UNKNOWN", "One of the people you chose is not an active colleague.");
        }
    }

    private async Task<List<FeedbackRequestView>> RequestsAsync(NpgsqlConnection connection, Guid me, string filter, bool withAnswers, CancellationToken cancellationToken)
    {
        var requests = await connection.QueryAsync($"""
            SELECT q.id, rq.id, rq.name, rq.title, s.id, s.name, s.title, q.question, q.created_at, q.due_at
            FROM feedback_requests q JOIN employees rq ON rq.id = q.requester_id JOIN employees s ON s.id = q.subject_id
            WHERE {filter} ORDER BY q.created_at DESC LIMIT {InboxSize}
            """, reader => (Id: reader.GetGuid(0), Requester: Summary(reader, 1), Subject: Summary(reader, 4), Question: reader.GetString(7),
                CreatedAt: reader.GetFieldValue<DateTimeOffset>(8), DueAt: reader.GetFieldValue<DateTimeOffset>(9)),
            cancellationToken, ("me", me));
        var ids = requests.Select(request => request.Id).ToArray();
        var respondents = (await connection.QueryAsync("""
            SELECT x.request_id, e.id, e.name, e.title, x.status FROM feedback_request_respondents x JOIN employees e ON e.id = x.respondent_id
            WHERE x.request_id = ANY(@ids) ORDER BY e.name
            """, reader => (RequestId: reader.GetGuid(0), Respondent: new FeedbackRespondent(Summary(reader, 1), Enum.Parse<FeedbackRequestStatus>(reader.GetString(4), true))),
            cancellationToken, ("ids", ids))).ToLookup(row => row.RequestId, row => row.Respondent);
        var answers = withAnswers
            ? (await connection.QueryAsync($"{SelectNotes} WHERE f.request_id = ANY(@ids) ORDER BY f.created_at", ReadNote, cancellationToken, ("ids", ids)))
                .ToLookup(note => note.RequestId!.Value)
            : Enumerable.Empty<FeedbackNote>().ToLookup(note => Guid.Empty);
        return requests.Select(request => new FeedbackRequestView(request.Id, request.Requester, request.Subject, request.Question, request.CreatedAt,
            request.DueAt, [.. respondents[request.Id]], [.. answers[request.Id]])).ToList();
    }

    private static EmployeeSummary Summary(NpgsqlDataReader reader, int at) => new(reader.GetGuid(at), reader.GetString(at + 1), reader.GetString(at + 2));

    private static FeedbackNote ReadNote(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), Summary(reader, 1), Summary(reader, 4), reader.GetString(7),
        reader.GetString(8) == "PRIVATE" ? FeedbackVisibility.Private : FeedbackVisibility.SharedWithManager,
        reader.Nullable<Guid>(9), reader.GetFieldValue<DateTimeOffset>(10));
}
