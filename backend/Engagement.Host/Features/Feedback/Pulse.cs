using Engagement.Platform;
using Npgsql;

namespace Engagement.Features.Feedback;

public sealed record PulseRound(Guid Id, string Question, DateTimeOffset OpensAt, DateTimeOffset ClosesAt, bool AnsweredByMe, int Answers);

public sealed record PulseResults(
    PulseRound? Round, string? TeamName, int Answers, bool Shown, string Explanation,
    int? Enps, int? Promoters, int? Passives, int? Detractors, IReadOnlyList<string>? Comments);

/// <summary>
/// The eNPS pulse. Who answered and what they answered are kept apart with no link between them. Results are shown
/// only for at least <see cref="MinimumAnswers"/> answers, comments only from <see cref="MinimumComments"/>, and a
/// team is also withheld when the rest of the company would fall below the minimum, so comparing a team with the
/// whole company cannot single anyone out.
/// </summary>
public sealed class Pulse(NpgsqlDataSource dataSource, TimeProvider time)
{
    public const int MinimumAnswers = 5;
    public const int MinimumComments = 10;
    public const int MaxCommentLength = 1_000;
    public const string DefaultQuestion = "How likely are you to recommend working here to a friend?";
    public static readonly TimeSpan RoundLength = TimeSpan.FromDays(7);

    private const string SelectRounds = """
        SELECT r.id, r.question, r.opens_at, r.closes_at,
               EXISTS (SELECT 1 FROM pulse_participants p WHERE p.round_id = r.id AND p.employee_id = @me),
               (SELECT count(*) FROM pulse_participants p WHERE p.round_id = r.id)::int
        FROM pulse_rounds r
        """;

    public async Task<PulseRound?> CurrentAsync(Caller caller, CancellationToken cancellationToken) =>
        (await dataSource.QueryAsync($"{SelectRounds} WHERE r.opens_at <= @now AND r.closes_at > @now ORDER BY r.opens_at DESC LIMIT 1", ReadRound,
            cancellationToken, ("me", caller.RequireSignedIn()), ("now", time.GetUtcNow()))).SingleOrDefault();

    public async Task<IReadOnlyList<PulseRound>> RoundsAsync(Caller caller, int first, CancellationToken cancellationToken) =>
        await dataSource.QueryAsync($"{SelectRounds} ORDER BY r.opens_at DESC LIMIT @first", ReadRound, cancellationToken,
            ("me", caller.RequireSignedIn()), ("first", Math.Clamp(first, 1, 24)));

    public async Task<PulseRound> AnswerAsync(Caller caller, Guid roundId, int score, string? comment, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        if (score is < 0 or > 10)
        {
            throw new DomainException("SCORE_INVALID", "Answer with a score from 0 to 10.");
        }

        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        if (comment?.Length > MaxCommentLength)
        {
            throw new DomainException("TEXT_INVALID", $"Keep the comment to at most {MaxCommentLength} characters.");
        }

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var open = await connection.ScalarAsync<bool?>("SELECT opens_at <= @now AND closes_at > @now FROM pulse_rounds WHERE id = @id", cancellationToken,
            ("id", roundId), ("now", time.GetUtcNow()));
        if (open is not true)
        {
            throw new DomainException(open is null ? "NOT_FOUND" : "PULSE_CLOSED", open is null ? "This pulse does not exist." : "This pulse has closed.");
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var first = await connection.ExecuteAsync("INSERT INTO pulse_participants (round_id, employee_id) VALUES (@round, @me) ON CONFLICT DO NOTHING",
            cancellationToken, ("round", roundId), ("me", me));
        if (first == 0)
        {
            throw new DomainException("PULSE_ANSWERED", "You have already answered this pulse; thank you.");
        }

        // The answer keeps the team (for results by team), never the person.
        await connection.ExecuteAsync("""
            INSERT INTO pulse_answers (id, round_id, team_id, score, comment)
            SELECT gen_random_uuid(), @round, team_id, @score, @comment FROM employees WHERE id = @me
            """, cancellationToken, ("round", roundId), ("me", me), ("score", (short)score), ("comment", comment));
        await transaction.CommitAsync(cancellationToken);
        return (await connection.QueryAsync($"{SelectRounds} WHERE r.id = @id", ReadRound, cancellationToken, ("me", me), ("id", roundId))).Single();
    }

    public async Task<PulseRound> OpenAsync(Caller caller, string? question, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("open a pulse");
        return await OpenRoundAsync(caller, question, cancellationToken)
            ?? throw new DomainException("PULSE_OPEN", "A pulse is already open; wait until it closes.");
    }

    /// <summary>Opens a round unless one is open; null when one was. Safe to call from two servers at once.</summary>
    public async Task<PulseRound?> OpenRoundAsync(Caller caller, string? question, CancellationToken cancellationToken)
    {
        question = string.IsNullOrWhiteSpace(question) ? DefaultQuestion : FeedbackRules.CheckText(question, "question");
        var now = time.GetUtcNow();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended('pulse-rounds', 0))", cancellationToken);
        if (await connection.ScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM pulse_rounds WHERE opens_at <= @now AND closes_at > @now)", cancellationToken, ("now", now)))
        {
            return null;
        }

        var id = Guid.NewGuid();
        await connection.ExecuteAsync("INSERT INTO pulse_rounds (id, question, opens_at, closes_at) VALUES (@id, @question, @now, @closes)",
            cancellationToken, ("id", id), ("question", question), ("now", now), ("closes", now + RoundLength));
        await transaction.CommitAsync(cancellationToken);
        return (await connection.QueryAsync($"{SelectRounds} WHERE r.id = @id", ReadRound, cancellationToken, ("me", caller.EmployeeId), ("id", id))).Single();
    }

    public async Task<int> SetCadenceAsync(Caller caller, int days, CancellationToken cancellationToken)
    {
        caller.RequireHrAdmin("set the pulse cadence");
        if (days is < 7 or > 90)
        {
            throw new DomainException("CADENCE_INVALID", "Run a pulse every 7 to 90 days.");
        }

        await dataSource.ExecuteAsync("UPDATE pulse_settings SET cadence_days = @days", cancellationToken, ("days", days));
        return days;
    }

    public Task<int> CadenceAsync(CancellationToken cancellationToken) => dataSource.ScalarAsync<int>("SELECT cadence_days FROM pulse_settings", cancellationToken);

    public async Task<PulseResults> ResultsAsync(Caller caller, Guid? roundId, Guid? teamId, CancellationToken cancellationToken)
    {
        var me = caller.RequireSignedIn();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var round = (await connection.QueryAsync(
            $"{SelectRounds} WHERE (@round::uuid IS NULL OR r.id = @round) AND r.opens_at <= @now ORDER BY r.opens_at DESC LIMIT 1", ReadRound,
            cancellationToken, ("me", me), ("round", roundId), ("now", time.GetUtcNow()))).SingleOrDefault();
        if (round is null)
        {
            return new PulseResults(null, null, 0, false, "No pulse has run yet.", null, null, null, null, null);
        }

        var teamName = teamId is { } team ? await connection.ScalarAsync<string>("SELECT name FROM teams WHERE id = @team", cancellationToken, ("team", team))
            ?? throw new DomainException("NOT_FOUND", "This team does not exist.") : null;
        var answers = await connection.QueryAsync("SELECT score, comment FROM pulse_answers WHERE round_id = @round AND (@team::uuid IS NULL OR team_id = @team)",
            reader => (Score: (int)reader.GetInt16(0), Comment: reader.NullableString(1)), cancellationToken, ("round", round.Id), ("team", teamId));
        var everyone = teamId is null ? answers.Count : await connection.ScalarAsync<int>(
            "SELECT count(*)::int FROM pulse_answers WHERE round_id = @round", cancellationToken, ("round", round.Id));
        var rest = everyone - answers.Count;
        var who = teamName is null ? "the company" : teamName;
        if (answers.Count < MinimumAnswers)
        {
            return Withheld(round, teamName, answers.Count,
                $"Results for {who} appear once at least {MinimumAnswers} people have answered ({answers.Count} so far), so no answer can be traced to a person.");
        }

        if (teamName is not null && rest is > 0 and < MinimumAnswers)
        {
            return Withheld(round, teamName, answers.Count,
                $"Results for {teamName} are withheld: the rest of the company has fewer than {MinimumAnswers} answers, and comparing the two would reveal them.");
        }

        var promoters = answers.Count(answer => answer.Score >= 9);
        var detractors = answers.Count(answer => answer.Score <= 6);
        var comments = answers.Where(answer => answer.Comment is not null).Select(answer => answer.Comment!).Order().ToList();
        var enps = (int)Math.Round(100.0 * (promoters - detractors) / answers.Count);
        return new PulseResults(round, teamName, answers.Count, true,
            comments.Count >= MinimumComments
                ? $"{answers.Count} answers."
                : $"{answers.Count} answers. Comments appear once at least {MinimumComments} people have written one ({comments.Count} so far).",
            enps, promoters, answers.Count - promoters - detractors, detractors, comments.Count >= MinimumComments ? comments : null);
    }

    private static PulseResults Withheld(PulseRound round, string? teamName, int answers, string explanation) =>
        new(round, teamName, answers, false, explanation, null, null, null, null, null);

    private static PulseRound ReadRound(NpgsqlDataReader reader) => new(
        reader.GetGuid(0), reader.GetString(1), reader.GetFieldValue<DateTimeOffset>(2), reader.GetFieldValue<DateTimeOffset>(3),
        reader.GetBoolean(4), reader.GetInt32(5));
}
