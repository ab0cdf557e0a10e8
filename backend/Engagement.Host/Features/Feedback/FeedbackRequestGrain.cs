using Engagement.Features.Company;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

/// <summary>
/// One feedback request: who was asked and who has answered or declined. Answers and declines for the same request
/// arrive one at a time, so a respondent answers at most once and a declined request stays declined.
/// </summary>
public interface IFeedbackRequestGrain : IGrainWithGuidKey
{
    Task Create(Caller caller, Guid subjectId, string question, IReadOnlyList<Guid> respondentIds);

    /// <summary>Records the respondent's answer; the feedback row is written in the same transaction.</summary>
    Task Answer(Caller caller, string text, FeedbackVisibility visibility);

    Task Decline(Caller caller);
}

public sealed class FeedbackRequestState
{
    public Guid SubjectId { get; set; }
    public Dictionary<Guid, FeedbackRequestStatus> Respondents { get; set; } = [];
}

public sealed class FeedbackRequestGrain(
    [PersistentState("feedback-request", OrleansSetup.Storage)] IPersistentState<FeedbackRequestState> state,
    NpgsqlDataSource dataSource,
    IGrainFactory grains,
    FeedbackStore feedback,
    TimeProvider time) : Grain, IFeedbackRequestGrain
{
    private Guid Id => this.GetPrimaryKey();

    public async Task Create(Caller caller, Guid subjectId, string question, IReadOnlyList<Guid> respondentIds)
    {
        var requester = caller.RequireSignedIn();
        if (state.RecordExists)
        {
            throw new DomainException("REQUEST_EXISTS", "This request was already sent.");
        }

        question = FeedbackRules.CheckText(question, "question");
        var respondents = respondentIds.Distinct().ToList();
        if (respondents.Count is 0 or > FeedbackRules.MaxRespondents || respondents.Contains(requester) || respondents.Contains(subjectId))
        {
            throw new DomainException("RESPONDENTS_INVALID",
                $"Ask 1 to {FeedbackRules.MaxRespondents} colleagues, other than yourself and the person the feedback is about.");
        }

        if (subjectId != requester && !await feedback.IsAboveAsync(requester, subjectId, CancellationToken.None))
        {
            throw new DomainException("NOT_YOUR_REPORT", "You can ask for feedback about yourself or about people who report to you.");
        }

        await feedback.RequireActiveAsync(respondents, CancellationToken.None);
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var now = time.GetUtcNow();
        var due = BusinessHours.Add(now, TimeSpan.FromHours(company.IdeaAnswerSlaHours), company.TimeZone);
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO feedback_requests (id, requester_id, subject_id, question, created_at, due_at) VALUES (@id, @requester, @subject, @question, @now, @due);
                INSERT INTO feedback_request_respondents (request_id, respondent_id, status) SELECT @id, respondent, 'PENDING' FROM unnest(@respondents) AS respondent;
                INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
                SELECT gen_random_uuid(), respondent, 'feedback-requested', 'feedback-request:' || @id || ':' || respondent, jsonb_build_object('requestId', @id), @now
                FROM unnest(@respondents) AS respondent;
                """, CancellationToken.None,
                ("id", Id), ("requester", requester), ("subject", subjectId), ("question", question), ("now", now), ("due", due),
                ("respondents", respondents.ToArray()));
            await transaction.CommitAsync();
        }

        state.State = new FeedbackRequestState { SubjectId = subjectId, Respondents = respondents.ToDictionary(r => r, _ => FeedbackRequestStatus.Pending) };
        await state.WriteStateAsync();
    }

    public async Task Answer(Caller caller, string text, FeedbackVisibility visibility)
    {
        var respondent = RequirePendingRespondent(caller);
        text = FeedbackRules.CheckText(text);
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await feedback.InsertAsync(connection, respondent, state.State.SubjectId, Id, text, visibility, CancellationToken.None);
            await SetStatusAsync(connection, respondent, FeedbackRequestStatus.Answered);
            await transaction.CommitAsync();
        }

        state.State.Respondents[respondent] = FeedbackRequestStatus.Answered;
        await state.WriteStateAsync();
    }

    public async Task Decline(Caller caller)
    {
        var respondent = RequirePendingRespondent(caller);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await SetStatusAsync(connection, respondent, FeedbackRequestStatus.Declined);
        }

        state.State.Respondents[respondent] = FeedbackRequestStatus.Declined;
        await state.WriteStateAsync();
    }

    private Guid RequirePendingRespondent(Caller caller)
    {
        var me = caller.RequireSignedIn();
        if (!state.RecordExists)
        {
            throw new DomainException("NOT_FOUND", "This feedback request does not exist.");
        }

        return state.State.Respondents.TryGetValue(me, out var status) switch
        {
            false => throw Caller.Forbidden("This request was not sent to you."),
            true when status != FeedbackRequestStatus.Pending => throw new DomainException("REQUEST_CLOSED",
                $"You have already {(status == FeedbackRequestStatus.Answered ? "answered" : "declined")} this request."),
            _ => me,
        };
    }

    private Task<int> SetStatusAsync(NpgsqlConnection connection, Guid respondent, FeedbackRequestStatus status) =>
        connection.ExecuteAsync("UPDATE feedback_request_respondents SET status = @status WHERE request_id = @id AND respondent_id = @respondent",
            CancellationToken.None, ("id", Id), ("respondent", respondent), ("status", FeedbackRules.StatusName(status)));
}
