using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Engagement.Features.Company;
using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Ideas;

/// <summary>
/// One idea: its workflow and its vote count change one request at a time, so two owners cannot answer at once and
/// no vote is counted twice. Lists, search and timelines read the tables the grain writes in the same turn.
/// </summary>
public interface IIdeaGrain : IGrainWithGuidKey
{
    /// <summary>
    /// The follow token when anonymous: the author's only way back to the idea; it is not stored. A client may bring
    /// its own token, so that a retry after a lost answer (same grain id, same token) gets the idea it already made.
    /// </summary>
    Task<string?> Submit(Caller caller, IdeaDraft draft, string? followToken);

    Task Edit(Caller caller, string? followToken, IdeaDraft draft);

    Task Vote(Caller caller);

    Task WithdrawVote(Caller caller);

    Task Move(Caller caller, IdeaStatus to, string response, Guid? mergeInto);

    Task Reassign(Caller caller, Guid ownerId);

    /// <summary>Takes the votes of an idea merged into this one; a person who voted for both counts once.</summary>
    Task AbsorbVotesFrom(Guid mergedIdeaId);

    Task<IdeaStatus?> Status();
}

public sealed class IdeaState
{
    public bool Exists { get; set; }
    public IdeaStatus Status { get; set; }
    public Guid? AuthorId { get; set; }
    public string? FollowTokenHash { get; set; }
    public Guid? OwnerId { get; set; }
    public int VoteCount { get; set; }
    public DateTimeOffset? FirstResponseAt { get; set; }
}

public sealed class IdeaGrain(
    [PersistentState("idea", OrleansSetup.Storage)] IPersistentState<IdeaState> state,
    NpgsqlDataSource dataSource,
    IGrainFactory grains,
    TimeProvider time,
    ILogger<IdeaGrain> logger) : Grain, IIdeaGrain
{
    private Guid Id => this.GetPrimaryKey();

    private static bool IsStrongToken(string token) =>
        token.Length is >= 32 and <= 200 && token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    public static string HashToken(string token) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    public async Task<string?> Submit(Caller caller, IdeaDraft draft, string? followToken)
    {
        var me = caller.RequireSignedIn();
        if (state.State.Exists)
        {
            var sameAuthor = state.State.AuthorId == me
                || (state.State.FollowTokenHash is { } hash && followToken is not null && HashToken(followToken) == hash);
            return sameAuthor ? followToken : throw new DomainException("IDEA_EXISTS", "This idea was already submitted.");
        }

        if (followToken is not null && !IsStrongToken(followToken))
        {
            throw new DomainException("FOLLOW_TOKEN_INVALID", "A follow token must be at least 32 random URL-safe characters.");
        }

        draft = IdeaRules.Check(draft);
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.Key).GetProfile(caller);
        var now = time.GetUtcNow();
        var due = BusinessHours.Add(now, TimeSpan.FromHours(company.IdeaAnswerSlaHours), company.TimeZone);
        await using var connection = await dataSource.OpenConnectionAsync();
        string? token = null;
        Guid? author = null, team = null, owner = null;
        if (draft.Anonymous)
        {
            // Nothing about the person is read or kept: no author, no team, no manager. The token is the only link.
            token = followToken ?? Convert.ToBase64String(RandomNumberGenerator.GetBytes(24)).Replace('+', '-').Replace('/', '_');
        }
        else
        {
            author = me;
            (team, owner) = (await connection.QueryAsync("SELECT team_id, manager_id FROM employees WHERE id = @me",
                reader => (reader.Nullable<Guid>(0), reader.Nullable<Guid>(1)), CancellationToken.None, ("me", me))).Single();
        }

        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                INSERT INTO ideas (id, title, problem, proposal, category, author_id, follow_token_hash, team_id, owner_id, status,
                                   created_at, answer_due_at, updated_at)
                VALUES (@id, @title, @problem, @proposal, @category, @author, decode(@tokenHash, 'base64'), @team, @owner, 'NEW', @now, @due, @now)
                """, CancellationToken.None,
                ("id", Id), ("title", draft.Title), ("problem", draft.Problem), ("proposal", draft.Proposal), ("category", draft.Category),
                ("author", author), ("tokenHash", token is null ? null : HashToken(token)), ("team", team), ("owner", owner), ("now", now), ("due", due));
            if (author is { } named)
            {
                await connection.ExecuteAsync("INSERT INTO idea_followers (idea_id, employee_id) VALUES (@id, @author)", CancellationToken.None,
                    ("id", Id), ("author", named));
            }

            await transaction.CommitAsync();
        }

        state.State = new IdeaState
        {
            Exists = true, Status = IdeaStatus.New, AuthorId = author, FollowTokenHash = token is null ? null : HashToken(token), OwnerId = owner,
        };
        await state.WriteStateAsync();
        logger.LogInformation("Idea {IdeaId} submitted", Id);
        return token;
    }

    public async Task Edit(Caller caller, string? followToken, IdeaDraft draft)
    {
        RequireExists();
        var me = caller.RequireSignedIn();
        var isAuthor = state.State.AuthorId == me
            || (state.State.FollowTokenHash is { } hash && followToken is not null && HashToken(followToken) == hash);
        if (!isAuthor)
        {
            throw Caller.Forbidden("Only the author can edit an idea.");
        }

        if (state.State.Status != IdeaStatus.New)
        {
            throw new DomainException("IDEA_REVIEWED", "The idea has been answered, so it can no longer be edited; add a comment instead.");
        }

        draft = IdeaRules.Check(draft);
        await dataSource.ExecuteAsync("""
            UPDATE ideas SET title = @title, problem = @problem, proposal = @proposal, category = @category, updated_at = @now WHERE id = @id
            """, CancellationToken.None,
            ("id", Id), ("title", draft.Title), ("problem", draft.Problem), ("proposal", draft.Proposal), ("category", draft.Category),
            ("now", time.GetUtcNow()));
    }

    public async Task Vote(Caller caller)
    {
        RequireExists();
        var me = caller.RequireSignedIn();
        if (!IdeaRules.IsOpen(state.State.Status))
        {
            throw new DomainException("IDEA_CLOSED", $"This idea is {IdeaRules.Describe(state.State.Status)}; votes are closed.");
        }

        var added = await dataSource.ExecuteAsync(
            "INSERT INTO idea_votes (idea_id, employee_id, created_at) VALUES (@id, @me, @now) ON CONFLICT DO NOTHING",
            CancellationToken.None, ("id", Id), ("me", me), ("now", time.GetUtcNow()));
        if (added == 0)
        {
            throw new DomainException("ALREADY_VOTED", "You already voted for this idea.");
        }

        await RecountAsync();
    }

    public async Task WithdrawVote(Caller caller)
    {
        RequireExists();
        var me = caller.RequireSignedIn();
        if (!IdeaRules.IsOpen(state.State.Status))
        {
            throw new DomainException("IDEA_CLOSED", $"This idea is {IdeaRules.Describe(state.State.Status)}; votes are closed.");
        }

        var removed = await dataSource.ExecuteAsync("DELETE FROM idea_votes WHERE idea_id = @id AND employee_id = @me",
            CancellationToken.None, ("id", Id), ("me", me));
        if (removed == 0)
        {
            throw new DomainException("NOT_VOTED", "You have not voted for this idea.");
        }

        await RecountAsync();
    }

    public async Task Move(Caller caller, IdeaStatus to, string response, Guid? mergeInto)
    {
        RequireExists();
        var responder = await RequireAnswererAsync(caller);
        IdeaRules.CheckTransition(state.State.Status, to);
        response = IdeaRules.CheckResponse(response);
        if (to == IdeaStatus.Merged)
        {
            var target = mergeInto ?? throw new DomainException("MERGE_TARGET_MISSING", "Say which idea this one is merged into.");
            if (target == Id)
            {
                throw new DomainException("MERGE_INTO_ITSELF", "An idea cannot be merged into itself.");
            }

            // Only an open idea can take others: a merged one is closed, so merges never form a loop.
            var targetStatus = await grains.GetGrain<IIdeaGrain>(target).Status()
                ?? throw new DomainException("NOT_FOUND", "The idea to merge into does not exist.");
            if (!IdeaRules.IsOpen(targetStatus))
            {
                throw new DomainException("MERGE_TARGET_CLOSED",
                    $"That idea is {IdeaRules.Describe(targetStatus)}; merge into an open idea (if it was merged, into the one it went to).");
            }

            await grains.GetGrain<IIdeaGrain>(target).AbsorbVotesFrom(Id);
        }
        else if (mergeInto is not null)
        {
            throw new DomainException("MERGE_TARGET_UNEXPECTED", "Only a merge names another idea.");
        }

        var now = time.GetUtcNow();
        var from = state.State.Status;
        var responseId = Guid.NewGuid();
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var transaction = await connection.BeginTransactionAsync())
        {
            await connection.ExecuteAsync("""
                UPDATE ideas SET status = @to, merged_into = @mergeInto, first_response_at = coalesce(first_response_at, @now), updated_at = @now
                WHERE id = @id;
                INSERT INTO idea_responses (id, idea_id, from_status, to_status, response, responder_id, created_at)
                VALUES (@responseId, @id, @from, @to, @response, @responder, @now);
                INSERT INTO notifications (id, recipient_id, kind, dedup_key, payload, created_at)
                SELECT gen_random_uuid(), recipient, 'idea-answered', 'idea-response:' || @responseId || ':' || recipient, @payload::jsonb, @now
                FROM (SELECT author_id AS recipient FROM ideas WHERE id = @id AND author_id IS NOT NULL
                      UNION SELECT employee_id FROM idea_votes WHERE idea_id = @id
                      UNION SELECT employee_id FROM idea_followers WHERE idea_id = @id) people
                WHERE recipient <> @responder;
                """, CancellationToken.None,
                ("id", Id), ("to", StatusName(to)), ("from", StatusName(from)), ("mergeInto", mergeInto), ("now", now),
                ("responseId", responseId), ("response", response), ("responder", responder),
                ("payload", JsonSerializer.Serialize(new { ideaId = Id, status = StatusName(to) })));
            await transaction.CommitAsync();
        }

        state.State.Status = to;
        state.State.FirstResponseAt ??= now;
        await state.WriteStateAsync();
    }

    public async Task Reassign(Caller caller, Guid ownerId)
    {
        RequireExists();
        await RequireAnswererAsync(caller);
        var active = await dataSource.ScalarAsync<bool>("SELECT active FROM employees WHERE id = @id", CancellationToken.None, ("id", ownerId));
        if (!active)
        {
            throw new DomainException("OWNER_INVALID", "The new owner must be an active employee.");
        }

        await dataSource.ExecuteAsync("UPDATE ideas SET owner_id = @owner, updated_at = @now WHERE id = @id", CancellationToken.None,
            ("id", Id), ("owner", ownerId), ("now", time.GetUtcNow()));
        state.State.OwnerId = ownerId;
        await state.WriteStateAsync();
    }

    public async Task AbsorbVotesFrom(Guid mergedIdeaId)
    {
        RequireExists();
        await dataSource.ExecuteAsync("""
            INSERT INTO idea_votes (idea_id, employee_id, created_at)
            SELECT @id, employee_id, created_at FROM idea_votes WHERE idea_id = @merged
            ON CONFLICT DO NOTHING;
            INSERT INTO idea_followers (idea_id, employee_id)
            SELECT @id, employee_id FROM idea_followers WHERE idea_id = @merged
            ON CONFLICT DO NOTHING;
            """, CancellationToken.None, ("id", Id), ("merged", mergedIdeaId));
        await RecountAsync();
    }

    public Task<IdeaStatus?> Status() => Task.FromResult(state.State.Exists ? state.State.Status : (IdeaStatus?)null);

    public static string StatusName(IdeaStatus status) => status switch
    {
        IdeaStatus.UnderReview => "UNDER_REVIEW",
        IdeaStatus.InProgress => "IN_PROGRESS",
        _ => status.ToString().ToUpperInvariant(),
    };

    /// <summary>The owner, an HR admin, or someone the wait for an answer was raised to (so they can act on it).</summary>
    private async Task<Guid> RequireAnswererAsync(Caller caller)
    {
        var me = caller.RequireSignedIn();
        if (caller.IsHrAdmin || state.State.OwnerId == me || await dataSource.ScalarAsync<bool>(
                "SELECT EXISTS (SELECT 1 FROM idea_escalations WHERE idea_id = @id AND escalated_to = @me)", CancellationToken.None, ("id", Id), ("me", me)))
        {
            return me;
        }

        throw Caller.Forbidden(state.State.OwnerId is null
            ? "Only HR admins answer anonymous ideas."
            : "Only the idea's owner, the managers it was raised to, or an HR admin can move it.");
    }

    private void RequireExists()
    {
        if (!state.State.Exists)
        {
            throw new DomainException("NOT_FOUND", "This idea does not exist.");
        }
    }

    private async Task RecountAsync()
    {
        state.State.VoteCount = await dataSource.ScalarAsync<int>("""
            UPDATE ideas SET vote_count = (SELECT count(*) FROM idea_votes WHERE idea_id = @id), updated_at = @now WHERE id = @id
            RETURNING vote_count
            """, CancellationToken.None, ("id", Id), ("now", time.GetUtcNow()));
        await state.WriteStateAsync();
    }
}
